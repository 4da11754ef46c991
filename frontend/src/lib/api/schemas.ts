import { z } from 'zod';

/** Money as the shop sends it: a JSON number with at most 2 decimals. */
export const moneySchema = z
  .number()
  .nonnegative()
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, {
    message: 'Expected at most 2 decimals',
  });

export const idSchema = z.union([z.number().int().nonnegative(), z.string().min(1)]);
export type Id = z.infer<typeof idSchema>;

export const timestampSchema = z.iso.datetime({ offset: true });

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int().nonnegative(),
    size: z.number().int().positive(),
    totalItems: z.number().int().nonnegative(),
    totalPages: z.number().int().nonnegative(),
  });
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

export const productSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  price: moneySchema,
  salePrice: moneySchema.nullable(),
  stock: z.number().int().nonnegative(),
  imageUrl: z.string().min(1).nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type Product = z.infer<typeof productSchema>;

/** Root of every query key that holds product data, shop-front or admin. */
export const PRODUCTS_QUERY_KEY = 'products';

/** Where a customer stands with the loyalty discount; older shops leave it out. */
export const loyaltySchema = z.object({
  loyal: z.boolean(),
  tier: z.union([z.string(), z.number()]).nullish(),
  discountPercent: z.number().nonnegative().nullish(),
  completedOrders: z.number().int().nonnegative().nullish(),
  totalSpent: moneySchema.nullish(),
});

/** An account as its owner sees it (GET /api/me, and a confirmed registration). */
export const userSchema = z.object({
  id: idSchema,
  fullName: z.string(),
  email: z.string(),
  phone: z.string(),
  /** Null: the default picture. */
  pictureUrl: z.string().min(1).nullable(),
  roles: z.array(z.string()),
  createdAt: timestampSchema,
  loyalty: loyaltySchema.nullish(),
});

export type User = z.infer<typeof userSchema>;
export type Loyalty = z.infer<typeof loyaltySchema>;
