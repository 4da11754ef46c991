import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { BALANCE_QUERY_KEY, moneySchema } from '@/lib/api/schemas';
import { transactionSchema } from './get-transactions';

export const topUpResultSchema = z.object({
  balance: moneySchema,
  transaction: transactionSchema,
});

export interface TopUp {
  amount: number;
  /** The same for every retry of one submission: the shop tops up once. */
  idempotencyKey: string;
}

export function topUp({ amount, idempotencyKey }: TopUp) {
  return apiRequest('/api/me/balance/top-ups', topUpResultSchema, {
    method: 'POST',
    json: { amount },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function useTopUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: topUp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [BALANCE_QUERY_KEY] }),
  });
}
