import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { userSchema } from '@/lib/api/schemas';

export function getMe(signal?: AbortSignal) {
  return apiRequest('/api/me', userSchema, { signal });
}

export function meQuery() {
  return queryOptions({
    queryKey: queryKeys.me.all(),
    queryFn: ({ signal }) => getMe(signal),
  });
}

export function useMe() {
  return useQuery(meQuery());
}
