import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api/client';
import type { RevertEmailChangeRequest } from '@/lib/api/schemas';
import { clearSession } from '@/lib/auth/session';

/**
 * Undoes an email change with the token of the link mailed to the previous address (204). The shop
 * signs every session of the account out; nobody is signed in.
 */
export function revertEmailChange(token: string): Promise<void> {
  return apiSend('/api/auth/email/revert', {
    method: 'POST',
    json: { token } satisfies RevertEmailChangeRequest,
    auth: false,
  });
}

export function useRevertEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revertEmailChange,
    onSuccess: () => {
      // The session this browser may hold was ended on the server with every other one.
      clearSession();
      queryClient.clear();
    },
  });
}
