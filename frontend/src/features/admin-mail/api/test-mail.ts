import { useMutation, useQuery } from '@tanstack/react-query';
import { queuedTestMailSchema, testMailSchema } from '@/lib/api/admin-schemas';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';

export type { TestMail } from '@/lib/api/admin-schemas';

/** How often to ask whether the queued mail went out. */
export const POLL_INTERVAL_MS = 1000;

export function useSendTestMail() {
  return useMutation({
    mutationFn: (to: string) =>
      apiRequest('/api/admin/mail/test', queuedTestMailSchema, { method: 'POST', json: { to } }),
  });
}

/** The mail's state, asked again and again until it is SENT or FAILED. */
export function useTestMail(id: string | null) {
  return useQuery({
    queryKey: queryKeys.testMail(id ?? ''),
    queryFn: ({ signal }) =>
      apiRequest(`/api/admin/mail/test/${encodeURIComponent(id ?? '')}`, testMailSchema, {
        signal,
      }),
    enabled: id !== null,
    refetchInterval: (query) =>
      query.state.data === undefined || query.state.data.status === 'QUEUED'
        ? POLL_INTERVAL_MS
        : false,
  });
}
