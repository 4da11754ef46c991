import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { userSchema } from '@/lib/api/schemas';

export const ME_QUERY_KEY = ['me'] as const;

export function getMe(signal?: AbortSignal) {
  return apiRequest('/api/me', userSchema, { signal });
}

export function meQuery() {
  return queryOptions({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }) => getMe(signal),
  });
}

export function useMe() {
  return useQuery(meQuery());
}
