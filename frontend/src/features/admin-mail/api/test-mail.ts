import { useMutation, useQuery } from '@tanstack/react-query';
import { queuedTestMailSchema, testMailSchema } from '@/lib/api/admin-schemas';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';

export type { TestMail } from '@/lib/api/admin-schemas';

/** How often to ask whether the queued mail went out. */
export const POLL_INTERVAL_MS = 1000;
/**
 * How often to ask again after a failed attempt: the queue tries again on its own schedule
 * (1 minute, 5 minutes, …), and the mail turns SENT if a later attempt gets through.
 */
export const RETRY_POLL_INTERVAL_MS = 10_000;

export function useSendTestMail() {
  return useMutation({
    mutationFn: (to: string) =>
      apiRequest('/api/admin/mail/test', queuedTestMailSchema, { method: 'POST', json: { to } }),
  });
}

/** The mail's state, asked again and again until it is SENT (FAILED may still turn SENT). */
export function useTestMail(id: string | null) {
  return useQuery({
    queryKey: queryKeys.testMail(id ?? ''),
    queryFn: ({ signal }) =>
      apiRequest(`/api/admin/mail/test/${encodeURIComponent(id ?? '')}`, testMailSchema, {
        signal,
      }),
    enabled: id !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      if (status === 'SENT') return false;
      return status === 'FAILED' ? RETRY_POLL_INTERVAL_MS : POLL_INTERVAL_MS;
    },
  });
}
