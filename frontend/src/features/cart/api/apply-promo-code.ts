import { apiRequest } from '@/lib/api/client';
import { cartSchema, type ApplyPromoCodeRequest } from '@/lib/api/schemas';
import { useCartMutation } from './cart-mutation';

export function applyPromoCode(code: string) {
  return apiRequest('/api/cart/promo-code', cartSchema, {
    method: 'PUT',
    json: { code } satisfies ApplyPromoCodeRequest,
  });
}

export function useApplyPromoCode() {
  return useCartMutation(applyPromoCode);
}
