import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { discountSettingsSchema, type LoyaltyTier } from '@/lib/api/schemas';

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
      queryClient.setQueryData(queryKeys.discounts(), settings);
    },
  });
}
