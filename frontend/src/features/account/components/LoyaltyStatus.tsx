import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Loyalty } from '@/lib/api/schemas';
import { formatPrice } from '@/lib/format';

/** Whether the customer gets the loyalty discount, and what counts towards it. */
export function LoyaltyStatus({ loyalty }: { loyalty: Loyalty }) {
  const { t, i18n } = useTranslation();
  const { loyal, discountPercent, completedOrders, totalSpent } = loyalty;
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color={loyal ? 'teal' : 'gray'} variant="light">
        {loyal ? t('profile.loyal') : t('profile.notLoyal')}
      </Badge>
      {loyal && discountPercent != null && (
        <Text size="sm">{t('profile.loyalDiscount', { percent: discountPercent })}</Text>
      )}
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
  );
}
