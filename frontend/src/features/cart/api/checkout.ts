import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import {
  BALANCE_QUERY_KEY,
  CART_QUERY_KEY,
  ORDERS_QUERY_KEY,
  orderSchema,
  PRODUCTS_QUERY_KEY,
} from '@/lib/api/schemas';

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
        CART_QUERY_KEY,
        [BALANCE_QUERY_KEY],
        [ORDERS_QUERY_KEY],
        [PRODUCTS_QUERY_KEY],
      ]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
