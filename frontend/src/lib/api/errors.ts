import type { ErrorBody } from './schemas';

export { errorBodySchema, type ErrorBody } from './schemas';
/** One field and the rule it broke (docs/errors.md, "Field rules"), with that rule's values. */
export interface FieldError {
  field: string;
  /** The shop's English words: never shown, the SPA words `rule` and `params` itself. */
  message: string;
  rule: string;
  params?: Record<string, unknown> | null;
}

/**
 * - `http`: the shop answered with an error status;
 * - `network`: the shop could not be reached;
 * - `invalid-response`: the shop answered with something the app cannot read.
 */
export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number | null;
  message: string;
  fieldErrors?: FieldError[];
  retryAfterSeconds?: number;
  errorId?: string;
  reason?: string;
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly fieldErrors: FieldError[];
  readonly retryAfterSeconds: number | undefined;
  readonly errorId: string | undefined;
  /** A refusal's stable code (docs/errors.md), e.g. `LAST_ADMIN`. */
  readonly reason: string | undefined;
  readonly details: Record<string, unknown>;

  constructor(init: ApiErrorInit) {
    super(init.message, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.errorId = init.errorId;
    this.reason = init.reason;
    this.details = init.details ?? {};
  }

  static fromBody(status: number, body: ErrorBody, retryAfterHeader: string | null): ApiError {
    return new ApiError({
      kind: 'http',
      status,
      message: body.message,
      fieldErrors: body.errors ?? [],
      retryAfterSeconds: body.retryAfterSeconds ?? parseRetryAfter(retryAfterHeader),
      errorId: body.errorId ?? undefined,
      // Field errors without a reason come from an older shop: they are still invalid input.
      reason: body.reason ?? (body.errors?.length ? 'INVALID_INPUT' : undefined),
      details: body.details ?? undefined,
    });
  }

  static network(cause: unknown): ApiError {
    return new ApiError({ kind: 'network', status: null, message: 'Network failure', cause });
  }

  static invalidResponse(status: number, cause?: unknown): ApiError {
    return new ApiError({
      kind: 'invalid-response',
      status,
      message: 'Unreadable response',
      cause,
    });
  }
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function hasStatus(error: unknown, status: number): error is ApiError {
  return isApiError(error) && error.kind === 'http' && error.status === status;
}
