import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPrice } from './format';

// Intl puts a no-break space between number and sign in some languages.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatPrice', () => {
  it('writes EUR the way each language does', () => {
    expect(formatPrice(12.5, 'en')).toBe('€12.50');
    expect(plain(formatPrice(12.5, 'lt'))).toBe('12,50 €');
    expect(plain(formatPrice(1234.5, 'ru'))).toBe('1 234,50 €');
  });
});

describe('formatDateTime', () => {
  it('writes a moment the way each language does', () => {
    const iso = '2026-11-21T10:15:30Z';
    expect(formatDateTime(iso, 'en')).toMatch(/2026/);
    expect(formatDateTime(iso, 'lt')).not.toBe(formatDateTime(iso, 'en'));
  });

  it('leaves text that is no moment as it is', () => {
    expect(formatDateTime('soon', 'en')).toBe('soon');
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});
