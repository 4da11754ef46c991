import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { i18n } from '@/lib/i18n';
import { getSession, setSession } from '@/lib/auth/session';
import { aSession, anErrorBody } from '@/testing/fixtures';
import { answer, failNetwork } from '@/testing/http';
import { server } from '@/testing/server';
import { apiRequest, apiSend, buildUrl } from './client';
import { describeError } from './describe-error';
import { ApiError } from './errors';

const thing = z.object({ id: z.number() });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('Expected the call to fail');
}

describe('apiRequest', () => {
  it('sends the bearer token of the signed-in user', async () => {
    setSession(aSession());
    const thingApi = answer('get', '/api/things/1', { id: 1 });

    await expect(apiRequest('/api/things/1', thing)).resolves.toEqual({ id: 1 });
    expect(thingApi.last().headers.get('Authorization')).toBe('Bearer access-token');
  });

  it('sends no token on calls made without authentication', async () => {
    setSession(aSession());
    const loginApi = answer('post', '/api/auth/login', { id: 1 });

    await apiRequest('/api/auth/login', thing, { method: 'POST', json: {}, auth: false });
    expect(loginApi.last().headers.get('Authorization')).toBeNull();
  });

  it('sends query parameters, leaving out empty ones', async () => {
    const listApi = answer('get', '/api/things', { id: 1 });

    await apiRequest('/api/things', thing, { query: { page: 0, q: '', sort: undefined } });
    expect(listApi.last().url.search).toBe('?page=0');
  });

  it('reads field errors of an invalid request', async () => {
    answer(
      'post',
      '/api/things',
      anErrorBody(400, 'The product is not valid', {
        errors: [{ field: 'price', message: 'At most 2 decimals' }],
      }),
      400,
    );

    const error = await failure(apiRequest('/api/things', thing, { method: 'POST', json: {} }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.message).toBe('The product is not valid');
    expect(error.fieldErrors).toEqual([{ field: 'price', message: 'At most 2 decimals' }]);
  });

  it('reads the error id of a server fault and shows it', async () => {
    answer('get', '/api/things', anErrorBody(500, 'Internal error', { errorId: 'e-42' }), 500);

    const error = await failure(apiRequest('/api/things', thing));
    expect(error.errorId).toBe('e-42');
    expect(describeError(error, i18n.t)).toEqual({ message: 'Internal error', errorId: 'e-42' });
  });

  it('reads how long to wait, from the body or else the Retry-After header', async () => {
    answer('post', '/api/a', anErrorBody(429, 'Locked', { retryAfterSeconds: 300 }), 429);
    server.use(
      http.post('/api/b', () =>
        HttpResponse.json(anErrorBody(429, 'Slow down'), {
          status: 429,
          headers: { 'Retry-After': '42' },
        }),
      ),
    );

    expect((await failure(apiSend('/api/a', { method: 'POST' }))).retryAfterSeconds).toBe(300);
    expect((await failure(apiSend('/api/b', { method: 'POST' }))).retryAfterSeconds).toBe(42);
  });

  it('reports a network failure in plain words', async () => {
    failNetwork('get', '/api/things');

    const error = await failure(apiRequest('/api/things', thing));
    expect(error.kind).toBe('network');
    expect(describeError(error, i18n.t).message).toBe(
      'Cannot reach the shop. Check your connection.',
    );
  });

  it('refuses an answer that does not match the contract', async () => {
    answer('get', '/api/things/1', { id: 'one' });

    const error = await failure(apiRequest('/api/things/1', thing));
    expect(error.kind).toBe('invalid-response');
    expect(describeError(error, i18n.t).message).toMatch(/cannot read/);
  });

  it('treats an error answer without the JSON error body as unreadable', async () => {
    server.use(
      http.get('/api/things', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })),
    );

    const error = await failure(apiRequest('/api/things', thing));
    expect(error.kind).toBe('invalid-response');
    expect(error.status).toBe(502);
  });

  it('signs the user out locally on a 401', async () => {
    setSession(aSession());
    answer('get', '/api/things', anErrorBody(401, 'Unauthorized'), 401);

    await failure(apiRequest('/api/things', thing));
    expect(getSession()).toBeNull();
    expect(localStorage.getItem('turgus.session')).toBeNull();
  });
});

describe('describeError', () => {
  it('words failures that are not from the API', () => {
    expect(describeError(new Error('boom'), i18n.t).message).toBe(
      'Something went wrong. Try again.',
    );
  });

  it('shows the server message of a client error without an error id', () => {
    const error = new ApiError({ kind: 'http', status: 409, message: 'Name taken' });
    expect(describeError(error, i18n.t)).toEqual({ message: 'Name taken' });
  });
});

describe('buildUrl', () => {
  it('keeps the path relative to the shop', () => {
    expect(buildUrl('/api/products', { q: 'red tea', page: 2 })).toBe(
      '/api/products?q=red+tea&page=2',
    );
  });
});
