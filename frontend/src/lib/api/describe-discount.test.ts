import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadLanguage } from '@/lib/i18n';
import { describeDiscount } from './describe-discount';
import type { Discount } from './schemas';

// The other languages load when first asked for; these tests switch to them directly.
beforeAll(async () => {
  await Promise.all([loadLanguage('lt'), loadLanguage('ru')]);
});

const t = i18n.t.bind(i18n);
const SERVER_LABEL = 'Label in the shop’s English';

function discount(overrides: Partial<Discount>): Discount {
  return { label: SERVER_LABEL, amount: 1, ...overrides };
}

describe('describeDiscount', () => {
  it.each<[string, Partial<Discount>, string]>([
    ['en', { kind: 'SALE', name: 'Sencha', percent: 20 }, 'Sale: Sencha −20%'],
    ['en', { kind: 'LOYALTY', name: 'Loyal', percent: 7 }, 'Loyalty discount (Loyal) 7%'],
    ['en', { kind: 'LOYALTY', name: 'Gold', percent: 10 }, 'Loyalty discount (Gold) 10%'],
    ['en', { kind: 'PROMO_CODE', name: 'SPRING10', percent: 10 }, 'Promo code SPRING10 (10%)'],
    ['en', { kind: 'PROMO_CODE', name: 'FIVE', percent: null }, 'Promo code FIVE'],
    ['lt', { kind: 'LOYALTY', name: 'Loyal', percent: 7 }, 'Lojalumo nuolaida (Lojalus) 7 %'],
    [
      'lt',
      { kind: 'PROMO_CODE', name: 'SPRING10', percent: 10 },
      'Nuolaidos kodas SPRING10 (10 %)',
    ],
    ['ru', { kind: 'SALE', name: 'Sencha', percent: 20 }, 'Распродажа: Sencha −20%'],
    [
      'ru',
      { kind: 'LOYALTY', name: 'Loyal', percent: 7 },
      'Скидка постоянного покупателя (Постоянный) 7%',
    ],
  ])('says a discount in %s from its kind, name and percent: %o', async (language, line, words) => {
    await i18n.changeLanguage(language);
    expect(describeDiscount(discount(line), t)).toBe(words);
  });

  it('keeps the label of an order paid before discounts were named', async () => {
    await i18n.changeLanguage('lt');
    expect(describeDiscount(discount({ kind: 'PROMO_CODE', name: null, percent: 10 }), t)).toBe(
      SERVER_LABEL,
    );
    expect(describeDiscount(discount({}), t)).toBe(SERVER_LABEL);
  });
});
