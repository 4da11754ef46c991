import { Alert, Text } from '@mantine/core';
import { Trans } from 'react-i18next';
import { formatClock, useCountdown } from '@/lib/countdown';

interface LockoutAlertProps {
  /** When signing in is allowed again, in epoch milliseconds. */
  until: number;
  onEnd: () => void;
}

/** Says how long signing in stays locked, counting down to the second. */
export function LockoutAlert({ until, onEnd }: LockoutAlertProps) {
  const left = useCountdown(until, onEnd);
  return (
    <Alert color="red" variant="light" role="alert">
      <Text size="sm">
        {/* The alert is read out once; the timer's ticks are not. */}
        <Trans
          i18nKey="login.lockedFor"
          values={{ time: formatClock(left) }}
          components={{ timer: <span role="timer" /> }}
        />
      </Text>
    </Alert>
  );
}
