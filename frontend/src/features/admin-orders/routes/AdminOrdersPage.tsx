import { Badge, Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PaginationBar } from '@/components/ui/PaginationBar';
import { SearchInput } from '@/components/ui/SearchInput';
import { formatDateTime, formatPrice } from '@/lib/format';
import { useAdminOrders, type AdminOrder } from '../api/get-admin-orders';
import { RefundModal } from '../components/RefundModal';

export const ADMIN_ORDERS_PAGE_SIZE = 20;

/** The balance adjustment page with this customer's id filled in, and who it is shown. */
function adjustBalanceLink(customer: AdminOrder['customer']) {
  return {
    to: `/admin/balance-adjustments?user=${encodeURIComponent(String(customer.id))}`,
    state: { customer },
  };
}

function OrdersTable({
  orders,
  onRefund,
}: {
  orders: AdminOrder[];
  onRefund: (order: AdminOrder) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('adminOrders.order')}</Table.Th>
            <Table.Th>{t('adminOrders.customer')}</Table.Th>
            <Table.Th>{t('adminOrders.date')}</Table.Th>
            <Table.Th ta="right">{t('adminOrders.total')}</Table.Th>
            <Table.Th>{t('adminOrders.status')}</Table.Th>
            <Table.Th>{t('adminOrders.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.map((order) => (
            <Table.Tr key={order.id}>
              <Table.Td>{order.id}</Table.Td>
              <Table.Td>
                <Text size="sm">{order.customer.fullName}</Text>
                <Text size="xs" c="dimmed">
                  {order.customer.email}
                </Text>
              </Table.Td>
              <Table.Td>{formatDateTime(order.createdAt, i18n.language)}</Table.Td>
              <Table.Td ta="right">{formatPrice(order.total, i18n.language)}</Table.Td>
              <Table.Td>
                <Badge color={order.status === 'PAID' ? 'teal' : 'gray'} variant="light">
                  {t(`orders.statuses.${order.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    component={Link}
                    {...adjustBalanceLink(order.customer)}
                    size="compact-sm"
                    variant="light"
                    aria-label={t('adminOrders.adjustBalanceOf', { name: order.customer.fullName })}
                  >
                    {t('adminOrders.adjustBalance')}
                  </Button>
                  {order.status === 'PAID' && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      color="red"
                      aria-label={t('adminOrders.refundOrder', { id: order.id })}
                      onClick={() => {
                        onRefund(order);
                      }}
                    >
                      {t('adminOrders.refund')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function AdminOrdersPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q')?.trim() ?? '';
  const requested = Number(searchParams.get('page'));
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const [refunding, setRefunding] = useState<AdminOrder | null>(null);
  const orders = useAdminOrders({ page: page - 1, size: ADMIN_ORDERS_PAGE_SIZE, q });

  const show = (next: { q: string; page: number }, replace = false) => {
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.page > 1) params.set('page', String(next.page));
    setSearchParams(params, { replace });
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t('adminOrders.title')}</Title>
      <SearchInput
        label={t('adminOrders.search')}
        value={q}
        onSearch={(next) => {
          show({ q: next, page: 1 }, true);
        }}
      />
      {orders.isPending ? (
        <Skeleton height={200} aria-label={t('adminOrders.loading')} />
      ) : orders.isError ? (
        <ErrorAlert error={orders.error} onRetry={() => void orders.refetch()} />
      ) : orders.data.items.length === 0 ? (
        <EmptyState title={t('adminOrders.empty')} text={t('adminOrders.emptyText')} />
      ) : (
        <>
          <OrdersTable orders={orders.data.items} onRefund={setRefunding} />
          <PaginationBar
            page={page}
            totalPages={orders.data.totalPages}
            onChange={(next) => {
              show({ q, page: next });
            }}
          />
        </>
      )}
      {refunding && (
        <RefundModal
          order={refunding}
          onClose={() => {
            setRefunding(null);
          }}
        />
      )}
    </Stack>
  );
}
