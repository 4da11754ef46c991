import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { BALANCE_QUERY_KEY, moneySchema } from '@/lib/api/schemas';

export const balanceSchema = z.object({
  balance: moneySchema,
  currency: z.string(),
});

export type Balance = z.infer<typeof balanceSchema>;

export function getBalance(signal?: AbortSignal) {
  return apiRequest('/api/me/balance', balanceSchema, { signal });
}

export function balanceQuery() {
  return queryOptions({
    queryKey: [BALANCE_QUERY_KEY, 'current'],
    queryFn: ({ signal }) => getBalance(signal),
  });
}

export function useBalance() {
  return useQuery(balanceQuery());
}
