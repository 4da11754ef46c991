import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { idSchema, ORDERS_QUERY_KEY, orderSchema, pageSchema } from '@/lib/api/schemas';

export const adminOrderSchema = orderSchema.extend({
  customer: z.object({ id: idSchema, fullName: z.string(), email: z.string() }),
});

export type AdminOrder = z.infer<typeof adminOrderSchema>;

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
    queryKey: [ORDERS_QUERY_KEY, 'admin', params],
    queryFn: ({ signal }) => getAdminOrders(params, signal),
  });
}

export function useAdminOrders(params: AdminOrderParams) {
  return useQuery({ ...adminOrdersQuery(params), placeholderData: keepPreviousData });
}
