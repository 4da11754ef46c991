import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { balanceSchema } from '@/lib/api/schemas';

export type { Balance } from '@/lib/api/schemas';

export function getBalance(signal?: AbortSignal) {
  return apiRequest('/api/me/balance', balanceSchema, { signal });
}

export function balanceQuery() {
  return queryOptions({
    queryKey: queryKeys.balance.current(),
    queryFn: ({ signal }) => getBalance(signal),
  });
}

export function useBalance() {
  return useQuery(balanceQuery());
}
