import { useMutation } from '@tanstack/react-query';
import { apiSend } from '@/lib/api/client';
import type { ChangePasswordRequest } from '@/lib/api/schemas';

export interface PasswordChange {
  oldPassword: string;
  newPassword: string;
  newPasswordConfirmation: string;
}

/** Changes the password (204); the shop signs the account's other sessions out. */
export function changePassword(change: PasswordChange): Promise<void> {
  return apiSend('/api/me/password', {
    method: 'POST',
    json: change satisfies ChangePasswordRequest,
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
