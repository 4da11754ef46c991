import type { TFunction } from 'i18next';
import { z } from 'zod';

const AMOUNT = /^[-+]?\d+([.,]\d+)?$/;
const AT_MOST_TWO_DECIMALS = /^[-+]?\d+([.,]\d{1,2})?$/;

/** A typed amount as a number: "12", "12.5", "12,50", "-3". */
export function parseAmount(text: string): number {
  return Number(text.trim().replace(',', '.'));
}

interface AmountRules {
  /** Below zero allowed (an adjustment); zero is never a valid amount. */
  signed?: boolean;
  /** Zero allowed (a threshold). */
  zero?: boolean;
  max: number;
  /** The message for an amount out of range. */
  range: string;
}

/** A EUR amount typed into a form: a number with at most 2 decimals, in range. */
export function amountField(
  t: TFunction,
  { signed = false, zero = false, max, range }: AmountRules,
) {
  return z
    .string()
    .trim()
    .min(1, t('validation.amountRequired'))
    .regex(AMOUNT, t('validation.amountFormat'))
    .regex(AT_MOST_TWO_DECIMALS, t('validation.amountDecimals'))
    .transform(parseAmount)
    .refine((value) => {
      if (Math.abs(value) > max) return false;
      if (value === 0) return zero;
      return signed || value > 0;
    }, range);
}
