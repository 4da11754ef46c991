import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { discountSettingsSchema } from '@/lib/api/schemas';

export type { LoyaltyRule, LoyaltyTier } from '@/lib/api/schemas';

export function getDiscounts(signal?: AbortSignal) {
  return apiRequest('/api/admin/discounts', discountSettingsSchema, { signal });
}

export function discountsQuery() {
  return queryOptions({
    queryKey: queryKeys.discounts(),
    queryFn: ({ signal }) => getDiscounts(signal),
  });
}

export function useDiscounts() {
  return useQuery(discountsQuery());
}
