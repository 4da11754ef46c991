import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { LoyaltyRule } from '@/lib/api/schemas';

export function updateLoyalty(rule: LoyaltyRule) {
  return apiSend('/api/admin/discounts/loyalty', { method: 'PUT', json: rule });
}

export function useUpdateLoyalty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLoyalty,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.discounts() }),
  });
}
