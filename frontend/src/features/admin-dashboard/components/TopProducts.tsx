import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPrice } from '@/lib/format';
import type { TopProduct } from '../api/get-stats';

/** The best sellers of the period, as a table a screen reader reads as well as an eye. */
export function TopProducts({ products, label }: { products: TopProduct[]; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={280}>
      <Table verticalSpacing={4} fz="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dashboard.product')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.revenue')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.units')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr key={product.productId}>
              <Table.Td>{product.name}</Table.Td>
              <Table.Td ta="right">{formatPrice(product.revenue, i18n.language)}</Table.Td>
              <Table.Td ta="right">{product.units}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
