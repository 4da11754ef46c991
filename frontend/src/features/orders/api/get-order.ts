import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { orderSchema } from '@/lib/api/schemas';

export function getOrder(id: string, signal?: AbortSignal) {
  return apiRequest(`/api/orders/${encodeURIComponent(id)}`, orderSchema, { signal });
}

export function orderQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.orders.mineDetail(id),
    queryFn: ({ signal }) => getOrder(id, signal),
  });
}

export function useOrder(id: string) {
  return useQuery(orderQuery(id));
}
