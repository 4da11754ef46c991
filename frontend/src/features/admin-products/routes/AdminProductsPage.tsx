import { Button, Group, SegmentedControl, Skeleton, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PaginationBar } from '@/components/ui/PaginationBar';
import { SearchInput } from '@/components/ui/SearchInput';
import { PRODUCT_STATUSES, useAdminProducts, type AdminProduct } from '../api/get-admin-products';
import { readAdminView, writeAdminView, type AdminProductsView } from '../admin-view';
import { CreateProductModal } from '../components/CreateProductModal';
import { EditProductModal } from '../components/EditProductModal';
import { PictureModal } from '../components/PictureModal';
import type { ProductDialog } from '../components/ProductRowActions';
import { ProductsTable } from '../components/ProductsTable';
import { RestockModal } from '../components/RestockModal';

export const ADMIN_PAGE_SIZE = 20;

type OpenDialog = { kind: 'create' } | { kind: ProductDialog; product: AdminProduct } | null;

function Dialogs({ dialog, onClose }: { dialog: OpenDialog; onClose: () => void }) {
  if (dialog === null) return null;
  switch (dialog.kind) {
    case 'create':
      return <CreateProductModal onClose={onClose} />;
    case 'edit':
      return <EditProductModal product={dialog.product} onClose={onClose} />;
    case 'restock':
      return <RestockModal product={dialog.product} onClose={onClose} />;
    case 'picture':
      return <PictureModal product={dialog.product} onClose={onClose} />;
  }
}

export function AdminProductsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readAdminView(searchParams);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const products = useAdminProducts({
    page: view.page - 1,
    size: ADMIN_PAGE_SIZE,
    q: view.q,
    status: view.status,
  });

  const show = (change: Partial<AdminProductsView>, replace = false) => {
    setSearchParams(writeAdminView({ ...view, ...change }), { replace });
  };

  // `?q=…&edit=12` (e.g. from the discounts page's sales) opens product 12's edit dialog once the
  // search shows it; closing the dialog takes `edit` out of the address.
  const editId = searchParams.get('edit');
  const linked =
    editId === null ? undefined : products.data?.items.find((p) => String(p.id) === editId);
  const shown: OpenDialog = dialog ?? (linked ? { kind: 'edit', product: linked } : null);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('admin.title')}</Title>
        <Button
          onClick={() => {
            setDialog({ kind: 'create' });
          }}
        >
          {t('admin.newProduct')}
        </Button>
      </Group>
      <Group align="flex-end" gap="md" wrap="wrap">
        <div style={{ flex: '1 1 16rem' }}>
          <SearchInput
            label={t('admin.search')}
            value={view.q}
            onSearch={(q) => {
              show({ q, page: 1 }, true);
            }}
          />
        </div>
        <SegmentedControl
          aria-label={t('admin.statusFilter')}
          value={view.status}
          onChange={(value) => {
            const status = PRODUCT_STATUSES.find((s) => s === value);
            if (status) show({ status, page: 1 });
          }}
          data={PRODUCT_STATUSES.map((status) => ({
            value: status,
            label: t(`admin.status.${status}`),
          }))}
        />
      </Group>
      {products.isPending ? (
        <Stack gap="xs" aria-busy="true">
          {Array.from({ length: 5 }, (_, index) => (
            <Skeleton key={index} height={40} />
          ))}
        </Stack>
      ) : products.isError ? (
        <ErrorAlert error={products.error} onRetry={() => void products.refetch()} />
      ) : products.data.items.length === 0 ? (
        <EmptyState title={t('admin.empty')} text={t('admin.emptyText')} />
      ) : (
        <>
          <ProductsTable
            products={products.data.items}
            onOpen={(kind, product) => {
              setDialog({ kind, product });
            }}
          />
          <PaginationBar
            page={view.page}
            totalPages={products.data.totalPages}
            onChange={(page) => {
              show({ page });
            }}
          />
        </>
      )}
      <Dialogs
        dialog={shown}
        onClose={() => {
          setDialog(null);
          if (editId !== null) setSearchParams(writeAdminView(view), { replace: true });
        }}
      />
    </Stack>
  );
}
