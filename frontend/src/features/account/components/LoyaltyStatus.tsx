import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tierName } from '@/lib/api/describe-error';
import type { Loyalty } from '@/lib/api/schemas';
import { formatPrice } from '@/lib/format';

/** How far the loyalty discount is, when the shop tells. */
function Progress({ loyalty }: { loyalty: Loyalty }) {
  const { t, i18n } = useTranslation();
  const { ordersToNext, spendToNext, nextTier } = loyalty;
  const amount = spendToNext != null ? formatPrice(spendToNext, i18n.language) : null;
  if (loyalty.loyal) {
    if (nextTier == null || nextTier === '') return null;
    const tier = tierName(nextTier, t);
    if (ordersToNext != null && amount !== null) {
      return <Text size="sm">{t('profile.toTier', { orders: ordersToNext, amount, tier })}</Text>;
    }
    if (ordersToNext != null) {
      return <Text size="sm">{t('profile.toTierOrders', { orders: ordersToNext, tier })}</Text>;
    }
    if (amount !== null) return <Text size="sm">{t('profile.toTierSpend', { amount, tier })}</Text>;
    return null;
  }
  if (ordersToNext != null && amount !== null) {
    return <Text size="sm">{t('profile.toLoyal', { orders: ordersToNext, amount })}</Text>;
  }
  if (ordersToNext != null) {
    return <Text size="sm">{t('profile.toLoyalOrders', { orders: ordersToNext })}</Text>;
  }
  if (amount !== null) return <Text size="sm">{t('profile.toLoyalSpend', { amount })}</Text>;
  return null;
}

/** Whether the customer gets the loyalty discount, and what counts towards it. */
export function LoyaltyStatus({ loyalty }: { loyalty: Loyalty }) {
  const { t, i18n } = useTranslation();
  const { loyal, tier, discountPercent, completedOrders, totalSpent } = loyalty;
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <Badge color={loyal ? 'teal' : 'gray'} variant="light">
          {loyal ? t('profile.loyal') : t('profile.notLoyal')}
        </Badge>
        {loyal && discountPercent != null && (
          <Text size="sm">{t('profile.loyalDiscount', { percent: discountPercent })}</Text>
        )}
        {loyal && tier != null && tier !== '' && (
          <Text size="sm">{t('profile.loyalTier', { tier: tierName(tier, t) })}</Text>
        )}
      </Group>
      <Progress loyalty={loyalty} />
      <Group gap="md" wrap="wrap">
        {completedOrders != null && (
          <Text size="sm" c="dimmed">
            {t('profile.completedOrders', { count: completedOrders })}
          </Text>
        )}
        {totalSpent != null && (
          <Text size="sm" c="dimmed">
            {t('profile.totalSpent', { amount: formatPrice(totalSpent, i18n.language) })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
