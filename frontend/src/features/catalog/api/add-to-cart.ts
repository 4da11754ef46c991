import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { cartSchema, type CartItemRequest, type Product } from '@/lib/api/schemas';

export interface CartAddition {
  productId: Product['id'];
  quantity: number;
}

export function addToCart(addition: CartAddition) {
  return apiRequest('/api/cart/items', cartSchema, {
    method: 'POST',
    json: addition satisfies CartItemRequest,
  });
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
