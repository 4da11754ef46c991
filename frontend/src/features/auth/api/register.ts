import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import {
  pendingRegistrationSchema,
  type PendingRegistration,
  type RegisterRequest,
} from '@/lib/api/schemas';

export type { PendingRegistration } from '@/lib/api/schemas';

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
    json: registration satisfies RegisterRequest,
    auth: false,
  });
}

export function useRegister() {
  return useMutation({ mutationFn: register });
}
