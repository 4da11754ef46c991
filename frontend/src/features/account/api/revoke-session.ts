import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api/client';
import type { Id } from '@/lib/api/schemas';
import { clearSession } from '@/lib/auth/session';
import { SESSIONS_QUERY_KEY, type AccountSession } from './get-sessions';

/** Signs one of the account's devices out (204); its tokens stop working at once. */
export function revokeSession(id: Id): Promise<void> {
  return apiSend(`/api/me/sessions/${encodeURIComponent(String(id))}`, { method: 'DELETE' });
}

/** Signing this device out ends the session here too; any other leaves the list shorter. */
export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (session: AccountSession) => revokeSession(session.id),
    onSuccess: (_, session) => {
      if (session.current) {
        clearSession();
        return;
      }
      return queryClient.invalidateQueries({ queryKey: SESSIONS_QUERY_KEY });
    },
  });
}
