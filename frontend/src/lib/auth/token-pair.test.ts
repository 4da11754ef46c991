import { describe, expect, it } from 'vitest';
import { renewedSession, tokenPairSchema } from './token-pair';
import type { Session } from './session';

const previous: Session = {
  accessToken: 'old-access',
  refreshToken: 'old-refresh',
  username: 'ann@example.com',
  roles: ['CUSTOMER'],
  expiresAt: 5,
};

describe('renewedSession', () => {
  it('takes the new tokens and when they expire', () => {
    const tokens = tokenPairSchema.parse({
      access_token: 'a',
      refresh_token: 'r',
      token_type: 'Bearer',
      expires_in: 900,
      username: 'ann@example.com',
      roles: ['CUSTOMER', 'ADMIN'],
    });
    expect(renewedSession(previous, tokens, 1_000)).toEqual({
      accessToken: 'a',
      refreshToken: 'r',
      username: 'ann@example.com',
      roles: ['CUSTOMER', 'ADMIN'],
      expiresAt: 901_000,
    });
  });

  it('keeps who is signed in when the answer leaves it out', () => {
    const tokens = tokenPairSchema.parse({ access_token: 'a', refresh_token: 'r' });
    expect(renewedSession(previous, tokens, 1_000)).toMatchObject({
      username: 'ann@example.com',
      roles: ['CUSTOMER'],
      expiresAt: 5,
    });
  });

  it('refuses an answer without a refresh token', () => {
    expect(tokenPairSchema.safeParse({ access_token: 'a' }).success).toBe(false);
  });
});
