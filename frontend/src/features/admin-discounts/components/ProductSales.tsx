import { Anchor, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { formatDateTime, formatPrice } from '@/lib/format';
import { useProductsOnSale, type ProductSale } from '../api/get-products-on-sale';

/** The admin products page, searching for this product and opening its edit dialog. */
function editProductLink(product: ProductSale): string {
  const params = new URLSearchParams({ q: product.name, edit: String(product.id) });
  return `/admin/products?${params.toString()}`;
}

function SalesTable({ products }: { products: ProductSale[] }) {
  const { t, i18n } = useTranslation();
  const money = (amount: number) => formatPrice(amount, i18n.language);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={t('discounts.sales')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('discounts.saleProduct')}</Table.Th>
            <Table.Th ta="right">{t('discounts.salePrice')}</Table.Th>
            <Table.Th ta="right">{t('discounts.salePercent')}</Table.Th>
            <Table.Th ta="right">{t('discounts.salePriceNow')}</Table.Th>
            <Table.Th>{t('discounts.saleEnds')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr key={product.id}>
              <Table.Td>{product.name}</Table.Td>
              <Table.Td ta="right">{money(product.price)}</Table.Td>
              <Table.Td ta="right">
                {product.salePercent == null ? '' : `${String(product.salePercent)}%`}
              </Table.Td>
              <Table.Td ta="right">
                {product.salePrice === null ? '' : money(product.salePrice)}
              </Table.Td>
              <Table.Td>
                {product.saleEndsAt
                  ? formatDateTime(product.saleEndsAt, i18n.language)
                  : t('discounts.saleNoEnd')}
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={editProductLink(product)}
                  size="sm"
                  aria-label={t('discounts.editSaleOf', { name: product.name })}
                >
                  {t('discounts.editSale')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Read only: a sale is set on the product itself, in the products section. */
export function ProductSales() {
  const { t } = useTranslation();
  const sales = useProductsOnSale();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('discounts.sales')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('discounts.salesText')}
      </Text>
      {sales.isPending ? (
        <Skeleton height={80} aria-label={t('discounts.loading')} />
      ) : sales.isError ? (
        <ErrorAlert error={sales.error} onRetry={() => void sales.refetch()} />
      ) : (
        <>
          {sales.data.products.length === 0 ? (
            <Text size="sm">{t('discounts.noSales')}</Text>
          ) : (
            <SalesTable products={sales.data.products} />
          )}
          {!sales.data.complete && (
            <Text size="sm" c="dimmed">
              {t('discounts.salesPartial', {
                shown: sales.data.products.length,
                count: sales.data.total,
              })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
