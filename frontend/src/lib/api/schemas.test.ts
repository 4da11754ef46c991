import { describe, expect, it } from 'vitest';
import { aPage, aProduct, aUser } from '@/testing/fixtures';
import { errorBodySchema } from './errors';
import { pageSchema, productSchema, userSchema } from './schemas';

describe('productSchema', () => {
  it('accepts a product as the API sends it', () => {
    const product = aProduct({ salePrice: 9.99, imageUrl: '/images/1.png' });
    expect(productSchema.parse(product)).toEqual(product);
  });

  it('accepts a missing description as empty', () => {
    expect(productSchema.parse({ ...aProduct(), description: null }).description).toBe('');
  });

  it.each([
    ['a price as text', { price: '12.50' }],
    ['a price with 3 decimals', { price: 12.345 }],
    ['a negative stock', { stock: -1 }],
    ['a fractional stock', { stock: 1.5 }],
    ['a missing name', { name: undefined }],
    ['a time without offset', { createdAt: '2026-11-01 10:00' }],
    ['an empty image address', { imageUrl: '' }],
    ['a missing sale price', { salePrice: undefined }],
  ])('rejects %s', (_, change) => {
    expect(productSchema.safeParse({ ...aProduct(), ...change }).success).toBe(false);
  });
});

describe('pageSchema', () => {
  const products = pageSchema(productSchema);

  it('accepts a page of products', () => {
    expect(products.safeParse(aPage([aProduct()])).success).toBe(true);
  });

  it('rejects a page without its totals', () => {
    const { totalPages: _ignored, ...incomplete } = aPage([aProduct()]);
    expect(products.safeParse(incomplete).success).toBe(false);
  });

  it('rejects a page holding something other than products', () => {
    expect(products.safeParse(aPage([{ id: 1 }])).success).toBe(false);
  });
});

describe('errorBodySchema', () => {
  it('accepts every documented field', () => {
    const body = {
      code: 429,
      message: 'Locked',
      errors: [
        {
          field: 'tiers[0].percent',
          message: 'must be between 1 and 100',
          rule: 'OUT_OF_RANGE',
          params: { min: 1, max: 100 },
        },
      ],
      retryAfterSeconds: 300,
      errorId: 'e-1',
    };
    expect(errorBodySchema.parse(body)).toEqual(body);
  });

  it('reads a field rule it does not know yet, but not a field error without a rule', () => {
    const error = { field: 'name', message: 'x' };
    const body = { code: 400, message: 'Invalid', errors: [{ ...error, rule: 'SOME_NEW_RULE' }] };
    expect(errorBodySchema.parse(body)).toEqual(body);
    expect(errorBodySchema.safeParse({ ...body, errors: [error] }).success).toBe(false);
  });

  it('rejects a body without a message', () => {
    expect(errorBodySchema.safeParse({ code: 500 }).success).toBe(false);
  });
});

describe('userSchema', () => {
  const loyalty = {
    loyal: true,
    tier: 'LOYAL',
    discountPercent: 5,
    completedOrders: 4,
    totalSpent: 612.4,
  };

  it.each([
    ['without loyalty', aUser()],
    ['with no loyalty', { ...aUser(), loyalty: null }],
    ['with its loyalty', aUser({ loyalty })],
  ])('accepts an account %s', (_, user) => {
    expect(userSchema.safeParse(user).success).toBe(true);
  });

  it.each([
    ['a missing email', { email: undefined }],
    ['an empty picture address', { pictureUrl: '' }],
    ['loyalty without its status', { loyalty: { discountPercent: 5 } }],
  ])('rejects %s', (_, change) => {
    expect(userSchema.safeParse({ ...aUser(), ...change }).success).toBe(false);
  });
});
