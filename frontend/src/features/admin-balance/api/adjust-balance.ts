import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api/client';
import { BALANCE_QUERY_KEY, type Id } from '@/lib/api/schemas';

export interface BalanceAdjustment {
  userId: Id;
  /** Signed: below zero takes money away. */
  amount: number;
  reason: string;
}

export function adjustBalance({ userId, amount, reason }: BalanceAdjustment) {
  return apiSend(`/api/admin/users/${encodeURIComponent(String(userId))}/balance-adjustments`, {
    method: 'POST',
    json: { amount, reason },
  });
}

export function useAdjustBalance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adjustBalance,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [BALANCE_QUERY_KEY] }),
        queryClient.invalidateQueries({ queryKey: ['admin', 'users'] }),
      ]),
  });
}
