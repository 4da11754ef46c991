import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { type Id, type BalanceAdjustmentRequest } from '@/lib/api/schemas';

export interface BalanceAdjustment {
  userId: Id;
  /** Signed: below zero takes money away. */
  amount: number;
  reason: string;
}

export function adjustBalance({ userId, amount, reason }: BalanceAdjustment) {
  return apiSend(`/api/admin/users/${encodeURIComponent(String(userId))}/balance-adjustments`, {
    method: 'POST',
    json: { amount, reason } satisfies BalanceAdjustmentRequest,
  });
}

export function useAdjustBalance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adjustBalance,
    onSuccess: () => {
      for (const queryKey of [queryKeys.balance.all(), queryKeys.adminUsers.all()]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
