import { apiSend } from '@/lib/api/client';
import { usePromoCodeMutation } from './promo-code-mutation';

export function deletePromoCode(code: string) {
  return apiSend(`/api/admin/promo-codes/${encodeURIComponent(code)}`, { method: 'DELETE' });
}

export function useDeletePromoCode() {
  return usePromoCodeMutation(deletePromoCode);
}
