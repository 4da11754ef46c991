import { Anchor, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { hasStatus } from '@/lib/api/errors';
import { formatDateTime } from '@/lib/format';
import { useOrder } from '../api/get-order';
import { OrderDetails } from '../components/OrderDetails';
import { OrderStatusBadge } from '../components/OrderStatusBadge';

export function OrderPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const order = useOrder(id);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/account/orders" size="sm">
        <span aria-hidden="true">← </span>
        {t('orders.back')}
      </Anchor>
      {order.isPending ? (
        <Skeleton height={240} aria-label={t('orders.loading')} />
      ) : order.isError ? (
        hasStatus(order.error, 404) || hasStatus(order.error, 400) ? (
          <EmptyState title={t('orders.notFound')} text={t('orders.notFoundText')} />
        ) : (
          <ErrorAlert error={order.error} onRetry={() => void order.refetch()} />
        )
      ) : (
        <>
          <Group justify="space-between" align="center">
            <Title order={1}>{t('orders.order', { id: order.data.id })}</Title>
            <OrderStatusBadge status={order.data.status} />
          </Group>
          <Stack gap={2}>
            <Text c="dimmed">
              {t('orders.placedAt', { date: formatDateTime(order.data.createdAt, i18n.language) })}
            </Text>
            {order.data.refundedAt !== null && (
              <Text c="dimmed">
                {t('orders.refundedAt', {
                  date: formatDateTime(order.data.refundedAt, i18n.language),
                })}
              </Text>
            )}
          </Stack>
          <OrderDetails order={order.data} />
        </>
      )}
    </Stack>
  );
}
