import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { setSession, type Session } from '@/lib/auth/session';

export const loginResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().positive(),
  username: z.string(),
  roles: z.array(z.string()),
});

export type LoginResponse = z.infer<typeof loginResponseSchema>;

export interface Credentials {
  username: string;
  password: string;
}

export function login(credentials: Credentials): Promise<LoginResponse> {
  return apiRequest('/api/auth/login', loginResponseSchema, {
    method: 'POST',
    json: credentials,
    auth: false,
  });
}

export function toSession(response: LoginResponse, now: number = Date.now()): Session {
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    username: response.username,
    roles: response.roles,
    expiresAt: now + response.expires_in * 1000,
  };
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      setSession(toSession(response));
    },
  });
}
