import type { LoginResponse, TokenPair } from '@/lib/api/schemas';
import type { Session } from './session';

/** The answer of POST /api/auth/token: a new token pair (the old refresh token stops working). */
export { tokenPairSchema, type TokenPair } from '@/lib/api/schemas';

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

/** The session a sign-in answer starts (also the fresh pair a restore hands its admin). */
export function signedInSession(response: LoginResponse, now: number): Session {
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    username: response.username,
    roles: response.roles,
    expiresAt: now + response.expires_in * 1000,
  };
}
