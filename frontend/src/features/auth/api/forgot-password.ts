import { useMutation } from '@tanstack/react-query';
import { apiSend } from '@/lib/api/client';
import type { ForgotPasswordRequest } from '@/lib/api/schemas';

/** Asks for a reset link; the shop answers 202 whether or not the email has an account. */
export function forgotPassword(email: string): Promise<void> {
  return apiSend('/api/auth/password/forgot', {
    method: 'POST',
    json: { email } satisfies ForgotPasswordRequest,
    auth: false,
  });
}

export function useForgotPassword() {
  return useMutation({ mutationFn: forgotPassword });
}
