import { apiSend } from '@/lib/api/client';
import type { PromoCodeRequest } from '@/lib/api/schemas';
import type { PromoCodeFields } from './create-promo-code';
import { usePromoCodeMutation } from './promo-code-mutation';

/** Everything but the code, which names the promo code; null clears a field. */
export function updatePromoCode({ code, ...changes }: PromoCodeFields) {
  return apiSend(`/api/admin/promo-codes/${encodeURIComponent(code)}`, {
    method: 'PATCH',
    json: changes satisfies PromoCodeRequest,
  });
}

export function useUpdatePromoCode() {
  return usePromoCodeMutation(updatePromoCode);
}
