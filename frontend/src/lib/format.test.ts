import { describe, expect, it } from 'vitest';
import { formatPrice, formatWait } from './format';

// Intl puts a no-break space between number and sign in some languages.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatPrice', () => {
  it('writes EUR the way each language does', () => {
    expect(formatPrice(12.5, 'en')).toBe('€12.50');
    expect(plain(formatPrice(12.5, 'lt'))).toBe('12,50 €');
    expect(plain(formatPrice(1234.5, 'ru'))).toBe('1 234,50 €');
  });
});

describe('formatWait', () => {
  it.each([
    [30, 'en', '30 seconds'],
    [300, 'en', '5 minutes'],
    [3600, 'en', '60 minutes'],
    [86_400, 'en', '24 hours'],
    [299.2, 'en', '5 minutes'],
    [300, 'lt', '5 minutės'],
    [300, 'ru', '5 минут'],
  ])('%d s in %s is "%s"', (seconds, language, words) => {
    expect(plain(formatWait(seconds, language))).toBe(words);
  });
});
