import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadLanguage } from '@/lib/i18n';
import {
  describeError,
  explainFieldError,
  explainFieldRule,
  explainRefusal,
  explainUnplacedFieldError,
  PASSWORD_RULE_ID_NAMES,
  REFUSAL_REASONS,
} from './describe-error';
import { ApiError, errorBodySchema, type FieldError } from './errors';
import { FIELD_RULES } from './schemas';
import errorsDoc from '../../../../docs/errors.md?raw';

// The other languages load when first asked for; these tests switch to them directly.
beforeAll(async () => {
  await Promise.all([loadLanguage('lt'), loadLanguage('ru')]);
});

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

/** Values of the kind each rule's params carry (docs/errors.md, "Field rules"). */
const PARAMS: Record<string, Record<string, unknown>> = {
  NOT_AN_OBJECT: { shape: '{productId, quantity}' },
  REQUIRED_WITH: { other: 'saleEndsAt' },
  REQUIRED_UNLESS: { other: 'amount' },
  NOT_WITH: { other: 'percent' },
  TOO_LONG: { max: 200 },
  TOO_SMALL: { min: 1 },
  TOO_LARGE: { max: 1000000 },
  OUT_OF_RANGE: { min: 1, max: 100 },
  TOO_MANY_DECIMALS: { max: 2 },
  NOT_ONE_OF: { allowed: 'name, price, -price, newest' },
  NOT_AFTER: { other: 'validFrom' },
  TOO_MANY: { max: 100 },
  REPEATED: { value: 'ADMIN' },
  NOT_DIGITS: { length: 6 },
  INVALID_CODE_FORMAT: { min: 3, max: 32 },
  CART_FULL: { max: 100 },
  TOO_MANY_OF_PRODUCT: { max: 1000 },
  STOCK_ABOVE_MAX: { max: 1000000 },
  BALANCE_ABOVE_MAX: { max: 1000000 },
  BALANCE_BELOW_ZERO: { balance: 10 },
  TIER_NOT_ABOVE: { tier: 'Gold', below: 'Silver' },
  TIER_DISCOUNT_NOT_LARGER: { tier: 'Gold', below: 'Loyal' },
  CODE_WRONG: { attemptsLeft: 4 },
};

const PASSWORD_PARAMS: Record<string, Record<string, unknown>> = {
  'min-length': { min: 8 },
  'max-length': { max: 128 },
  'special-character': { characters: '$%&!:' },
};

/** Every rule, and the password rule once for each id, as the shop may send them. */
function everyFieldError(message: string): FieldError[] {
  return [
    ...FIELD_RULES.filter((rule) => rule !== 'PASSWORD_RULE').map((rule) => ({
      field: 'name',
      message,
      rule,
      params: PARAMS[rule] ?? null,
    })),
    ...PASSWORD_RULE_ID_NAMES.map((id) => ({
      field: 'password',
      message,
      rule: 'PASSWORD_RULE',
      params: { id, ...PASSWORD_PARAMS[id] },
    })),
  ];
}

const label = (fieldError: FieldError) =>
  `${fieldError.rule} ${JSON.stringify(fieldError.params ?? {})}`;

describe('every field rule in every language', () => {
  const SERVER_WORDS = 'the shop says this in English';

  it('knows each rule docs/errors.md lists', () => {
    const documented = [...errorsDoc.matchAll(/^\| (`[A-Z_]+`(?:, `[A-Z_]+`)*) \|/gm)]
      .flatMap((match) => (match[1] ?? '').split(', '))
      .map((code) => code.replaceAll('`', ''));
    for (const rule of FIELD_RULES) expect(documented, rule).toContain(rule);
  });

  it.each(['en', 'lt', 'ru'])(
    'says each rule of the API in %s, never in the shop’s words',
    async (language) => {
      await i18n.changeLanguage(language);
      for (const fieldError of everyFieldError(SERVER_WORDS)) {
        const words = explainFieldRule(fieldError, t);
        expect(words, label(fieldError)).not.toContain(SERVER_WORDS);
        expect(words, label(fieldError)).not.toMatch(/fieldRules\.|{{|}}|undefined|NaN|\[object/);
        expect(words.length, label(fieldError)).toBeGreaterThan(3);
        for (const reason of ['INVALID_INPUT', undefined]) {
          const error = refusal(400, {
            message: SERVER_WORDS,
            reason,
            errors: [{ ...fieldError, params: fieldError.params ?? undefined }],
          });
          expect(describeError(error, t).message).not.toContain(SERVER_WORDS);
          expect(explainFieldError(error, fieldError, t)).toBe(words);
          expect(explainUnplacedFieldError(error, fieldError, t)).not.toContain(SERVER_WORDS);
        }
      }
    },
  );

  it.each(['lt', 'ru'])('has words of its own in %s for each rule', async (language) => {
    const errors = everyFieldError(SERVER_WORDS);
    const english = errors.map((fieldError) => explainFieldRule(fieldError, t));
    await i18n.changeLanguage(language);
    errors.forEach((fieldError, index) => {
      expect(explainFieldRule(fieldError, t), label(fieldError)).not.toBe(english[index]);
    });
  });

  it('says a rule it does not know yet in general words', () => {
    const unknown = { field: 'name', message: SERVER_WORDS, rule: 'SOME_NEW_RULE' };
    expect(explainFieldRule(unknown, t)).toBe('is not valid');
  });

  it('writes the values of a rule the reader’s way', async () => {
    const low = { field: 'amount', message: SERVER_WORDS, rule: 'BALANCE_BELOW_ZERO' };
    const error = { ...low, params: { balance: 4 } };
    expect(explainFieldRule(error, t)).toBe(
      'must not take the balance below zero (the balance is €4.00)',
    );
    await i18n.changeLanguage('lt');
    expect(explainFieldRule(error, t).replace(/\s/g, ' ')).toBe(
      'likutis negali tapti neigiamas (likutis – 4,00 €)',
    );
  });

  it('says a link that no longer works as a sentence of its own, not after the field’s name', () => {
    const link = { field: 'token', message: SERVER_WORDS, rule: 'RESET_LINK_INVALID' };
    const error = refusal(400, { message: SERVER_WORDS, reason: 'INVALID_INPUT', errors: [link] });
    expect(describeError(error, t).message).toBe(
      'This reset link is invalid, used or expired. Please ask for a new one.',
    );
    expect(explainUnplacedFieldError(error, link, t)).not.toMatch(/^token:/);
    const long = { field: 'fullName', message: SERVER_WORDS, rule: 'TOO_LONG', params: { max: 5 } };
    expect(explainUnplacedFieldError(error, long, t)).toBe(
      'The full name must be at most 5 characters.',
    );
  });

  it.each([
    ['en', 'body.email', 'The email address must be a valid email address.'],
    ['lt', 'email', 'El. pašto adresas: turi būti tinkamas el. pašto adresas.'],
    ['ru', 'token', 'Ссылка: указано неверно.'],
    ['en', 'colour', 'A value in the form must be a valid email address.'],
    ['ru', 'colour', 'Одно из значений формы: указано неверно.'],
  ])(
    'words a field error above the form in %s without the shop’s field name (%s)',
    async (language, field, expected) => {
      const rule = field === 'token' || language === 'ru' ? 'INVALID' : 'INVALID_EMAIL';
      const fieldError = { field, message: SERVER_WORDS, rule };
      const error = refusal(400, {
        message: SERVER_WORDS,
        reason: 'INVALID_INPUT',
        errors: [fieldError],
      });
      await i18n.changeLanguage(language);
      const words = explainUnplacedFieldError(error, fieldError, t);
      expect(words).toBe(expected);
      expect(words).not.toContain(field);
    },
  );

  it('names the built-in first level in the reader’s language', async () => {
    const tiers = {
      field: 'tiers',
      message: SERVER_WORDS,
      rule: 'TIER_DISCOUNT_NOT_LARGER',
      params: { tier: 'Gold', below: 'Loyal' },
    };
    await i18n.changeLanguage('lt');
    expect(explainFieldRule(tiers, t)).toBe('Gold turi suteikti didesnę nuolaidą nei Lojalus');
  });
});
