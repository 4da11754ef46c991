import { Stack, Title } from '@mantine/core';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PaginationBar } from '@/components/ui/PaginationBar';
import { useProducts } from '../api/get-products';
import { readCatalogView, writeCatalogView, type CatalogView } from '../catalog-view';
import { CatalogToolbar } from '../components/CatalogToolbar';
import { ProductGrid, ProductGridSkeleton } from '../components/ProductGrid';

export const CATALOG_PAGE_SIZE = 12;

export function CatalogPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readCatalogView(searchParams);
  const products = useProducts({
    page: view.page - 1,
    size: CATALOG_PAGE_SIZE,
    q: view.q,
    sort: view.sort,
  });
  // The page of products arrives as an urgent update; the grid it fills is drawn in the
  // background, in slices, so that the page stays responsive while it renders.
  const shown = useDeferredValue(products.data);

  const show = (change: Partial<CatalogView>, replace = false) => {
    setSearchParams(writeCatalogView({ ...view, ...change }), { replace });
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t('catalog.title')}</Title>
      <CatalogToolbar
        q={view.q}
        sort={view.sort}
        onSearch={(q) => {
          show({ q, page: 1 }, true);
        }}
        onSort={(sort) => {
          show({ sort, page: 1 });
        }}
      />
      {products.isError ? (
        <ErrorAlert error={products.error} onRetry={() => void products.refetch()} />
      ) : shown === undefined ? (
        <ProductGridSkeleton count={8} />
      ) : shown.items.length === 0 ? (
        <EmptyState
          title={t('catalog.empty')}
          text={view.q ? t('catalog.emptySearch', { query: view.q }) : t('catalog.emptyCatalog')}
        />
      ) : (
        <>
          <ProductGrid products={shown.items} />
          <PaginationBar
            page={view.page}
            totalPages={shown.totalPages}
            onChange={(page) => {
              show({ page });
            }}
          />
        </>
      )}
    </Stack>
  );
}
