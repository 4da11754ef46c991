import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import {
  BALANCE_QUERY_KEY,
  idSchema,
  moneySchema,
  pageSchema,
  signedMoneySchema,
  timestampSchema,
} from '@/lib/api/schemas';

export const TRANSACTION_TYPES = ['TOP_UP', 'PURCHASE', 'REFUND', 'ADJUSTMENT'] as const;

export const transactionSchema = z.object({
  id: idSchema,
  type: z.enum(TRANSACTION_TYPES),
  /** Signed: money in above zero, money out below. */
  amount: signedMoneySchema,
  balanceAfter: moneySchema,
  createdAt: timestampSchema,
  orderId: idSchema.nullish(),
  note: z.string().nullish(),
});

export type Transaction = z.infer<typeof transactionSchema>;

export const transactionPageSchema = pageSchema(transactionSchema);

export interface TransactionParams {
  /** 0-based. */
  page: number;
  size: number;
}

export function getTransactions(params: TransactionParams, signal?: AbortSignal) {
  return apiRequest('/api/me/balance/transactions', transactionPageSchema, {
    query: { ...params },
    signal,
  });
}

export function transactionsQuery(params: TransactionParams) {
  return queryOptions({
    queryKey: [BALANCE_QUERY_KEY, 'transactions', params],
    queryFn: ({ signal }) => getTransactions(params, signal),
  });
}

export function useTransactions(params: TransactionParams) {
  return useQuery({ ...transactionsQuery(params), placeholderData: keepPreviousData });
}
