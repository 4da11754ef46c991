import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { DISCOUNTS_QUERY_KEY, discountSettingsSchema, type LoyaltyTier } from './get-discounts';

/** Replaces every tier above the loyal level, lowest first; none removes them all. */
export function updateTiers(tiers: LoyaltyTier[]) {
  return apiRequest('/api/admin/discounts/tiers', discountSettingsSchema, {
    method: 'PUT',
    json: tiers,
  });
}

export function useUpdateTiers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTiers,
    onSuccess: (settings) => {
      queryClient.setQueryData(DISCOUNTS_QUERY_KEY, settings);
    },
  });
}
