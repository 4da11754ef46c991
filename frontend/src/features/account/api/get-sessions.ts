import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { accountSessionSchema } from '@/lib/api/schemas';

export type { AccountSession } from '@/lib/api/schemas';

export function getSessions(signal?: AbortSignal) {
  return apiRequest('/api/me/sessions', z.array(accountSessionSchema), { signal });
}

export function sessionsQuery() {
  return queryOptions({
    queryKey: queryKeys.me.sessions(),
    queryFn: ({ signal }) => getSessions(signal),
  });
}

export function useSessions() {
  return useQuery(sessionsQuery());
}
