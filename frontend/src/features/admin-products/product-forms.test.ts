import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { editProductSchema, newProductSchema, toLocalDateTimeInput } from './product-forms';
import { adminProductSchema } from '@/lib/api/schemas';
import { anAdminProduct } from '@/testing/fixtures';

const t = i18n.t;
const valid = { name: 'Spoon', description: '', price: '4.20', stock: '3' };

function firstError(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues[0]?.message;
}

describe('the new product schema', () => {
  it('turns the typed text into the numbers the API expects', () => {
    expect(newProductSchema(t).parse({ ...valid, name: '  Spoon ', price: '4,2' })).toEqual({
      name: 'Spoon',
      description: '',
      price: 4.2,
      stock: 3,
    });
  });

  it.each([
    ['an empty name', { name: '   ' }, 'Enter a name.'],
    ['a name of 201 characters', { name: 'x'.repeat(201) }, 'Use at most 200 characters.'],
    [
      'a description of 2001 characters',
      { description: 'x'.repeat(2001) },
      'Use at most 2000 characters.',
    ],
    ['a price with 3 decimals', { price: '12.345' }, 'Use at most 2 decimals.'],
    ['a price that is no number', { price: 'cheap' }, 'Enter a price such as 12.50.'],
    ['a price of 0', { price: '0' }, 'Enter a price above 0 and up to 1,000,000.'],
    [
      'a price above 1,000,000',
      { price: '1000000.01' },
      'Enter a price above 0 and up to 1,000,000.',
    ],
    ['a negative stock', { stock: '-1' }, 'Enter a whole number, 0 or more.'],
    ['a fractional stock', { stock: '1.5' }, 'Enter a whole number, 0 or more.'],
    ['a stock above 1,000,000', { stock: '1000001' }, 'Enter a number up to 1,000,000.'],
  ])('refuses %s', (_, change, message) => {
    expect(firstError(newProductSchema(t).safeParse({ ...valid, ...change }))).toBe(message);
  });

  it('accepts the limits themselves', () => {
    const edge = { ...valid, name: 'x'.repeat(200), price: '1000000', stock: '1000000' };
    expect(newProductSchema(t).safeParse(edge).success).toBe(true);
  });
});

describe('the edit product schema', () => {
  const base = { name: 'Spoon', description: '', price: '4', salePercent: '', saleEndsAt: '' };

  it('turns empty sale fields into "no sale"', () => {
    expect(editProductSchema(t).parse(base)).toMatchObject({ salePercent: null, saleEndsAt: null });
  });

  it('sends the sale end as an ISO-8601 instant', () => {
    const parsed = editProductSchema(t).parse({ ...base, saleEndsAt: '2026-12-24T18:00' });
    expect(parsed.saleEndsAt).toBe(new Date('2026-12-24T18:00').toISOString());
  });

  it.each(['91', '-1', '10.5', 'ten'])('refuses a sale of %s percent', (salePercent) => {
    expect(editProductSchema(t).safeParse({ ...base, salePercent }).success).toBe(false);
  });
});

describe('toLocalDateTimeInput', () => {
  it('shows an instant in local time, and nothing for no instant', () => {
    const instant = new Date(2026, 11, 24, 18, 0).toISOString();
    expect(toLocalDateTimeInput(instant)).toBe('2026-12-24T18:00');
    expect(toLocalDateTimeInput(null)).toBe('');
    expect(toLocalDateTimeInput('not a date')).toBe('');
  });
});

describe('adminProductSchema', () => {
  it('requires to know whether the product is on sale', () => {
    const { active: _ignored, ...withoutActive } = anAdminProduct();
    expect(adminProductSchema.safeParse(withoutActive).success).toBe(false);
    expect(adminProductSchema.safeParse(anAdminProduct({ active: false })).success).toBe(true);
  });
});
