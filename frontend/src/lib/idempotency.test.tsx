import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { isUnsettled, newIdempotencyKey, useIdempotentAttempts } from './idempotency';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('makes a random version-4 UUID', () => {
    expect(newIdempotencyKey()).toMatch(UUID);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });

  it('makes one without crypto.randomUUID too', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newIdempotencyKey()).toMatch(UUID);
    } finally {
      Reflect.deleteProperty(crypto, 'randomUUID');
    }
  });
});

describe('useIdempotentAttempts', () => {
  const http = (status: number) => ApiError.fromBody(status, { code: status, message: 'No' }, null);

  it('keeps the key while the last attempt is unsettled, and the content the same', () => {
    const { result } = renderHook(() => useIdempotentAttempts());
    const attempts = result.current;

    const first = attempts.keyFor('10');
    attempts.settle(ApiError.network(new TypeError('offline')));
    expect(attempts.keyFor('10')).toBe(first);
    attempts.settle(http(503));
    expect(attempts.keyFor('10')).toBe(first);

    expect(attempts.keyFor('20')).not.toBe(first);
  });

  it('makes a new key once the shop answered', () => {
    const { result } = renderHook(() => useIdempotentAttempts());
    const attempts = result.current;

    const first = attempts.keyFor('10');
    attempts.settle(http(400));
    const second = attempts.keyFor('10');
    expect(second).not.toBe(first);
    attempts.settle();
    expect(attempts.keyFor('10')).not.toBe(second);
  });

  it('counts only network failures and server faults as unsettled', () => {
    expect(isUnsettled(http(500))).toBe(true);
    expect(isUnsettled(http(402))).toBe(false);
    expect(isUnsettled(new Error('odd'))).toBe(true);
  });
});
