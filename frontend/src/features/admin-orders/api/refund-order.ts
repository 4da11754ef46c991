import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { orderSchema, type Order } from '@/lib/api/schemas';

/** Pays the order back to its customer and puts its products back in stock. */
export function refundOrder(id: Order['id']) {
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
      for (const queryKey of [
        queryKeys.orders.all(),
        queryKeys.balance.all(),
        queryKeys.products.all(),
      ]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
