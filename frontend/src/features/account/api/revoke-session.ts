import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import type { AccountSession } from '@/lib/api/schemas';
import { clearSession } from '@/lib/auth/session';

/** Signs one of the account's devices out (204); its tokens stop working at once. */
export function revokeSession(id: AccountSession['id']): Promise<void> {
  return apiSend(`/api/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
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
      return queryClient.invalidateQueries({ queryKey: queryKeys.me.sessions() });
    },
  });
}
