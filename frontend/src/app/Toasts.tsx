import { Notifications, type NotificationsProps } from '@mantine/notifications';

/** Mantine's toasts, in a module of their own so that they can load after the first paint. */
export function Toasts(props: NotificationsProps) {
  return <Notifications {...props} />;
}
