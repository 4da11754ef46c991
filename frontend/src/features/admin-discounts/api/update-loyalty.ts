import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { type LoyaltyRule, type LoyaltyRuleRequest } from '@/lib/api/schemas';

export function updateLoyalty(rule: LoyaltyRule) {
  return apiSend('/api/admin/discounts/loyalty', {
    method: 'PUT',
    json: rule satisfies LoyaltyRuleRequest,
  });
}

export function useUpdateLoyalty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLoyalty,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.discounts() }),
  });
}
