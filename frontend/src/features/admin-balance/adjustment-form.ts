import type { TFunction } from 'i18next';
import { z } from 'zod';
import { amountField } from '@/lib/money-input';

export const MAX_ADJUSTMENT = 1_000_000;
export const MAX_REASON = 500;

const WHOLE_NUMBER = /^\d+$/;

/** A user id as typed: a whole number above 0 (the shop's ids are numbers). */
export function isUserId(text: string): boolean {
  const value = text.trim();
  return WHOLE_NUMBER.test(value) && Number(value) > 0 && Number.isSafeInteger(Number(value));
}

export const adjustmentSchema = (t: TFunction) =>
  z.object({
    amount: amountField(t, {
      signed: true,
      max: MAX_ADJUSTMENT,
      range: t('validation.adjustmentRange'),
    }),
    reason: z
      .string()
      .trim()
      .min(1, t('validation.reasonRequired'))
      .max(MAX_REASON, t('validation.reasonTooLong')),
  });
