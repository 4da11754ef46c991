import { useMemo, useRef } from 'react';
import { isApiError } from '@/lib/api/errors';

/** A random version-4 UUID, also where `crypto.randomUUID` is missing (plain-HTTP pages). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether the shop may not have seen, or not finished, the request: trying again is safe. */
export function isUnsettled(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500);
}

export interface IdempotentAttempts {
  /** The key of an attempt with this content: the last one's again while it is unsettled. */
  keyFor: (content: string) => string;
  /** The shop answered: success, or an error that sending again would not change. */
  settle: (error?: unknown) => void;
}

/**
 * Keys for a submission that may be sent again: a retry of the same content after a network
 * failure or a server fault carries the same key, so the shop does the work once.
 */
export function useIdempotentAttempts(): IdempotentAttempts {
  const last = useRef<{ content: string; key: string } | null>(null);
  return useMemo(
    () => ({
      keyFor: (content) => {
        if (last.current?.content !== content) {
          last.current = { content, key: newIdempotencyKey() };
        }
        return last.current.key;
      },
      settle: (error) => {
        if (error === undefined || !isUnsettled(error)) last.current = null;
      },
    }),
    [],
  );
}
