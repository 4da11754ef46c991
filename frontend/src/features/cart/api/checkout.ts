import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { orderSchema } from '@/lib/api/schemas';

/** Pays the cart from the balance. The same key on a retry buys once. */
export function checkout(idempotencyKey: string) {
  return apiRequest('/api/orders', orderSchema, {
    method: 'POST',
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function useCheckout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: checkout,
    onSuccess: () => {
      // The cart emptied, the balance and the stock dropped, an order appeared.
      for (const queryKey of [
        queryKeys.cart(),
        queryKeys.balance.all(),
        queryKeys.orders.all(),
        queryKeys.products.all(),
      ]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
