import { Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPrice } from '@/lib/format';

interface PriceProps {
  price: number;
  salePrice: number | null;
  size?: 'sm' | 'md' | 'lg' | 'xl';
}

/** The price to pay; on sale, the original one struck through beside it. */
export function Price({ price, salePrice, size = 'md' }: PriceProps) {
  const { t, i18n } = useTranslation();
  const format = (amount: number) => formatPrice(amount, i18n.language);
  if (salePrice === null || salePrice >= price) {
    return (
      <Text size={size} fw={700}>
        {format(price)}
      </Text>
    );
  }
  return (
    <Group gap="xs" align="baseline" wrap="wrap">
      <Text size={size} fw={700} c="var(--mantine-color-red-text)">
        <VisuallyHidden>{`${t('catalog.salePrice')}: `}</VisuallyHidden>
        {format(salePrice)}
      </Text>
      <Text component="del" size="sm" c="dimmed">
        <VisuallyHidden>{`${t('catalog.originalPrice')}: `}</VisuallyHidden>
        {format(price)}
      </Text>
    </Group>
  );
}
