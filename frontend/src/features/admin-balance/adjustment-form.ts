import type { TFunction } from 'i18next';
import { z } from 'zod';
import { amountField } from '@/lib/money-input';

export const MAX_ADJUSTMENT = 1_000_000;
export const MAX_REASON = 500;

export const adjustmentSchema = (t: TFunction) =>
  z.object({
    user: z.string().trim().min(1, t('validation.userRequired')),
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
