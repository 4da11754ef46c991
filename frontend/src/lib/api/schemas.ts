/**
 * The answers of the shop as the SPA checks them at run time: the zod schemas generated from the
 * OpenAPI document (openapi/turgus.yml → src/lib/api/generated, `npm run api:generate`), tightened
 * here, in this one place, where the document says less than the shop does.
 *
 * The generator already makes every JSON number without a format (Java's BigDecimal: money) a
 * number with at most 2 decimals, every int64 a safe integer, and every date-time one with an
 * offset (see openapi-ts.config.ts). What is left is written below, each with its reason:
 * - `.required({...})`: the shop's views write every field (`@JsonInclude(ALWAYS)`), but
 *   micronaut-openapi leaves a field out of `required` as soon as it carries a `@Schema`
 *   annotation; zod accepts only names the generated schema has, so a field renamed on the server
 *   fails the type check here;
 * - `.safeExtend({...})`: a stricter rule the document cannot say (a non-empty address, a stock
 *   never below zero); zod accepts only rules that narrow the generated field;
 * - `.extend({...})` only where the SPA deliberately accepts more than the document says, each
 *   with its reason.
 *
 * Only this folder imports the generated code (an ESLint rule keeps it so).
 */
import { z } from 'zod';
import {
  zAdminProduct,
  zAppliedDiscount,
  zBalance,
  zBalanceTransaction,
  zCart,
  zCartLine,
  zCustomerOrder,
  zDiscounts,
  zError,
  zFieldError,
  zFieldRule,
  zLoginResponse,
  zLoyaltyRule,
  zLoyaltyTier,
  zLoyaltyView,
  zMe,
  zOrder,
  zPage,
  zPicture,
  zProduct,
  zPromoCode,
  zSession,
  zTrendingSearch,
} from './generated/zod.gen';

/** An id as a route or a page hands it over: the shop's ids are numbers, a session's is text. */
export const idSchema = z.union([z.int().nonnegative(), z.string().min(1)]);
export type Id = z.infer<typeof idSchema>;

const nonNegativeCount = z.int().nonnegative();
const address = z.string().min(1);

/** A page of a listing: the generated `Page*` shapes differ only in their items. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return zPage
    .required({ page: true, size: true, totalItems: true, totalPages: true })
    .extend({ items: z.array(item) });
}

const productRules = { stock: nonNegativeCount, imageUrl: address.nullable() };
/** Wider than the document: an older shop sent no description; it shows as empty. */
const productDescription = {
  description: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
};

export const productSchema = zProduct
  .required({ price: true, salePrice: true })
  .safeExtend(productRules)
  .extend(productDescription);
export type Product = z.infer<typeof productSchema>;

export const adminProductSchema = zAdminProduct
  .required({ price: true, salePrice: true, active: true })
  .safeExtend(productRules)
  .extend(productDescription);
export type AdminProduct = z.infer<typeof adminProductSchema>;

export const loyaltySchema = zLoyaltyView;
export type Loyalty = z.infer<typeof loyaltySchema>;

/** An account as its owner sees it (GET /api/me, and a confirmed registration). */
export const userSchema = zMe
  .required({ pictureUrl: true, roles: true })
  /** Null: the default picture. */
  .safeExtend({ pictureUrl: address.nullable() })
  /** Wider than the document: an account without a loyalty standing may send null. */
  .extend({ loyalty: loyaltySchema.nullish() });
export type User = z.infer<typeof userSchema>;

/** A discount taken off a cart or an order. */
export const discountSchema = zAppliedDiscount.required({ label: true });
export type Discount = z.infer<typeof discountSchema>;

export const cartLineSchema = zCartLine.required({ unitPrice: true, available: true });
export type CartLine = z.infer<typeof cartLineSchema>;

export const cartSchema = zCart
  .required({ subtotal: true })
  .safeExtend({ lines: z.array(cartLineSchema), discounts: z.array(discountSchema) });
export type Cart = z.infer<typeof cartSchema>;

export const orderSchema = zOrder
  .required({ status: true })
  .safeExtend({ discounts: z.array(discountSchema) });
export type Order = z.infer<typeof orderSchema>;
export const ORDER_STATUSES = zOrder.shape.status.unwrap().options;

/** An order with its customer, for admins; the document names no values for its status. */
export const adminOrderSchema = zCustomerOrder.safeExtend({
  status: orderSchema.shape.status,
  discounts: z.array(discountSchema),
});
export type AdminOrder = z.infer<typeof adminOrderSchema>;

export const balanceSchema = zBalance.required({ balance: true, currency: true });
export type Balance = z.infer<typeof balanceSchema>;

export const transactionSchema = zBalanceTransaction.required({ type: true, amount: true });
export type Transaction = z.infer<typeof transactionSchema>;
export const TRANSACTION_TYPES = zBalanceTransaction.shape.type.unwrap().options;

/** A device signed in to the account. */
export const accountSessionSchema = zSession.required({ current: true });
export type AccountSession = z.infer<typeof accountSessionSchema>;

export const uploadedPictureSchema = zPicture.safeExtend({ pictureUrl: address });

export const loyaltyRuleSchema = zLoyaltyRule;
export type LoyaltyRule = z.infer<typeof loyaltyRuleSchema>;
/** A further level above the loyal one. */
export const loyaltyTierSchema = zLoyaltyTier;
export type LoyaltyTier = z.infer<typeof loyaltyTierSchema>;
export const discountSettingsSchema = zDiscounts;

export const promoCodeSchema = zPromoCode;
export type PromoCode = z.infer<typeof promoCodeSchema>;

export const trendingSearchSchema = zTrendingSearch;
export type TrendingSearch = z.infer<typeof trendingSearchSchema>;

/** The answer of a sign-in. */
export const loginResponseSchema = zLoginResponse
  .required({ username: true, roles: true })
  .safeExtend({
    access_token: z.string().min(1),
    refresh_token: z.string().min(1),
    token_type: z.literal('Bearer'),
    expires_in: z.int().positive(),
  });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** The answer of POST /api/auth/token: a new token pair; the rest may be left out. */
export const tokenPairSchema = zLoginResponse.safeExtend({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  token_type: z.literal('Bearer').optional(),
  expires_in: z.int().positive().optional(),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

/** Every rule a field error may name (docs/errors.md, "Field rules"). */
export const FIELD_RULES = zFieldRule.options;

/**
 * Every answer that is not a success. Wider than the document: `reason` and a field error's `rule`
 * are any code, since new codes may be added (docs/errors.md) and an unknown one must not make the
 * answer unreadable.
 */
export const errorBodySchema = zError.required({ code: true, message: true }).extend({
  reason: z.string().nullish(),
  errors: z.array(zFieldError.extend({ rule: z.string().min(1) })).nullish(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/*
 * Answers the document does not describe yet: their `@ApiResponse` names a status without a body
 * (POST /api/auth/register 202, POST /api/me/balance/top-ups 201). They are built from the
 * generated parts where there are any; the others (201 of checkout, of a new product, of a
 * confirmed registration) reuse the generated schema of the same view above.
 */

/** The registration waits for the code mailed to `email` until `expiresAt`. */
export const pendingRegistrationSchema = z.object({
  email: z.string(),
  expiresAt: zMe.shape.createdAt,
});
export type PendingRegistration = z.infer<typeof pendingRegistrationSchema>;

export const topUpResultSchema = z.object({
  balance: balanceSchema.shape.balance,
  transaction: transactionSchema,
});

/**
 * Request bodies as the document names them. A call states its body `satisfies` one of them, so a
 * field renamed or retyped on the server fails the type check (no run-time check: the shop
 * checks what it is sent).
 */
export type {
  BalanceAdjustmentRequest,
  CartItemRequest,
  CartQuantityRequest,
  ChangePasswordRequest,
  ConfirmRegistrationRequest,
  ForgotPasswordRequest,
  LoginRequest,
  LoyaltyRuleRequest,
  NewProduct as NewProductRequest,
  ProductChanges as ProductChangesRequest,
  ProfileChanges as ProfileChangesRequest,
  PromoCodeRequest,
  PromoCodeRequest1 as ApplyPromoCodeRequest,
  RefreshRequest,
  RegisterRequest,
  ResetPasswordRequest,
  Restock as RestockRequest,
  RevertEmailChangeRequest,
  TopUpRequest,
} from './generated/types.gen';
