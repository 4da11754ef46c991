import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { i18n } from '@/lib/i18n';
import { getSession, setSession } from '@/lib/auth/session';
import { aSession, aTokenPair, anErrorBody } from '@/testing/fixtures';
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
        errors: [
          {
            field: 'price',
            message: 'must have at most 2 decimals',
            rule: 'TOO_MANY_DECIMALS',
            params: { max: 2 },
          },
        ],
      }),
      400,
    );

    const error = await failure(apiRequest('/api/things', thing, { method: 'POST', json: {} }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.message).toBe('The product is not valid');
    expect(error.fieldErrors).toEqual([
      {
        field: 'price',
        message: 'must have at most 2 decimals',
        rule: 'TOO_MANY_DECIMALS',
        params: { max: 2 },
      },
    ]);
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

  it('signs the user out locally on a 401 when the session cannot be renewed', async () => {
    setSession(aSession());
    answer('get', '/api/things', anErrorBody(401, 'Unauthorized'), 401);
    answer('post', '/api/auth/token', anErrorBody(401, 'Unauthorized'), 401);

    expect((await failure(apiRequest('/api/things', thing))).status).toBe(401);
    expect(getSession()).toBeNull();
    expect(localStorage.getItem('turgus.session')).toBeNull();
  });
});

/** A protected thing that only the renewed access token opens; records the tokens it saw. */
function protectedThing(path: string): (string | null)[] {
  const seen: (string | null)[] = [];
  server.use(
    http.get(path, ({ request }) => {
      const authorization = request.headers.get('Authorization');
      seen.push(authorization);
      return authorization === 'Bearer new-access'
        ? HttpResponse.json({ id: 1 })
        : HttpResponse.json(anErrorBody(401, 'Unauthorized'), { status: 401 });
    }),
  );
  return seen;
}

/** The token endpoint, answering a little later so that refused requests meet there. */
function tokenEndpoint(status: number, body: object) {
  const requests: unknown[] = [];
  server.use(
    http.post('/api/auth/token', async ({ request }) => {
      requests.push(await request.json());
      await delay(20);
      return HttpResponse.json(body, { status });
    }),
  );
  return requests;
}

describe('renewing the session', () => {
  it('renews once for requests refused together, then tries each again', async () => {
    setSession(aSession());
    const first = protectedThing('/api/first');
    const second = protectedThing('/api/second');
    const renewals = tokenEndpoint(200, aTokenPair('new-access', 'new-refresh'));

    const answers = await Promise.all([
      apiRequest('/api/first', thing),
      apiRequest('/api/second', thing),
    ]);

    expect(answers).toEqual([{ id: 1 }, { id: 1 }]);
    expect(renewals).toEqual([{ grant_type: 'refresh_token', refresh_token: 'refresh-token' }]);
    expect(first).toEqual(['Bearer access-token', 'Bearer new-access']);
    expect(second).toEqual(['Bearer access-token', 'Bearer new-access']);
    expect(getSession()).toMatchObject({
      accessToken: 'new-access',
      refreshToken: 'new-refresh',
      username: 'ann@example.com',
    });
    expect(JSON.parse(localStorage.getItem('turgus.session') ?? '{}')).toMatchObject({
      accessToken: 'new-access',
    });
  });

  it('signs out once when the refresh token is refused, failing every waiting request', async () => {
    setSession(aSession());
    protectedThing('/api/first');
    protectedThing('/api/second');
    const renewals = tokenEndpoint(401, anErrorBody(401, 'Unauthorized'));

    const failures = await Promise.all([
      failure(apiRequest('/api/first', thing)),
      failure(apiRequest('/api/second', thing)),
    ]);

    expect(failures.map((error) => error.status)).toEqual([401, 401]);
    expect(renewals).toHaveLength(1);
    expect(getSession()).toBeNull();
  });

  it('tries a request again only once', async () => {
    setSession(aSession());
    const things = answer('get', '/api/things', anErrorBody(401, 'Unauthorized'), 401);
    const renewals = tokenEndpoint(200, aTokenPair('other-access', 'other-refresh'));

    expect((await failure(apiRequest('/api/things', thing))).status).toBe(401);
    expect(things.requests).toHaveLength(2);
    expect(renewals).toHaveLength(1);
    expect(getSession()).toBeNull();
  });

  it('keeps the session when the shop cannot be reached to renew it', async () => {
    setSession(aSession());
    protectedThing('/api/things');
    failNetwork('post', '/api/auth/token');

    expect((await failure(apiRequest('/api/things', thing))).kind).toBe('network');
    expect(getSession()?.refreshToken).toBe('refresh-token');
  });

  it('does not renew for requests made without the token', async () => {
    setSession(aSession());
    answer('post', '/api/auth/login', anErrorBody(401, 'Invalid credentials. Try again'), 401);
    const renewals = tokenEndpoint(200, aTokenPair());

    await failure(apiRequest('/api/auth/login', thing, { method: 'POST', json: {}, auth: false }));
    expect(renewals).toHaveLength(0);
    expect(getSession()).not.toBeNull();
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
