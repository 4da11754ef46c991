import { z } from 'zod';
import type { Session } from './session';

/** The answer of POST /api/auth/token: a new token pair (the old refresh token stops working). */
export const tokenPairSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  token_type: z.literal('Bearer').optional(),
  expires_in: z.number().int().positive().optional(),
  username: z.string().optional(),
  roles: z.array(z.string()).optional(),
});

export type TokenPair = z.infer<typeof tokenPairSchema>;

/** The session that goes on with the new tokens; who is signed in stays the same. */
export function renewedSession(previous: Session, tokens: TokenPair, now: number): Session {
  return {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    username: tokens.username ?? previous.username,
    roles: tokens.roles ?? previous.roles,
    expiresAt:
      tokens.expires_in === undefined ? previous.expiresAt : now + tokens.expires_in * 1000,
  };
}
