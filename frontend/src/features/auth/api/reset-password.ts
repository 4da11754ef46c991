import { useMutation } from '@tanstack/react-query';
import { apiSend } from '@/lib/api/client';
import type { ResetPasswordRequest } from '@/lib/api/schemas';

export interface PasswordReset {
  /** From the link in the mail. */
  token: string;
  newPassword: string;
  newPasswordConfirmation: string;
}

/** Sets a new password (204); the shop signs every session of the account out. */
export function resetPassword(reset: PasswordReset): Promise<void> {
  return apiSend('/api/auth/password/reset', {
    method: 'POST',
    json: reset satisfies ResetPasswordRequest,
    auth: false,
  });
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
