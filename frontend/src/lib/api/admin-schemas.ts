/**
 * The answers and request bodies of the admin back office (users, event log, dashboard, backups,
 * test mail), written by hand after docs/admin-api.md: they mirror that contract until the
 * OpenAPI document (openapi/turgus.yml) carries these routes. Then the generated schemas take
 * their place here, in this one file, and every feature keeps importing from it.
 *
 * Fields the contract may leave empty (a user who never signed in, an event without an actor)
 * are `nullable`; everything else is required, so a field renamed on the server fails loudly.
 */
import { z } from 'zod';
import { loginResponseSchema, transactionSchema, trendingSearchSchema } from './schemas';

const instant = z.iso.datetime({ offset: true });
/** A calendar day in the shop's time zone, `2026-12-04`. */
const day = z.iso.date();
const money = z.number().multipleOf(0.01);
const count = z.int().nonnegative();
const userId = z.int().positive();

export const ROLES = ['CUSTOMER', 'ADMIN'] as const;
export const roleSchema = z.enum(ROLES);
export type AdminRole = z.infer<typeof roleSchema>;

/** The account's own state; a lockout after failed logins is separate (`lockedUntil`). */
export const USER_STATUSES = ['ACTIVE', 'BLOCKED', 'DEACTIVATED'] as const;
export const userStatusSchema = z.enum(USER_STATUSES);
export type UserStatus = z.infer<typeof userStatusSchema>;

/** What the user list can be narrowed to: the states, and `LOCKED` (locked out now). */
export const USER_STATUS_FILTERS = [...USER_STATUSES, 'LOCKED'] as const;
export type UserStatusFilter = (typeof USER_STATUS_FILTERS)[number];

export const USER_SORTS = [
  '-createdAt',
  'createdAt',
  'name',
  'email',
  '-lastLoginAt',
  'lastLoginAt',
  '-balance',
  'balance',
  '-totalSpent',
  'totalSpent',
] as const;
export type UserSort = (typeof USER_SORTS)[number];

/** What the user is told about a block. */
export const BLOCK_CATEGORIES = ['OTHER', 'ABUSE', 'FRAUD', 'SPAM', 'PAYMENT'] as const;
export const blockCategorySchema = z.enum(BLOCK_CATEGORIES);
export type BlockCategory = z.infer<typeof blockCategorySchema>;

/** `GET /api/admin/users` items. */
export const adminUserSchema = z.object({
  id: userId,
  fullName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  roles: z.array(roleSchema),
  status: userStatusSchema,
  lockedUntil: instant.nullable(),
  blockedUntil: instant.nullable(),
  blockReason: z.string().nullable(),
  balance: money,
  completedOrders: count,
  totalSpent: money,
  lastLoginAt: instant.nullable(),
  createdAt: instant,
});
export type AdminUser = z.infer<typeof adminUserSchema>;

/** `GET /api/admin/events` items. */
export const eventSchema = z.object({
  id: z.int().positive(),
  at: instant,
  type: z.string().min(1),
  actorId: userId.nullable(),
  subjectId: userId.nullable(),
  ip: z.string().nullable(),
  /** One line of `key=value` pairs, control characters escaped. */
  details: z.string().nullable(),
});
export type AdminEvent = z.infer<typeof eventSchema>;

export const eventTypesSchema = z.array(z.string().min(1));

export const userSessionSchema = z.object({
  id: z.union([z.string().min(1), z.int()]),
  createdAt: instant,
  lastUsedAt: instant,
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
});
export type UserSession = z.infer<typeof userSessionSchema>;

export const userOrderSchema = z.object({
  id: z.int().positive(),
  status: z.string().min(1),
  total: money,
  createdAt: instant,
});
export type UserOrder = z.infer<typeof userOrderSchema>;

/** `GET /api/admin/users/{id}`, and the answer of every action on one user. */
export const adminUserDetailSchema = adminUserSchema.extend({
  sessions: z.array(userSessionSchema),
  recentOrders: z.array(userOrderSchema),
  ledger: z.array(transactionSchema),
  recentEvents: z.array(eventSchema),
});
export type AdminUserDetail = z.infer<typeof adminUserDetailSchema>;

export interface BlockRequest {
  /** An instant in the future; absent: for good. */
  until?: string;
  /** For admins, 1..500 characters. */
  reason: string;
  category?: BlockCategory;
}

export const BULK_ACTIONS = [
  'block',
  'unblock',
  'activate',
  'deactivate',
  'delete',
  'send-test-email',
] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** The most ids one bulk request takes. */
export const MAX_BULK_IDS = 500;

export interface BulkUserRequest {
  action: BulkAction;
  /** 1..500 distinct ids. */
  ids: number[];
  until?: string;
  /** Required for `block`. */
  reason?: string;
  category?: BlockCategory;
}

/** Each id succeeds or fails on its own. */
export const bulkOutcomeSchema = z.object({
  succeeded: z.array(userId),
  failed: z.array(
    z.object({
      id: z.int(),
      /** A refusal reason (docs/errors.md): `NOT_FOUND`, `LAST_ADMIN`, … */
      reason: z.string().nullable(),
      message: z.string(),
    }),
  ),
});
export type BulkOutcome = z.infer<typeof bulkOutcomeSchema>;

export const MAX_INACTIVE_DAYS = 3650;

export const purgePreviewSchema = z.object({ inactiveDays: z.int().positive(), matching: count });
export type PurgePreview = z.infer<typeof purgePreviewSchema>;
export const purgeResultSchema = z.object({ deleted: count });

/** `GET /api/admin/stats?days=N`. */
export const statsSchema = z.object({
  from: day,
  to: day,
  timeZone: z.string().min(1),
  totals: z.object({ revenue: money, orders: count, refunds: money, newCustomers: count }),
  revenueByDay: z.array(z.object({ date: day, revenue: money, orders: count, refunds: money })),
  topProductsByRevenue: z.array(
    z.object({ productId: z.int().positive(), name: z.string(), revenue: money, units: count }),
  ),
  topProductsByUnits: z.array(
    z.object({ productId: z.int().positive(), name: z.string(), revenue: money, units: count }),
  ),
  newCustomersByDay: z.array(z.object({ date: day, count })),
  activeCarts: count,
  trendingSearches: z.array(trendingSearchSchema),
});
export type Stats = z.infer<typeof statsSchema>;
export type TopProduct = Stats['topProductsByRevenue'][number];

/** Letters, digits and `-`: a file name's stem, never a path. */
export const backupIdSchema = z.string().regex(/^[A-Za-z0-9-]+$/);

export const backupSchema = z.object({
  id: backupIdSchema,
  createdAt: instant,
  sizeBytes: count,
});
export type Backup = z.infer<typeof backupSchema>;
export const backupListSchema = z.array(backupSchema);

export const restoreOutcomeSchema = z.object({
  restoredFrom: z.string().min(1),
  createdAt: instant,
  tables: count,
  rows: count,
  /** A fresh token pair for the restoring admin, or null when the backup has no such account. */
  signIn: loginResponseSchema.nullable(),
});
export type RestoreOutcome = z.infer<typeof restoreOutcomeSchema>;

export const TEST_MAIL_STATUSES = ['QUEUED', 'SENT', 'FAILED'] as const;

export const queuedTestMailSchema = z.object({ id: z.union([z.int(), z.string().min(1)]) });
export const testMailSchema = z.object({
  id: z.union([z.int(), z.string().min(1)]),
  to: z.string(),
  status: z.enum(TEST_MAIL_STATUSES),
  /** The delivery error in plain words. */
  error: z.string().nullable(),
});
export type TestMail = z.infer<typeof testMailSchema>;
