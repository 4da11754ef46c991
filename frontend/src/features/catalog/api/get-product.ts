import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { productSchema } from '@/lib/api/schemas';

export function getProduct(id: string, signal?: AbortSignal) {
  return apiRequest(`/api/products/${encodeURIComponent(id)}`, productSchema, { signal });
}

export function productQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.products.detail(id),
    queryFn: ({ signal }) => getProduct(id, signal),
  });
}

export function useProduct(id: string) {
  return useQuery(productQuery(id));
}
