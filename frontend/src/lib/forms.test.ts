import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api/errors';
import { applyServerFieldErrors, fieldName } from './forms';

describe('applyServerFieldErrors', () => {
  const error = new ApiError({
    kind: 'http',
    status: 400,
    message: 'Invalid',
    fieldErrors: [
      { field: 'body.price', message: 'Too many decimals' },
      { field: 'colour', message: 'Unknown' },
      { field: 'image', message: 'Not a picture' },
    ],
  });

  it('puts each error on its field and returns the rest', () => {
    const setError = vi.fn();
    const rest = applyServerFieldErrors(error, ['price', 'picture'], setError, {
      image: 'picture',
    });
    expect(setError).toHaveBeenCalledWith(
      'price',
      { type: 'server', message: 'Too many decimals' },
      { shouldFocus: true },
    );
    expect(setError).toHaveBeenCalledWith(
      'picture',
      { type: 'server', message: 'Not a picture' },
      { shouldFocus: false },
    );
    expect(rest).toEqual([{ field: 'colour', message: 'Unknown' }]);
  });

  it('ignores failures that are not from the API', () => {
    const setError = vi.fn();
    expect(applyServerFieldErrors(new Error('x'), ['price'], setError)).toEqual([]);
    expect(setError).not.toHaveBeenCalled();
  });

  it('names a field by the last part of its path', () => {
    expect(fieldName('command.items[0].quantity')).toBe('quantity');
  });
});
