import type { z } from 'zod';
import { clearSession, getSession, setSession, type Session } from '@/lib/auth/session';
import { renewedSession, tokenPairSchema } from '@/lib/auth/token-pair';
import { ApiError, errorBodySchema, isApiError } from './errors';
import type { RefreshRequest } from './schemas';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: Method;
  query?: QueryParams;
  /** Sent as a JSON body. */
  json?: unknown;
  /** Sent as a multipart body. */
  form?: FormData;
  /** Send the bearer token (default). Sign-in requests turn it off. */
  auth?: boolean;
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query: QueryParams = {}): string {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      url.searchParams.set(key, String(value));
    }
  }
  return url.pathname + url.search;
}

async function send(path: string, options: RequestOptions, retried = false): Promise<Response> {
  const { method = 'GET', query, json, form, auth = true, signal } = options;
  const headers = new Headers({ Accept: 'application/json', ...options.headers });
  if (json !== undefined) headers.set('Content-Type', 'application/json');
  const session = auth ? getSession() : null;
  if (session) headers.set('Authorization', `Bearer ${session.accessToken}`);

  let response: Response;
  try {
    response = await fetch(new URL(buildUrl(path, query), window.location.origin), {
      method,
      headers,
      body: json !== undefined ? JSON.stringify(json) : form,
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw ApiError.network(cause);
  }

  if (!response.ok) {
    if (response.status === 401 && session) {
      // The access token may just have expired: renew the session once, then try again.
      if (!retried && (await renewSession(session)) !== null) return send(path, options, true);
      clearSession();
    }
    throw await readError(response);
  }
  return response;
}

let renewal: Promise<Session | null> | null = null;

/**
 * A session that works again after `stale` was refused, or null when the shop signed it out.
 * Requests refused together share one renewal: a refresh token works only once.
 */
function renewSession(stale: Session): Promise<Session | null> {
  const current = getSession();
  if (current === null) return Promise.resolve(null);
  // Renewed since this request was sent (here or in another tab): just try again.
  if (current.accessToken !== stale.accessToken) return Promise.resolve(current);
  renewal ??= requestRenewal(current).finally(() => {
    renewal = null;
  });
  return renewal;
}

async function requestRenewal(session: Session): Promise<Session | null> {
  try {
    const response = await send('/api/auth/token', {
      method: 'POST',
      json: {
        grant_type: 'refresh_token',
        refresh_token: session.refreshToken,
      } satisfies RefreshRequest,
      auth: false,
    });
    const tokens = await readBody(response, tokenPairSchema);
    // Signed out or in as someone else meanwhile: leave that be.
    if (getSession()?.refreshToken !== session.refreshToken) return getSession();
    const renewed = renewedSession(session, tokens, Date.now());
    setSession(renewed);
    return renewed;
  } catch (error) {
    // The shop could not be asked: keep the session, and report why the request failed.
    if (isApiError(error) && (error.kind === 'network' || (error.status ?? 0) >= 500)) throw error;
    // Another tab renewed first with the same refresh token.
    const latest = getSession();
    if (latest !== null && latest.refreshToken !== session.refreshToken) return latest;
    clearSession();
    return null;
  }
}

async function readError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return ApiError.invalidResponse(response.status, parsed.error);
  return ApiError.fromBody(response.status, parsed.data, response.headers.get('Retry-After'));
}

/** Calls the shop and checks the answer against `schema`. */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  return readBody(await send(path, options), schema);
}

async function readBody<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw ApiError.invalidResponse(response.status, cause);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw ApiError.invalidResponse(response.status, parsed.error);
  return parsed.data;
}

/** Fetches a file the shop serves only with the bearer token (e.g. a backup), as a blob. */
export async function apiDownload(path: string, accept: string): Promise<Blob> {
  const response = await send(path, { headers: { Accept: `${accept}, application/json` } });
  try {
    return await response.blob();
  } catch (cause) {
    throw ApiError.network(cause);
  }
}

/** Calls the shop where the answer has no body worth reading (204). */
export async function apiSend(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}
