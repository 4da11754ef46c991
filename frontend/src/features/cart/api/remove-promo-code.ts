import { apiRequest } from '@/lib/api/client';
import { cartSchema } from '@/lib/api/schemas';
import { useCartMutation } from './cart-mutation';

export function removePromoCode() {
  return apiRequest('/api/cart/promo-code', cartSchema, { method: 'DELETE' });
}

export function useRemovePromoCode() {
  return useCartMutation(removePromoCode);
}
