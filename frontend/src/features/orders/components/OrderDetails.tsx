import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeDiscount } from '@/lib/api/describe-discount';
import type { Order } from '@/lib/api/schemas';
import { formatPrice } from '@/lib/format';

/** Every line, the subtotal, each discount and the total, as paid. */
export function OrderDetails({ order }: { order: Order }) {
  const { t, i18n } = useTranslation();
  const money = (amount: number) => formatPrice(amount, i18n.language);
  return (
    <Paper withBorder radius="md" p="md">
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orders.product')}</Table.Th>
              <Table.Th ta="right">{t('orders.unitPrice')}</Table.Th>
              <Table.Th ta="right">{t('orders.quantity')}</Table.Th>
              <Table.Th ta="right">{t('orders.lineTotal')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines.map((line) => (
              <Table.Tr key={line.productId}>
                <Table.Td>{line.name}</Table.Td>
                <Table.Td ta="right">{money(line.unitPrice)}</Table.Td>
                <Table.Td ta="right">{line.quantity}</Table.Td>
                <Table.Td ta="right">{money(line.lineTotal)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack gap={6} mt="md" ml="auto" maw={360}>
        <Group justify="space-between">
          <Text size="sm">{t('orders.subtotal')}</Text>
          <Text size="sm">{money(order.subtotal)}</Text>
        </Group>
        {order.discounts.map((discount, index) => (
          <Group key={`${discount.label}-${String(index)}`} justify="space-between">
            <Text size="sm">{describeDiscount(discount, t)}</Text>
            <Text size="sm">{`−${money(Math.abs(discount.amount))}`}</Text>
          </Group>
        ))}
        <Group justify="space-between">
          <Text fw={700}>{t('orders.total')}</Text>
          <Text fw={700}>{money(order.total)}</Text>
        </Group>
      </Stack>
    </Paper>
  );
}
