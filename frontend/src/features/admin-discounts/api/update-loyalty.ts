import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api/client';
import { DISCOUNTS_QUERY_KEY, type LoyaltyRule } from './get-discounts';

export function updateLoyalty(rule: LoyaltyRule) {
  return apiSend('/api/admin/discounts/loyalty', { method: 'PUT', json: rule });
}

export function useUpdateLoyalty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLoyalty,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DISCOUNTS_QUERY_KEY }),
  });
}
