import { Divider, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeDiscount } from '@/lib/api/describe-discount';
import type { Cart } from '@/lib/api/schemas';
import { formatPrice } from '@/lib/format';

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <Group justify="space-between" gap="md" wrap="nowrap">
      <Text fw={strong ? 700 : undefined} size={strong ? 'lg' : 'sm'}>
        {label}
      </Text>
      <Text fw={strong ? 700 : 500} size={strong ? 'lg' : 'sm'}>
        {value}
      </Text>
    </Group>
  );
}

/** Subtotal, every discount and the total, as the shop worked them out. */
export function CartSummary({ cart }: { cart: Cart }) {
  const { t, i18n } = useTranslation();
  const money = (amount: number) => formatPrice(amount, i18n.language);
  return (
    <Stack gap={6} aria-label={t('cart.total')} role="group">
      <Row label={t('cart.subtotal')} value={money(cart.subtotal)} />
      {cart.discounts.map((discount, index) => (
        <Row
          key={`${discount.label}-${String(index)}`}
          label={describeDiscount(discount, t)}
          value={`−${money(Math.abs(discount.amount))}`}
        />
      ))}
      <Divider my={4} />
      <Row label={t('cart.total')} value={money(cart.total)} strong />
    </Stack>
  );
}
