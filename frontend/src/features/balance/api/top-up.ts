import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { topUpResultSchema, type TopUpRequest } from '@/lib/api/schemas';

export interface TopUp {
  amount: number;
  /** The same for every retry of one submission: the shop tops up once. */
  idempotencyKey: string;
}

export function topUp({ amount, idempotencyKey }: TopUp) {
  return apiRequest('/api/me/balance/top-ups', topUpResultSchema, {
    method: 'POST',
    json: { amount } satisfies TopUpRequest,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function useTopUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: topUp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.balance.all() }),
  });
}
