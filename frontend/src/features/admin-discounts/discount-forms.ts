import type { TFunction } from 'i18next';
import { z } from 'zod';
import { amountField } from '@/lib/money-input';

export const MAX_AMOUNT = 1_000_000;
export const MAX_PERCENT = 90;

const WHOLE_NUMBER = /^\d+$/;
const CODE = /^[A-Za-z0-9_-]{3,32}$/;

const wholeNumber = (t: TFunction) =>
  z.string().trim().regex(WHOLE_NUMBER, t('validation.wholeNumber')).transform(Number);

const percentField = (t: TFunction) =>
  z
    .string()
    .trim()
    .refine(
      (value) => WHOLE_NUMBER.test(value) && Number(value) >= 1 && Number(value) <= MAX_PERCENT,
      t('validation.percentRange'),
    )
    .transform(Number);

export const loyaltySchema = (t: TFunction) =>
  z.object({
    minCompletedOrders: wholeNumber(t),
    minTotalSpent: amountField(t, {
      zero: true,
      max: MAX_AMOUNT,
      range: t('validation.thresholdRange'),
    }),
    percent: percentField(t),
  });

/** Empty: left out. */
function optional<T extends z.ZodType<unknown, string>>(field: T) {
  return z.union([z.literal('').transform(() => null), field]);
}

const dateTime = (t: TFunction) =>
  z
    .string()
    .trim()
    .refine(
      (value) => value === '' || !Number.isNaN(Date.parse(value)),
      t('validation.dateRequired'),
    )
    .transform((value) => (value === '' ? null : new Date(value).toISOString()));

export const promoCodeSchema = (t: TFunction) =>
  z
    .object({
      code: z
        .string()
        .trim()
        .min(1, t('validation.codeRequired2'))
        .regex(CODE, t('validation.codeFormat'))
        .transform((value) => value.toUpperCase()),
      percent: optional(percentField(t)),
      amount: optional(
        amountField(t, { max: MAX_AMOUNT, range: t('validation.promoAmountRange') }),
      ),
      minOrderTotal: optional(
        amountField(t, { zero: true, max: MAX_AMOUNT, range: t('validation.minOrderRange') }),
      ).transform((value) => value ?? 0),
      validFrom: dateTime(t),
      validUntil: dateTime(t),
      maxUses: optional(
        z
          .string()
          .trim()
          .refine((value) => WHOLE_NUMBER.test(value) && Number(value) > 0, t('validation.maxUses'))
          .transform(Number),
      ),
    })
    .superRefine((values, ctx) => {
      // A percent off or an amount off: exactly one of the two.
      if ((values.percent === null) === (values.amount === null)) {
        for (const path of ['percent', 'amount']) {
          ctx.addIssue({ code: 'custom', path: [path], message: t('validation.percentXorAmount') });
        }
      }
      if (values.validFrom && values.validUntil && values.validFrom >= values.validUntil) {
        ctx.addIssue({ code: 'custom', path: ['validUntil'], message: t('validation.dateOrder') });
      }
    });

export const MAX_TIER_NAME = 50;
export const MAX_TIER_PERCENT = 100;

/** The tiers above the loyal level, lowest first, as typed in the tiers table. */
export const tiersSchema = (t: TFunction) =>
  z.object({
    tiers: z.array(
      z.object({
        name: z
          .string()
          .trim()
          .min(1, t('validation.nameRequired'))
          .max(MAX_TIER_NAME, t('validation.tierNameTooLong')),
        minCompletedOrders: wholeNumber(t),
        minTotalSpent: amountField(t, {
          zero: true,
          max: MAX_AMOUNT,
          range: t('validation.thresholdRange'),
        }),
        percent: z
          .string()
          .trim()
          .refine(
            (value) =>
              WHOLE_NUMBER.test(value) && Number(value) >= 1 && Number(value) <= MAX_TIER_PERCENT,
            t('validation.tierPercentRange'),
          )
          .transform(Number),
      }),
    ),
  });
