import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { moneySchema, timestampSchema } from '@/lib/api/schemas';

export const promoCodeSchema = z.object({
  code: z.string(),
  /** Either a percent off or an amount off. */
  percent: z.number().nonnegative().nullish(),
  amount: moneySchema.nullish(),
  minOrderTotal: moneySchema.nullish(),
  validFrom: timestampSchema.nullish(),
  validUntil: timestampSchema.nullish(),
  /** Null: no limit. */
  maxUses: z.number().int().nonnegative().nullish(),
  timesUsed: z.number().int().nonnegative().default(0),
});

export type PromoCode = z.infer<typeof promoCodeSchema>;

export const PROMO_CODES_QUERY_KEY = ['admin', 'promo-codes'] as const;

export function getPromoCodes(signal?: AbortSignal) {
  return apiRequest('/api/admin/promo-codes', z.array(promoCodeSchema), { signal });
}

export function promoCodesQuery() {
  return queryOptions({
    queryKey: PROMO_CODES_QUERY_KEY,
    queryFn: ({ signal }) => getPromoCodes(signal),
  });
}

export function usePromoCodes() {
  return useQuery(promoCodesQuery());
}
