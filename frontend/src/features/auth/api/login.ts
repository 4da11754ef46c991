import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { loginResponseSchema, type LoginResponse, type LoginRequest } from '@/lib/api/schemas';
import { setSession, type Session } from '@/lib/auth/session';
import { signedInSession } from '@/lib/auth/token-pair';

export { loginResponseSchema } from '@/lib/api/schemas';
export type { LoginResponse } from '@/lib/api/schemas';

export interface Credentials {
  username: string;
  password: string;
}

export function login(credentials: Credentials): Promise<LoginResponse> {
  return apiRequest('/api/auth/login', loginResponseSchema, {
    method: 'POST',
    json: credentials satisfies LoginRequest,
    auth: false,
  });
}

export function toSession(response: LoginResponse, now: number = Date.now()): Session {
  return signedInSession(response, now);
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      setSession(toSession(response));
    },
  });
}
