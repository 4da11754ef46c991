import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatPrice } from '@/lib/format';
import type { Transaction } from '../api/get-transactions';

/** "+€50.00" or "−€12.50": which way the money went. */
function SignedAmount({ amount }: { amount: number }) {
  const { i18n } = useTranslation();
  const sign = amount > 0 ? '+' : amount < 0 ? '−' : '';
  return (
    <Text size="sm" fw={600} c={amount > 0 ? 'teal.7' : amount < 0 ? 'red.7' : undefined}>
      {sign}
      {formatPrice(Math.abs(amount), i18n.language)}
    </Text>
  );
}

function Details({ transaction }: { transaction: Transaction }) {
  const { t } = useTranslation();
  const { orderId, note, type } = transaction;
  const linksOrder = orderId != null && (type === 'PURCHASE' || type === 'REFUND');
  return (
    <>
      {linksOrder && (
        <Anchor component={Link} to={`/account/orders/${String(orderId)}`} size="sm">
          {t('balance.order', { id: orderId })}
        </Anchor>
      )}
      {note && (
        <Text size="sm" c="dimmed">
          {note}
        </Text>
      )}
    </>
  );
}

export function LedgerTable({ transactions }: { transactions: Transaction[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('balance.columns.date')}</Table.Th>
            <Table.Th>{t('balance.columns.type')}</Table.Th>
            <Table.Th ta="right">{t('balance.columns.amount')}</Table.Th>
            <Table.Th ta="right">{t('balance.columns.balanceAfter')}</Table.Th>
            <Table.Th>{t('balance.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {transactions.map((transaction) => (
            <Table.Tr key={transaction.id}>
              <Table.Td>{formatDateTime(transaction.createdAt, i18n.language)}</Table.Td>
              <Table.Td>{t(`balance.types.${transaction.type}`)}</Table.Td>
              <Table.Td ta="right">
                <SignedAmount amount={transaction.amount} />
              </Table.Td>
              <Table.Td ta="right">{formatPrice(transaction.balanceAfter, i18n.language)}</Table.Td>
              <Table.Td>
                <Details transaction={transaction} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
