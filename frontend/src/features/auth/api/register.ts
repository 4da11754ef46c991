import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { timestampSchema } from '@/lib/api/schemas';

/** The registration waits for the code mailed to `email` until `expiresAt`. */
export const pendingRegistrationSchema = z.object({
  email: z.string(),
  expiresAt: timestampSchema,
});

export type PendingRegistration = z.infer<typeof pendingRegistrationSchema>;

export interface Registration {
  fullName: string;
  email: string;
  phone: string;
  password: string;
  passwordConfirmation: string;
}

export function register(registration: Registration): Promise<PendingRegistration> {
  return apiRequest('/api/auth/register', pendingRegistrationSchema, {
    method: 'POST',
    json: registration,
    auth: false,
  });
}

export function useRegister() {
  return useMutation({ mutationFn: register });
}
