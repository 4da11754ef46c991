import type { z } from 'zod';
import { clearSession, getSession } from '@/lib/auth/session';
import { ApiError, errorBodySchema } from './errors';

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

async function send(path: string, options: RequestOptions): Promise<Response> {
  const { method = 'GET', query, json, form, auth = true, signal } = options;
  const headers = new Headers({ Accept: 'application/json' });
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
    if (response.status === 401 && session) clearSession();
    throw await readError(response);
  }
  return response;
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
  const response = await send(path, options);
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

/** Calls the shop where the answer has no body worth reading (204). */
export async function apiSend(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}
