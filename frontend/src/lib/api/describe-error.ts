import type { TFunction } from 'i18next';
import { i18n } from '@/lib/i18n';
import { formatDateTime, formatPrice } from '@/lib/format';
import { isApiError, type ApiError, type FieldError } from './errors';
import { FIELD_RULES } from './schemas';

export interface ErrorDescription {
  message: string;
  errorId?: string;
}

/**
 * Every refusal reason of docs/errors.md: the SPA says each in its own words, in the reader's
 * language, from `reason` and `details`, never from the shop's English `message`.
 */
export const REFUSAL_REASONS = [
  'INVALID_INPUT',
  'CART_EMPTY',
  'PROMO_CODE_UNKNOWN',
  'PROMO_CODE_NOT_YET_VALID',
  'PROMO_CODE_EXPIRED',
  'PROMO_CODE_USED_UP',
  'PROMO_CODE_MINIMUM_NOT_MET',
  'UNSUPPORTED_IMAGE',
  'BACKUP_INVALID',
  'INVALID_CREDENTIALS',
  'INVALID_REFRESH_TOKEN',
  'INSUFFICIENT_BALANCE',
  'ACCOUNT_BLOCKED',
  'ACCOUNT_DEACTIVATED',
  'NOT_FOUND',
  'NOT_IN_CART',
  'OUT_OF_STOCK',
  'ALREADY_REFUNDED',
  'EMAIL_TAKEN',
  'PHONE_TAKEN',
  'PREVIOUS_EMAIL_TAKEN',
  'PROMO_CODE_TAKEN',
  'BACKUP_TOO_NEW',
  'CONFLICT',
  'CANNOT_CHANGE_OWN_ACCOUNT',
  'LAST_ADMIN',
  'IDEMPOTENCY_KEY_REUSED',
  'LOCKED_OUT',
  'SERVER_BUSY',
  'SERVICE_UNAVAILABLE',
  'STORAGE_FULL',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

const NOT_FOUND_RESOURCES = [
  'PRODUCT',
  'ORDER',
  'USER',
  'ACCOUNT',
  'SESSION',
  'PICTURE',
  'PROMO_CODE',
  'TEST_MAIL',
  'BACKUP',
] as const;

function isKnown<T extends string>(known: readonly T[], value: unknown): value is T {
  return known.some((item) => item === value);
}

export function isRefusalReason(reason: unknown): reason is RefusalReason {
  return isKnown(REFUSAL_REASONS, reason);
}

type Details = Record<string, unknown>;

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
const amount = (value: unknown) => (typeof value === 'number' ? value : Number(value));

/** One reason's sentence, its values (money, moments) written the reader's way. */
function refusalSentence(reason: RefusalReason, details: Details, t: TFunction): string {
  const language = i18n.language;
  const money = (value: unknown) => formatPrice(amount(value), language);
  switch (reason) {
    case 'INSUFFICIENT_BALANCE': {
      const needed = amount(details.needed);
      const available = amount(details.available);
      const missing = Math.round((needed - available) * 100) / 100;
      return t('refusals.INSUFFICIENT_BALANCE', {
        needed: money(needed),
        available: money(available),
        missing: money(missing),
      });
    }
    case 'PROMO_CODE_MINIMUM_NOT_MET':
      return t(`refusals.${reason}`, { code: text(details.code), minimum: money(details.minimum) });
    case 'ACCOUNT_BLOCKED':
      return typeof details.until === 'string'
        ? t('refusals.ACCOUNT_BLOCKED_UNTIL', { until: formatDateTime(details.until, language) })
        : t('refusals.ACCOUNT_BLOCKED');
    case 'NOT_FOUND':
      return isKnown(NOT_FOUND_RESOURCES, details.resource)
        ? t(`refusals.notFound.${details.resource}`)
        : t('refusals.NOT_FOUND');
    case 'OUT_OF_STOCK':
      return amount(details.available) > 0
        ? t('refusals.OUT_OF_STOCK', {
            available: text(details.available),
            productName: text(details.productName),
          })
        : t('refusals.OUT_OF_STOCK_GONE', { productName: text(details.productName) });
    case 'PROMO_CODE_UNKNOWN':
    case 'PROMO_CODE_NOT_YET_VALID':
    case 'PROMO_CODE_EXPIRED':
    case 'PROMO_CODE_USED_UP':
    case 'PROMO_CODE_TAKEN':
      return t(`refusals.${reason}`, { code: text(details.code) });
    default:
      return t(`refusals.${reason}`);
  }
}

/**
 * A refusal in plain words, in the reader's language, from its `reason` and `details`. A reason
 * this SPA does not know yet (the shop may add some) gets a general sentence, never the shop's
 * English; an answer without a reason (no refusal: a framework's 4xx) keeps its message.
 */
export function explainRefusal(
  reason: string | null | undefined,
  message: string,
  t: TFunction,
  details: Details = {},
): string {
  if (isRefusalReason(reason)) return refusalSentence(reason, details, t);
  if (reason) return t('refusals.OTHER');
  return message.trim() || t('errors.unexpected');
}

export type FieldRule = (typeof FIELD_RULES)[number];

export function isFieldRule(rule: unknown): rule is FieldRule {
  return isKnown(FIELD_RULES, rule);
}

/** Rules whose words are a whole sentence, not the end of one that starts with the field. */
const SENTENCE_RULES: readonly FieldRule[] = [
  'RESET_LINK_INVALID',
  'UNDO_LINK_INVALID',
  'CART_FULL',
];

/** The password rules by their `id` (docs/errors.md), as the words name them. */
const PASSWORD_RULE_IDS = {
  'min-length': 'minLength',
  'max-length': 'maxLength',
  'printable-ascii': 'printableAscii',
  'upper-case': 'upperCase',
  'special-character': 'specialCharacter',
  'not-common': 'notCommon',
} as const;
export const PASSWORD_RULE_ID_NAMES = Object.keys(PASSWORD_RULE_IDS);

function passwordRuleWords(params: Details, t: TFunction): string {
  const id = Object.entries(PASSWORD_RULE_IDS).find(([name]) => name === params.id)?.[1];
  return t(`fieldRules.password.${id ?? 'other'}`, {
    min: text(params.min),
    max: text(params.max),
    characters: text(params.characters),
  });
}

/**
 * A broken input rule in the reader's language, from its `rule` and `params`: the end of a
 * sentence that starts with the field's name (or a whole sentence, see SENTENCE_RULES). A rule
 * this SPA does not know yet gets general words, never the shop's English.
 */
export function explainFieldRule(fieldError: FieldError, t: TFunction): string {
  const { rule } = fieldError;
  const params: Details = fieldError.params ?? {};
  if (!isFieldRule(rule)) return t('fieldRules.OTHER');
  const money = (value: unknown) => formatPrice(amount(value), i18n.language);
  const values = {
    min: text(params.min),
    max: text(params.max),
    other: text(params.other),
    allowed: text(params.allowed),
    length: text(params.length),
    attemptsLeft: text(params.attemptsLeft),
  };
  switch (rule) {
    case 'PASSWORD_RULE':
      return passwordRuleWords(params, t);
    case 'NOT_AN_OBJECT':
      return params.shape == null
        ? t('fieldRules.NOT_AN_OBJECT')
        : t('fieldRules.NOT_AN_OBJECT_SHAPE', { shape: text(params.shape) });
    case 'REPEATED':
      return params.value == null
        ? t('fieldRules.REPEATED_ANY')
        : t('fieldRules.REPEATED', { value: text(params.value) });
    case 'BALANCE_ABOVE_MAX':
      return t('fieldRules.BALANCE_ABOVE_MAX', { max: money(params.max) });
    case 'BALANCE_BELOW_ZERO':
      return t('fieldRules.BALANCE_BELOW_ZERO', { balance: money(params.balance) });
    case 'TIER_NOT_ABOVE':
    case 'TIER_DISCOUNT_NOT_LARGER':
      return t(`fieldRules.${rule}`, {
        tier: tierName(params.tier, t),
        below: tierName(params.below, t),
      });
    default:
      return t(`fieldRules.${rule}`, values);
  }
}

/** The built-in first loyalty level is called "Loyal" by the shop; other levels keep their names. */
export function tierName(name: unknown, t: TFunction): string {
  const written = text(name);
  return written === 'Loyal' || written === 'LOYAL' ? t('discountLines.loyalTier') : written;
}

/**
 * The words for one field error: a refusal about the field (a taken email, an unknown promo code)
 * in the SPA's words; a broken input rule from its code and values.
 */
export function explainFieldError(error: ApiError, fieldError: FieldError, t: TFunction): string {
  if (isRefusalReason(error.reason) && error.reason !== 'INVALID_INPUT') {
    return refusalSentence(error.reason, error.details, t);
  }
  return explainFieldRule(fieldError, t);
}

/** The request fields the SPA can name in the reader's language (`fieldNames`). */
const NAMED_FIELDS = [
  'fullName',
  'email',
  'phone',
  'password',
  'currentPassword',
  'newPassword',
  'newPasswordConfirmation',
  'code',
  'token',
  'name',
  'description',
  'price',
  'salePrice',
  'stock',
  'quantity',
  'amount',
  'reason',
  'productId',
  'picture',
  'image',
] as const;
type NamedField = (typeof NAMED_FIELDS)[number];

function namedField(serverField: string): NamedField | undefined {
  // `body.fullName`, `command.fullName` and `fullName` are all the full name.
  const last = serverField
    .split(/[.[\]]/)
    .filter(Boolean)
    .pop();
  return NAMED_FIELDS.find((name) => name === last);
}

/**
 * A field error shown with the form as a whole (no input of the form is that field): a sentence
 * in the reader's language that names the field in words, never by the shop's field name.
 */
export function explainUnplacedFieldError(
  error: ApiError,
  fieldError: FieldError,
  t: TFunction,
): string {
  const words = explainFieldError(error, fieldError, t);
  const refusal = isRefusalReason(error.reason) && error.reason !== 'INVALID_INPUT';
  const sentence = isFieldRule(fieldError.rule) && SENTENCE_RULES.includes(fieldError.rule);
  if (refusal || sentence) return words;
  const field = namedField(fieldError.field);
  return field === undefined
    ? t('errors.unnamedField', { message: words })
    : t('errors.namedField', { field: t(`fieldNames.${field}`), message: words });
}

/**
 * The whole story of an invalid request whose every field error is a sentence of its own (a link
 * that no longer works): those sentences, else nothing.
 */
function sentenceOfFields(error: ApiError, t: TFunction): string | undefined {
  if (error.reason != null && error.reason !== 'INVALID_INPUT') return undefined;
  const { fieldErrors } = error;
  const sentences = fieldErrors.every(
    (fieldError) => isFieldRule(fieldError.rule) && SENTENCE_RULES.includes(fieldError.rule),
  );
  if (fieldErrors.length === 0 || !sentences) return undefined;
  return [...new Set(fieldErrors.map((fieldError) => explainFieldRule(fieldError, t)))].join('\n');
}

/** Turns any failure into plain words for the person in front of the screen. */
export function describeError(error: unknown, t: TFunction): ErrorDescription {
  if (!isApiError(error)) return { message: t('errors.unexpected') };
  switch (error.kind) {
    case 'network':
      return { message: t('errors.network') };
    case 'invalid-response':
      return { message: t('errors.invalidResponse') };
    case 'http': {
      const message =
        sentenceOfFields(error, t) ?? explainRefusal(error.reason, error.message, t, error.details);
      if (error.status !== null && error.status >= 500 && error.errorId) {
        return { message, errorId: error.errorId };
      }
      return { message };
    }
  }
}
