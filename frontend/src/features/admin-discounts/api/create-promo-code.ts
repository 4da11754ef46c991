import { apiSend } from '@/lib/api/client';
import type { PromoCodeRequest } from '@/lib/api/schemas';
import { usePromoCodeMutation } from './promo-code-mutation';

export interface PromoCodeFields {
  code: string;
  percent: number | null;
  amount: number | null;
  minOrderTotal: number;
  validFrom: string | null;
  validUntil: string | null;
  maxUses: number | null;
}

/** Leaves out what was not filled in: a percent or an amount, never both. */
export function createPromoCode(fields: PromoCodeFields) {
  const body = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
  return apiSend('/api/admin/promo-codes', {
    method: 'POST',
    json: body satisfies PromoCodeRequest,
  });
}

export function useCreatePromoCode() {
  return usePromoCodeMutation(createPromoCode);
}
