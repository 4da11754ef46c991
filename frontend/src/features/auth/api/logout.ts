import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api/client';
import { clearSession } from '@/lib/auth/session';

export function logout(): Promise<void> {
  return apiSend('/api/auth/logout', { method: 'POST' });
}

/** Ends the session on the server and, whatever it answers, on this device. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      clearSession();
      queryClient.clear();
    },
  });
}
