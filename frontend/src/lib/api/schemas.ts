import { z } from 'zod';

/** Money as the shop sends it: a JSON number with at most 2 decimals. */
export const moneySchema = z
  .number()
  .nonnegative()
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, {
    message: 'Expected at most 2 decimals',
  });

const hasAtMostTwoDecimals = (value: number) =>
  Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

/** A money movement: like money, but it may be below zero. */
export const signedMoneySchema = z
  .number()
  .refine(hasAtMostTwoDecimals, { message: 'Expected at most 2 decimals' });

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
  /** How far the next level is, where the shop tells. */
  ordersToNext: z.number().int().nonnegative().nullish(),
  spendToNext: moneySchema.nullish(),
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

/** A discount taken off a cart or an order. */
export const discountSchema = z.object({
  label: z.string(),
  amount: signedMoneySchema,
});

export type Discount = z.infer<typeof discountSchema>;

export const cartLineSchema = z.object({
  productId: idSchema,
  name: z.string(),
  unitPrice: moneySchema,
  quantity: z.number().int().nonnegative(),
  lineTotal: moneySchema,
  /** False: the product ran out or was withdrawn; the line is left out of the total. */
  available: z.boolean(),
});

export const cartSchema = z.object({
  lines: z.array(cartLineSchema),
  subtotal: moneySchema,
  discounts: z.array(discountSchema),
  total: moneySchema,
  promoCode: z.string().nullish(),
  currency: z.string().optional(),
});

export type Cart = z.infer<typeof cartSchema>;
export type CartLine = z.infer<typeof cartLineSchema>;

export const CART_QUERY_KEY = ['cart'] as const;

export const ORDER_STATUSES = ['PAID', 'REFUNDED'] as const;

export const orderSchema = z.object({
  id: idSchema,
  status: z.enum(ORDER_STATUSES),
  lines: z.array(
    z.object({
      productId: idSchema,
      name: z.string(),
      unitPrice: moneySchema,
      quantity: z.number().int().positive(),
      lineTotal: moneySchema,
    }),
  ),
  subtotal: moneySchema,
  discounts: z.array(discountSchema),
  total: moneySchema,
  createdAt: timestampSchema,
});

export type Order = z.infer<typeof orderSchema>;

/** Root of every query key that holds orders, the customer's or the admin's. */
export const ORDERS_QUERY_KEY = 'orders';

/** Root of every query key that holds the balance or its movements. */
export const BALANCE_QUERY_KEY = 'balance';
