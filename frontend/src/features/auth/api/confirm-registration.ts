import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { userSchema, type User, type ConfirmRegistrationRequest } from '@/lib/api/schemas';

export interface Confirmation {
  email: string;
  /** The 6 digits mailed on registration. */
  code: string;
}

/** Creates the account (201, the new user) once the mailed code is right and still valid. */
export function confirmRegistration(confirmation: Confirmation): Promise<User> {
  return apiRequest('/api/auth/register/confirm', userSchema, {
    method: 'POST',
    json: confirmation satisfies ConfirmRegistrationRequest,
    auth: false,
  });
}

export function useConfirmRegistration() {
  return useMutation({ mutationFn: confirmRegistration });
}
