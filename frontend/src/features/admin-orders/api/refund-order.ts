import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import {
  BALANCE_QUERY_KEY,
  ORDERS_QUERY_KEY,
  orderSchema,
  PRODUCTS_QUERY_KEY,
  type Id,
} from '@/lib/api/schemas';

/** Pays the order back to its customer and puts its products back in stock. */
export function refundOrder(id: Id) {
  return apiRequest(`/api/admin/orders/${encodeURIComponent(String(id))}/refund`, orderSchema, {
    method: 'POST',
  });
}

export function useRefundOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: refundOrder,
    onSettled: () => {
      // Also after a 409: someone else refunded it, the list is out of date.
      for (const root of [ORDERS_QUERY_KEY, BALANCE_QUERY_KEY, PRODUCTS_QUERY_KEY]) {
        void queryClient.invalidateQueries({ queryKey: [root] });
      }
    },
  });
}
