import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { PRODUCTS_QUERY_KEY, productSchema } from '@/lib/api/schemas';

export function getProduct(id: string, signal?: AbortSignal) {
  return apiRequest(`/api/products/${encodeURIComponent(id)}`, productSchema, { signal });
}

export function productQuery(id: string) {
  return queryOptions({
    queryKey: [PRODUCTS_QUERY_KEY, 'detail', id],
    queryFn: ({ signal }) => getProduct(id, signal),
  });
}

export function useProduct(id: string) {
  return useQuery(productQuery(id));
}
