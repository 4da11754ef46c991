import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Price } from '@/components/ui/Price';
import type { AdminProduct } from '../api/get-admin-products';
import { ProductRowActions, type ProductDialog } from './ProductRowActions';

interface ProductsTableProps {
  products: AdminProduct[];
  onOpen: (dialog: ProductDialog, product: AdminProduct) => void;
}

export function ProductsTable({ products, onOpen }: ProductsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.columns.name')}</Table.Th>
            <Table.Th>{t('admin.columns.price')}</Table.Th>
            <Table.Th ta="right">{t('admin.columns.stock')}</Table.Th>
            <Table.Th>{t('admin.columns.status')}</Table.Th>
            <Table.Th>{t('admin.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr key={product.id}>
              <Table.Td fw={600}>{product.name}</Table.Td>
              <Table.Td>
                <Price price={product.price} salePrice={product.salePrice} size="sm" />
              </Table.Td>
              <Table.Td ta="right">{product.stock}</Table.Td>
              <Table.Td>
                {product.active ? (
                  <Badge color="teal" variant="light">
                    {t('admin.status.active')}
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light">
                    {t('admin.status.withdrawn')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <ProductRowActions product={product} onOpen={onOpen} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
