import type { TFunction } from 'i18next';
import { z } from 'zod';

/** The shop's rules for the fields of an account, mirrored so that most mistakes never leave. */
export const ACCOUNT_LIMITS = {
  fullNameLength: 200,
  emailLength: 254,
} as const;

const EMAIL_SHAPE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** The shop's default phone pattern, once spaces, dashes, dots and brackets are removed. */
const PHONE_PATTERN = /^\+7\d{10}$/;
const PHONE_SEPARATORS = /[\s\-().]/g;
/** A number as dialled at home: 8 (or 7 without the plus) and ten digits, read as +7. */
const DIALLED_AT_HOME = /^[78](\d{10})$/;

/** The number as the shop stores it: no separators, and 8… or 7… with ten digits as +7…. */
export function normalisePhone(raw: string): string {
  const compact = raw.trim().replace(PHONE_SEPARATORS, '');
  const local = DIALLED_AT_HOME.exec(compact);
  return local ? `+7${local[1]}` : compact;
}

export const fullNameField = (t: TFunction) =>
  z
    .string()
    .trim()
    .min(1, t('validation.fullNameRequired'))
    .max(ACCOUNT_LIMITS.fullNameLength, t('validation.fullNameTooLong'));

/** Trimmed and lower-cased, as the shop stores it. */
export const emailField = (t: TFunction) =>
  z
    .string()
    .trim()
    .min(1, t('validation.emailRequired'))
    .max(ACCOUNT_LIMITS.emailLength, t('validation.emailFormat'))
    .regex(EMAIL_SHAPE, t('validation.emailFormat'))
    .toLowerCase();

/** Sent as typed: the shop removes the separators itself. */
export const phoneField = (t: TFunction) =>
  z
    .string()
    .trim()
    .min(1, t('validation.phoneRequired'))
    .refine((value) => PHONE_PATTERN.test(normalisePhone(value)), t('validation.phoneFormat'));

/**
 * Which field a refusal names when the shop says only in words that an email or phone is taken
 * (409 without field errors).
 */
export function takenField(message: string): 'email' | 'phone' | undefined {
  if (/phone|telefon|телефон/i.test(message)) return 'phone';
  if (/e-?mail|pašt|почт/i.test(message)) return 'email';
  return undefined;
}
