/**
 * The answers and request bodies of the admin back office (users, event log, dashboard, backups,
 * test mail), derived from the zod schemas generated from the OpenAPI document
 * (openapi/turgus.yml → src/lib/api/generated, `npm run api:generate`) and tightened here the way
 * `schemas.ts` explains in its header: `.required({...})` where the shop writes every field
 * (`@JsonInclude(ALWAYS)`) but the document leaves it out of `required`, `.safeExtend({...})` for a
 * stricter rule the document cannot say (ids above zero, counts never below zero, a known role),
 * `.extend({...})` only where the SPA deliberately accepts more than the document says, each with
 * its reason. docs/admin-api.md explains what the fields mean.
 *
 * The lists of values (roles, states, sorts, bulk actions) come from the document too, so a value
 * the server adds or drops fails the type check here.
 */
import { z } from 'zod';
import {
  zAdminUser,
  zAdminUserDetail,
  zAdminUserOrder,
  zAdminUserSession,
  zBackup,
  zBlockRequest,
  zBulkFailure,
  zBulkOutcome,
  zBulkUserRequest,
  zEvent,
  zList2Query,
  zListEventTypesResponse,
  zPurgeOutcome,
  zPurgePreview,
  zRestoreOutcome,
  zStats,
  zStatsDay,
  zStatsNewCustomers,
  zStatsProduct,
  zStatsTotals,
  zTestMail,
  zTestMailQueued,
  zTestMailStatus,
} from './generated/zod.gen';
import { loginResponseSchema, transactionSchema, trendingSearchSchema } from './schemas';

const count = z.int().nonnegative();
const positiveId = z.int().positive();

export const ROLES = zList2Query.shape.role.unwrap().options;
export const roleSchema = z.enum(ROLES);
export type AdminRole = z.infer<typeof roleSchema>;

/** The account's own state; a lockout after failed logins is separate (`lockedUntil`). */
export const USER_STATUSES = zAdminUser.shape.status.unwrap().options;
export const userStatusSchema = z.enum(USER_STATUSES);
export type UserStatus = z.infer<typeof userStatusSchema>;

/** What the user list can be narrowed to: the states, and `LOCKED` (locked out now). */
export const USER_STATUS_FILTERS = zList2Query.shape.status.unwrap().options;
export type UserStatusFilter = (typeof USER_STATUS_FILTERS)[number];

export type UserSort = NonNullable<z.infer<typeof zList2Query>['sort']>;
/** Every sort the shop takes, in the order the menu shows them (the default first). */
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
] as const satisfies readonly UserSort[];

/** What the user is told about a block. */
export const blockCategorySchema = zBlockRequest.shape.category.unwrap();
export type BlockCategory = z.infer<typeof blockCategorySchema>;
/** In the order the block form offers them: the default first. */
export const BLOCK_CATEGORIES = [
  'OTHER',
  'ABUSE',
  'FRAUD',
  'SPAM',
  'PAYMENT',
] as const satisfies readonly BlockCategory[];

/** The fields an `AdminUser` and an `AdminUserDetail` share, tightened alike. */
const userRules = {
  id: positiveId,
  roles: z.array(roleSchema),
  completedOrders: count,
};
/**
 * Wider than the document: the shop sends `blockCategory: null` for a user who is not blocked,
 * but micronaut-openapi drops `nullable` from a field that lists its allowed values.
 */
const nullableBlockCategory = { blockCategory: blockCategorySchema.nullable() };

/** `GET /api/admin/users` items. */
export const adminUserSchema = zAdminUser
  .required({
    status: true,
    lockedUntil: true,
    blockedUntil: true,
    blockReason: true,
    balance: true,
    completedOrders: true,
    totalSpent: true,
  })
  .safeExtend(userRules)
  .extend(nullableBlockCategory);
export type AdminUser = z.infer<typeof adminUserSchema>;

/** `GET /api/admin/events` items. */
export const eventSchema = zEvent.required({ at: true, type: true, details: true }).safeExtend({
  id: positiveId,
  type: z.string().min(1),
  actorId: positiveId.nullable(),
  subjectId: positiveId.nullable(),
  ip: z.string().nullable(),
});
export type AdminEvent = z.infer<typeof eventSchema>;

export const eventTypesSchema = zListEventTypesResponse.unwrap().min(1).array();

export const userSessionSchema = zAdminUserSession.safeExtend({ id: z.string().min(1) });
export type UserSession = z.infer<typeof userSessionSchema>;

export const userOrderSchema = zAdminUserOrder
  .required({ status: true })
  .safeExtend({ id: positiveId });
export type UserOrder = z.infer<typeof userOrderSchema>;

/** `GET /api/admin/users/{id}`, and the answer of every action on one user. */
export const adminUserDetailSchema = zAdminUserDetail
  .required({
    status: true,
    sessions: true,
    recentOrders: true,
    ledger: true,
    recentEvents: true,
  })
  .safeExtend({
    ...userRules,
    sessions: z.array(userSessionSchema),
    recentOrders: z.array(userOrderSchema),
    ledger: z.array(transactionSchema),
    recentEvents: z.array(eventSchema),
  })
  .extend(nullableBlockCategory);
export type AdminUserDetail = z.infer<typeof adminUserDetailSchema>;

type BlockBody = z.input<typeof zBlockRequest>;
/** `POST /api/admin/users/{id}/block`, as the SPA sends it. */
export interface BlockRequest {
  /** An instant in the future; absent: for good. */
  until?: NonNullable<BlockBody['until']>;
  /** For admins, 1..500 characters. */
  reason: NonNullable<BlockBody['reason']>;
  category?: BlockCategory;
}

export const BULK_ACTIONS = zBulkUserRequest.shape.action.options;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** The most ids one bulk request takes. */
export const MAX_BULK_IDS = 500;

/** `POST /api/admin/users/bulk`, as the SPA sends it. */
export interface BulkUserRequest {
  action: BulkAction;
  /** 1..500 distinct ids. */
  ids: number[];
  until?: BlockRequest['until'];
  /** Required for `block`. */
  reason?: BlockRequest['reason'];
  category?: BlockCategory;
}

/** Each id succeeds or fails on its own. */
export const bulkOutcomeSchema = zBulkOutcome.safeExtend({
  succeeded: z.array(positiveId),
  /** `reason`: a refusal reason (docs/errors.md): `NOT_FOUND`, `LAST_ADMIN`, … */
  failed: z.array(zBulkFailure.required({ reason: true })),
});
export type BulkOutcome = z.infer<typeof bulkOutcomeSchema>;

export const MAX_INACTIVE_DAYS = 3650;

export const purgePreviewSchema = zPurgePreview
  .required({ matching: true })
  .safeExtend({ inactiveDays: positiveId, matching: count });
export type PurgePreview = z.infer<typeof purgePreviewSchema>;
export const purgeResultSchema = zPurgeOutcome.safeExtend({ deleted: count });

const statsProductSchema = zStatsProduct.safeExtend({ productId: positiveId, units: count });

/** `GET /api/admin/stats?days=N`. */
export const statsSchema = zStats
  .required({
    from: true,
    to: true,
    timeZone: true,
    topProductsByRevenue: true,
    topProductsByUnits: true,
    activeCarts: true,
    trendingSearches: true,
  })
  .safeExtend({
    timeZone: z.string().min(1),
    totals: zStatsTotals.safeExtend({ orders: count, newCustomers: count }),
    revenueByDay: z.array(
      zStatsDay.required({ revenue: true, orders: true, refunds: true }).safeExtend({
        orders: count,
      }),
    ),
    topProductsByRevenue: z.array(statsProductSchema),
    topProductsByUnits: z.array(statsProductSchema),
    newCustomersByDay: z.array(zStatsNewCustomers.safeExtend({ count })),
    activeCarts: count,
    trendingSearches: z.array(trendingSearchSchema),
  });
export type Stats = z.infer<typeof statsSchema>;
export type TopProduct = Stats['topProductsByRevenue'][number];

/** Letters, digits and `-`: a file name's stem, never a path. */
export const backupIdSchema = z.string().regex(/^[A-Za-z0-9-]+$/);

export const backupSchema = zBackup
  .required({ id: true, sizeBytes: true })
  .safeExtend({ id: backupIdSchema, sizeBytes: count });
export type Backup = z.infer<typeof backupSchema>;
export const backupListSchema = z.array(backupSchema);

export const restoreOutcomeSchema = zRestoreOutcome
  .required({ restoredFrom: true, createdAt: true, tables: true, rows: true, signIn: true })
  .safeExtend({
    restoredFrom: z.string().min(1),
    /** The rows restored per table. */
    tables: z.record(z.string(), count),
    rows: count,
    /** A fresh token pair for the restoring admin, or null when the backup has no such account. */
    signIn: loginResponseSchema.nullable(),
  });
export type RestoreOutcome = z.infer<typeof restoreOutcomeSchema>;

export const TEST_MAIL_STATUSES = zTestMailStatus.options;

const testMailId = zTestMail.shape.id.positive();
/** The 202 answer of `POST /api/admin/mail/test`: the id `GET /api/admin/mail/test/{id}` takes. */
export const queuedTestMailSchema = zTestMailQueued.safeExtend({ id: testMailId });
/** `FAILED` is the last attempt: the queue tries again, so it may still turn `SENT`. */
export const testMailSchema = zTestMail
  .required({ status: true, error: true })
  .safeExtend({ id: testMailId });
export type TestMail = z.infer<typeof testMailSchema>;
