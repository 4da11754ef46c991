import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { pageSchema, productSchema } from '@/lib/api/schemas';

export const CATALOG_SORTS = ['name', 'price', '-price', 'newest'] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];

export interface CatalogParams {
  /** 0-based, as the API counts. */
  page: number;
  size: number;
  q: string;
  sort: CatalogSort;
}

export const productPageSchema = pageSchema(productSchema);

export function getProducts(params: CatalogParams, signal?: AbortSignal) {
  return apiRequest('/api/products', productPageSchema, { query: { ...params }, signal });
}

export function productsQuery(params: CatalogParams) {
  return queryOptions({
    queryKey: queryKeys.products.catalog(params),
    queryFn: ({ signal }) => getProducts(params, signal),
  });
}

export function useProducts(params: CatalogParams) {
  return useQuery({ ...productsQuery(params), placeholderData: keepPreviousData });
}
