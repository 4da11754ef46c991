import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import {
  describeError,
  explainFieldError,
  explainRefusal,
  REFUSAL_REASONS,
} from './describe-error';
import { ApiError, errorBodySchema } from './errors';
import errorsDoc from '../../../../docs/errors.md?raw';

const t = i18n.t.bind(i18n);

function refusal(status: number, body: Record<string, unknown>): ApiError {
  return ApiError.fromBody(status, errorBodySchema.parse({ code: status, ...body }), null);
}

describe('describeError', () => {
  it.each([
    ['LAST_ADMIN', 'Refused: this is the last active admin.'],
    ['CANNOT_CHANGE_OWN_ACCOUNT', 'Refused: you cannot delete, block or deactivate your own'],
    ['BACKUP_INVALID', 'This file is not a backup of this shop'],
    ['BACKUP_TOO_NEW', 'made by a newer version of the shop'],
  ])('explains %s in the reader’s language', (reason, words) => {
    const error = refusal(409, { message: 'Server words', reason });
    expect(describeError(error, t).message).toContain(words);
    expect(error.reason).toBe(reason);
  });

  it('says a reason it does not know yet in general words, never the shop’s English', () => {
    const error = refusal(409, {
      message: 'Only 2 left',
      reason: 'SOME_NEW_REASON',
      details: { n: 2 },
    });
    expect(describeError(error, t).message).toBe('The shop refused this request.');
    expect(error.details).toEqual({ n: 2 });
  });

  it('keeps the message of an answer that is no refusal (no reason)', () => {
    expect(describeError(refusal(413, { message: 'Too large' }), t).message).toBe('Too large');
  });

  it('writes the values of a refusal the reader’s way', async () => {
    const balance = refusal(402, {
      message: 'The balance is too low: …',
      reason: 'INSUFFICIENT_BALANCE',
      details: { needed: 12.5, available: 10 },
    });
    expect(describeError(balance, t).message).toBe(
      'The balance is too low: this order needs €12.50, the balance has €10.00. Top up €2.50 or more to pay it.',
    );
    await i18n.changeLanguage('lt');
    expect(describeError(balance, t).message.replace(/\s/g, ' ')).toBe(
      'Per mažas likutis: šiam užsakymui reikia 12,50 €, likutis – 10,00 €. Papildykite bent 2,50 €, kad galėtumėte apmokėti.',
    );
  });

  it.each([
    [{ productName: 'Sencha', requested: 3, available: 2 }, 'Only 2 of Sencha are left.'],
    [{ productName: 'Sencha', requested: 3, available: 0 }, 'Sencha is no longer available.'],
  ])('tells how much is left of a product: %o', (details, words) => {
    const error = refusal(409, { message: 'x', reason: 'OUT_OF_STOCK', details });
    expect(describeError(error, t).message).toBe(words);
  });

  it('speaks Russian', async () => {
    await i18n.changeLanguage('ru');
    expect(explainRefusal('LAST_ADMIN', 'x', t)).toContain('последний активный администратор');
  });
});

/** The reasons docs/errors.md lists: the SPA must have words for each of them. */
function documentedReasons(): string[] {
  return [...errorsDoc.matchAll(/^\| `([A-Z_]+)` \| \d{3} \|/gm)].map((match) => match[1] ?? '');
}

/** Values of the kind each reason's details carry (docs/errors.md). */
const DETAILS: Record<string, Record<string, unknown>> = {
  PROMO_CODE_MINIMUM_NOT_MET: { code: 'SPRING', minimum: 25 },
  INSUFFICIENT_BALANCE: { needed: 12.5, available: 10 },
  ACCOUNT_BLOCKED: { category: 'SPAM', until: '2026-12-01T10:00:00Z' },
  NOT_FOUND: { resource: 'PRODUCT', id: 7 },
  OUT_OF_STOCK: { productId: 41, productName: 'Rare oolong', requested: 3, available: 2 },
  PROMO_CODE_UNKNOWN: { code: 'SPRING' },
  PROMO_CODE_TAKEN: { code: 'SPRING' },
};

describe('every refusal in every language', () => {
  const SERVER_SENTENCE = 'The shop says this in English';

  it('knows each reason docs/errors.md lists, and no other', () => {
    expect([...REFUSAL_REASONS].sort()).toEqual(documentedReasons().sort());
  });

  it.each(['en', 'lt', 'ru'])(
    'says each reason in %s, never in the shop’s words',
    async (language) => {
      await i18n.changeLanguage(language);
      for (const reason of REFUSAL_REASONS) {
        const error = refusal(400, { message: SERVER_SENTENCE, reason, details: DETAILS[reason] });
        const words = describeError(error, t).message;
        expect(words, reason).not.toContain(SERVER_SENTENCE);
        expect(words, reason).not.toMatch(/refusals\.|{{|}}|undefined|NaN/);
        expect(words.length, reason).toBeGreaterThan(5);
        const field = explainFieldError(
          error,
          { field: 'code', message: SERVER_SENTENCE, rule: 'INVALID' },
          t,
        );
        if (reason !== 'INVALID_INPUT') expect(field, reason).toBe(words);
      }
    },
  );

  it.each(['lt', 'ru'])('has words of its own in %s for each reason', async (language) => {
    const english = new Map(
      REFUSAL_REASONS.map((reason) => [
        reason,
        explainRefusal(reason, SERVER_SENTENCE, t, DETAILS[reason]),
      ]),
    );
    await i18n.changeLanguage(language);
    for (const reason of REFUSAL_REASONS) {
      expect(explainRefusal(reason, SERVER_SENTENCE, t, DETAILS[reason]), reason).not.toBe(
        english.get(reason),
      );
    }
  });
});
