import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { adminOrderSchema, pageSchema } from '@/lib/api/schemas';

export type { AdminOrder } from '@/lib/api/schemas';

export const adminOrderPageSchema = pageSchema(adminOrderSchema);

export interface AdminOrderParams {
  /** 0-based. */
  page: number;
  size: number;
  q: string;
}

export function getAdminOrders(params: AdminOrderParams, signal?: AbortSignal) {
  return apiRequest('/api/admin/orders', adminOrderPageSchema, { query: { ...params }, signal });
}

export function adminOrdersQuery(params: AdminOrderParams) {
  return queryOptions({
    queryKey: queryKeys.orders.admin(params),
    queryFn: ({ signal }) => getAdminOrders(params, signal),
  });
}

export function useAdminOrders(params: AdminOrderParams) {
  return useQuery({ ...adminOrdersQuery(params), placeholderData: keepPreviousData });
}
