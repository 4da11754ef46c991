import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { adminProductSchema, pageSchema } from '@/lib/api/schemas';

export const PRODUCT_STATUSES = ['all', 'active', 'withdrawn'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export type { AdminProduct } from '@/lib/api/schemas';

export const adminProductPageSchema = pageSchema(adminProductSchema);

export interface AdminProductParams {
  /** 0-based, as the API counts. */
  page: number;
  size: number;
  q: string;
  status: ProductStatus;
}

export function getAdminProducts(params: AdminProductParams, signal?: AbortSignal) {
  return apiRequest('/api/admin/products', adminProductPageSchema, {
    query: { ...params },
    signal,
  });
}

export function adminProductsQuery(params: AdminProductParams) {
  return queryOptions({
    queryKey: queryKeys.products.admin(params),
    queryFn: ({ signal }) => getAdminProducts(params, signal),
  });
}

export function useAdminProducts(params: AdminProductParams) {
  return useQuery({ ...adminProductsQuery(params), placeholderData: keepPreviousData });
}
