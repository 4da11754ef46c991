import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api/errors';
import { applyServerFieldErrors, fieldName, showFormRefusal } from './forms';

describe('applyServerFieldErrors', () => {
  const error = new ApiError({
    kind: 'http',
    status: 400,
    message: 'Invalid',
    fieldErrors: [
      {
        field: 'body.price',
        message: 'must have at most 2 decimals',
        rule: 'TOO_MANY_DECIMALS',
        params: { max: 2 },
      },
      { field: 'colour', message: 'is not valid', rule: 'INVALID' },
      { field: 'image', message: 'is not valid', rule: 'INVALID' },
    ],
  });

  it('puts each error on its field and returns the rest', () => {
    const setError = vi.fn();
    const rest = applyServerFieldErrors(error, ['price', 'picture'], setError, {
      image: 'picture',
    });
    expect(setError).toHaveBeenCalledWith(
      'price',
      { type: 'server', message: 'must have at most 2 decimals' },
      { shouldFocus: true },
    );
    expect(setError).toHaveBeenCalledWith(
      'picture',
      { type: 'server', message: 'is not valid' },
      { shouldFocus: false },
    );
    expect(rest).toEqual([{ field: 'colour', message: 'is not valid', rule: 'INVALID' }]);
  });

  it('puts several errors about one field together', () => {
    const setError = vi.fn();
    const rules = new ApiError({
      kind: 'http',
      status: 400,
      message: 'Invalid',
      fieldErrors: [
        {
          field: 'password',
          message: 'must be at least 8 characters',
          rule: 'PASSWORD_RULE',
          params: { id: 'min-length', min: 8 },
        },
        {
          field: 'password',
          message: 'must contain at least one upper-case letter (A-Z)',
          rule: 'PASSWORD_RULE',
          params: { id: 'upper-case' },
        },
      ],
    });
    applyServerFieldErrors(rules, ['password'], setError);
    expect(setError).toHaveBeenCalledTimes(1);
    expect(setError).toHaveBeenCalledWith(
      'password',
      {
        type: 'server',
        message: 'must be at least 8 characters; must contain at least one upper-case letter (A–Z)',
      },
      { shouldFocus: true },
    );
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

describe('showFormRefusal', () => {
  it('puts a bare message beside the field it names', () => {
    const setError = vi.fn();
    const taken = new ApiError({ kind: 'http', status: 409, message: 'Phone taken' });
    const rest = showFormRefusal(taken, ['email', 'phone'], setError, {
      fieldOfMessage: (message) => (message.startsWith('Phone') ? 'phone' : undefined),
    });
    expect(rest).toEqual([]);
    expect(setError).toHaveBeenCalledWith(
      'phone',
      { type: 'server', message: 'Phone taken' },
      { shouldFocus: true },
    );
  });

  it('leaves a message about no field, and field errors about other fields, to the form', () => {
    const setError = vi.fn();
    expect(
      showFormRefusal(new ApiError({ kind: 'http', status: 400, message: 'No' }), [], setError),
    ).toEqual(['No']);
    const invalid = new ApiError({
      kind: 'http',
      status: 400,
      message: 'Invalid',
      fieldErrors: [
        {
          field: 'price',
          message: 'must have at most 2 decimals',
          rule: 'TOO_MANY_DECIMALS',
          params: { max: 2 },
        },
        { field: 'colour', message: 'is not valid', rule: 'INVALID' },
      ],
    });
    // The form-level line never shows the shop's field name.
    expect(showFormRefusal(invalid, ['price'], setError)).toEqual([
      'A value in the form is not valid.',
    ]);
    expect(setError).toHaveBeenCalledWith(
      'price',
      { type: 'server', message: 'must have at most 2 decimals' },
      { shouldFocus: true },
    );
  });
});
