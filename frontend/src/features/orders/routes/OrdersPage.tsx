import { Anchor, Skeleton, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PaginationBar } from '@/components/ui/PaginationBar';
import { formatDateTime, formatPrice } from '@/lib/format';
import { useOrders } from '../api/get-orders';
import { OrderStatusBadge } from '../components/OrderStatusBadge';

export const ORDERS_PAGE_SIZE = 20;

export function OrdersPage() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = Number(searchParams.get('page'));
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const orders = useOrders({ page: page - 1, size: ORDERS_PAGE_SIZE });

  return (
    <Stack gap="lg">
      <Title order={1}>{t('orders.title')}</Title>
      {orders.isPending ? (
        <Skeleton height={160} aria-label={t('orders.loading')} />
      ) : orders.isError ? (
        <ErrorAlert error={orders.error} onRetry={() => void orders.refetch()} />
      ) : orders.data.items.length === 0 ? (
        <EmptyState title={t('orders.empty')} text={t('orders.emptyText')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('adminOrders.order')}</Table.Th>
                  <Table.Th>{t('orders.date')}</Table.Th>
                  <Table.Th ta="right">{t('orders.items')}</Table.Th>
                  <Table.Th ta="right">{t('orders.total')}</Table.Th>
                  <Table.Th>{t('orders.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {orders.data.items.map((order) => (
                  <Table.Tr key={order.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/account/orders/${String(order.id)}`}>
                        {t('orders.order', { id: order.id })}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDateTime(order.createdAt, i18n.language)}</Table.Td>
                    <Table.Td ta="right">
                      {order.lines.reduce((sum, line) => sum + line.quantity, 0)}
                    </Table.Td>
                    <Table.Td ta="right">{formatPrice(order.total, i18n.language)}</Table.Td>
                    <Table.Td>
                      <OrderStatusBadge status={order.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PaginationBar
            page={page}
            totalPages={orders.data.totalPages}
            onChange={(next) => {
              setSearchParams(next > 1 ? { page: String(next) } : {});
            }}
          />
        </>
      )}
    </Stack>
  );
}
