import { apiRequest } from '@/lib/api/client';
import { cartSchema, type Id } from '@/lib/api/schemas';
import { useCartMutation } from './cart-mutation';

export function removeCartItem(productId: Id) {
  return apiRequest(`/api/cart/items/${encodeURIComponent(String(productId))}`, cartSchema, {
    method: 'DELETE',
  });
}

export function useRemoveCartItem() {
  return useCartMutation(removeCartItem);
}
