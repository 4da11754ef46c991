import { describe, expect, it } from 'vitest';
import { loginResponseSchema, toSession } from './login';

const answer = {
  access_token: 'a',
  refresh_token: 'r',
  token_type: 'Bearer',
  expires_in: 900,
  username: 'ann@example.com',
  roles: ['CUSTOMER'],
};

describe('loginResponseSchema', () => {
  it('accepts the documented answer', () => {
    expect(loginResponseSchema.parse(answer)).toEqual(answer);
  });

  it.each([
    ['another token type', { token_type: 'Basic' }],
    ['a missing access token', { access_token: undefined }],
    ['an empty refresh token', { refresh_token: '' }],
    ['roles as text', { roles: 'ADMIN' }],
    ['an expiry as text', { expires_in: '900' }],
  ])('rejects %s', (_, change) => {
    expect(loginResponseSchema.safeParse({ ...answer, ...change }).success).toBe(false);
  });
});

describe('toSession', () => {
  it('works out when the access token expires', () => {
    expect(toSession(loginResponseSchema.parse(answer), 1_000)).toEqual({
      accessToken: 'a',
      refreshToken: 'r',
      username: 'ann@example.com',
      roles: ['CUSTOMER'],
      expiresAt: 901_000,
    });
  });
});
