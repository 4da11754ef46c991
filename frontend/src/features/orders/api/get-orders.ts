import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { orderSchema, pageSchema } from '@/lib/api/schemas';

export const orderPageSchema = pageSchema(orderSchema);

export interface OrderListParams {
  /** 0-based. */
  page: number;
  size: number;
}

/** The customer's own orders, newest first. */
export function getOrders(params: OrderListParams, signal?: AbortSignal) {
  return apiRequest('/api/orders', orderPageSchema, { query: { ...params }, signal });
}

export function ordersQuery(params: OrderListParams) {
  return queryOptions({
    queryKey: queryKeys.orders.mine(params),
    queryFn: ({ signal }) => getOrders(params, signal),
  });
}

export function useOrders(params: OrderListParams) {
  return useQuery({ ...ordersQuery(params), placeholderData: keepPreviousData });
}
