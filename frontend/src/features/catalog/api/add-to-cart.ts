import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { cartSchema, type Id } from '@/lib/api/schemas';

export interface CartAddition {
  productId: Id;
  quantity: number;
}

export function addToCart(addition: CartAddition) {
  return apiRequest('/api/cart/items', cartSchema, { method: 'POST', json: addition });
}

export function useAddToCart() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addToCart,
    onSuccess: (cart) => {
      queryClient.setQueryData(queryKeys.cart(), cart);
    },
  });
}
