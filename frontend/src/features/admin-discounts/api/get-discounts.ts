import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { moneySchema } from '@/lib/api/schemas';

export const loyaltyRuleSchema = z.object({
  minCompletedOrders: z.number().int().nonnegative(),
  minTotalSpent: moneySchema,
  percent: z.number().nonnegative(),
});

export type LoyaltyRule = z.infer<typeof loyaltyRuleSchema>;

/** A further level above the loyal one. */
export const loyaltyTierSchema = loyaltyRuleSchema.extend({ name: z.string() });

export type LoyaltyTier = z.infer<typeof loyaltyTierSchema>;

export const discountSettingsSchema = z.object({
  loyalty: loyaltyRuleSchema,
  /** Lowest first. */
  tiers: z.array(loyaltyTierSchema).default([]),
});

export const DISCOUNTS_QUERY_KEY = ['admin', 'discounts'] as const;

export function getDiscounts(signal?: AbortSignal) {
  return apiRequest('/api/admin/discounts', discountSettingsSchema, { signal });
}

export function discountsQuery() {
  return queryOptions({
    queryKey: DISCOUNTS_QUERY_KEY,
    queryFn: ({ signal }) => getDiscounts(signal),
  });
}

export function useDiscounts() {
  return useQuery(discountsQuery());
}
