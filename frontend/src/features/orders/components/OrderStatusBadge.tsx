import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Order } from '@/lib/api/schemas';

export function OrderStatusBadge({ status }: { status: Order['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'PAID' ? 'teal' : 'gray'} variant="light">
      {t(`orders.statuses.${status}`)}
    </Badge>
  );
}
