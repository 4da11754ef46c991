import { apiRequest } from '@/lib/api/client';
import { cartSchema, type Id, type CartQuantityRequest } from '@/lib/api/schemas';
import { useCartMutation } from './cart-mutation';

export interface CartItemChange {
  productId: Id;
  /** 0 removes the line. */
  quantity: number;
}

export function updateCartItem({ productId, quantity }: CartItemChange) {
  return apiRequest(`/api/cart/items/${encodeURIComponent(String(productId))}`, cartSchema, {
    method: 'PUT',
    json: { quantity } satisfies CartQuantityRequest,
  });
}

export function useUpdateCartItem() {
  return useCartMutation(updateCartItem);
}
