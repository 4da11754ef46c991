import type { TFunction } from 'i18next';
import { z } from 'zod';
import { isPictureSizeAllowed, isPictureType } from '@/lib/pictures';

/** The server's limits, mirrored so that most mistakes are caught before sending. */
export const LIMITS = {
  nameLength: 200,
  descriptionLength: 2000,
  maxPrice: 1_000_000,
  maxStock: 1_000_000,
  maxSalePercent: 90,
} as const;

const NUMBER = /^\d+([.,]\d+)?$/;
const AT_MOST_TWO_DECIMALS = /^\d+([.,]\d{1,2})?$/;
const WHOLE_NUMBER = /^\d+$/;

const nameField = (t: TFunction) =>
  z
    .string()
    .trim()
    .min(1, t('validation.nameRequired'))
    .max(LIMITS.nameLength, t('validation.nameTooLong'));

const descriptionField = (t: TFunction) =>
  z.string().trim().max(LIMITS.descriptionLength, t('validation.descriptionTooLong'));

/** "12", "12.5", "12,50": a EUR amount above 0 with at most 2 decimals. */
const priceField = (t: TFunction) =>
  z
    .string()
    .trim()
    .regex(NUMBER, t('validation.priceFormat'))
    .regex(AT_MOST_TWO_DECIMALS, t('validation.priceDecimals'))
    .transform((value) => Number(value.replace(',', '.')))
    .refine((value) => value > 0 && value <= LIMITS.maxPrice, t('validation.priceRange'));

const stockField = (t: TFunction) =>
  z
    .string()
    .trim()
    .regex(WHOLE_NUMBER, t('validation.stockFormat'))
    .transform(Number)
    .refine((value) => value <= LIMITS.maxStock, t('validation.stockRange'));

export const newProductSchema = (t: TFunction) =>
  z.object({
    name: nameField(t),
    description: descriptionField(t),
    price: priceField(t),
    stock: stockField(t),
  });

export const editProductSchema = (t: TFunction) =>
  z.object({
    name: nameField(t),
    description: descriptionField(t),
    price: priceField(t),
    salePercent: z
      .string()
      .trim()
      .refine(
        (value) =>
          value === '' || (WHOLE_NUMBER.test(value) && Number(value) <= LIMITS.maxSalePercent),
        t('validation.salePercent'),
      )
      .transform((value) => (value === '' ? null : Number(value))),
    saleEndsAt: z
      .string()
      .trim()
      .refine(
        (value) => value === '' || !Number.isNaN(Date.parse(value)),
        t('validation.saleEndsAt'),
      )
      .transform((value) => (value === '' ? null : new Date(value).toISOString())),
  });

export const restockSchema = (t: TFunction) =>
  z.object({
    quantity: z
      .string()
      .trim()
      .regex(WHOLE_NUMBER, t('validation.quantityFormat'))
      .transform(Number)
      .refine((value) => value > 0, t('validation.quantityFormat'))
      .refine((value) => value <= LIMITS.maxStock, t('validation.quantityRange')),
  });

export const pictureSchema = (t: TFunction) =>
  z.object({
    picture: z
      .instanceof(File)
      .nullable()
      .transform((file, ctx) => {
        if (file === null) {
          ctx.addIssue({ code: 'custom', message: t('validation.pictureRequired') });
          return z.NEVER;
        }
        return file;
      })
      .refine(isPictureType, t('validation.pictureType'))
      .refine(isPictureSizeAllowed, t('validation.pictureSize')),
  });

/** An ISO-8601 instant as a `datetime-local` input shows it, in local time. */
export function toLocalDateTimeInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
