import type { TFunction } from 'i18next';
import { z } from 'zod';
import { amountField } from '@/lib/money-input';

/** The shop's limit for one top-up. */
export const MAX_TOP_UP = 10_000;

export const topUpSchema = (t: TFunction) =>
  z.object({
    amount: amountField(t, { max: MAX_TOP_UP, range: t('validation.topUpRange') }),
  });
