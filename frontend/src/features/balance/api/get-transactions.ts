import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { pageSchema, transactionSchema } from '@/lib/api/schemas';

export { TRANSACTION_TYPES } from '@/lib/api/schemas';
export type { Transaction } from '@/lib/api/schemas';

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
    queryKey: queryKeys.balance.transactions(params),
    queryFn: ({ signal }) => getTransactions(params, signal),
  });
}

export function useTransactions(params: TransactionParams) {
  return useQuery({ ...transactionsQuery(params), placeholderData: keepPreviousData });
}
