import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { pageSchema, PRODUCTS_QUERY_KEY, productSchema, timestampSchema } from '@/lib/api/schemas';

export const PRODUCT_STATUSES = ['all', 'active', 'withdrawn'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export const adminProductSchema = productSchema.extend({
  active: z.boolean(),
  salePercent: z.number().int().min(0).max(100).nullish(),
  saleEndsAt: timestampSchema.nullish(),
});

export type AdminProduct = z.infer<typeof adminProductSchema>;

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
    queryKey: [PRODUCTS_QUERY_KEY, 'admin', params],
    queryFn: ({ signal }) => getAdminProducts(params, signal),
  });
}

export function useAdminProducts(params: AdminProductParams) {
  return useQuery({ ...adminProductsQuery(params), placeholderData: keepPreviousData });
}
