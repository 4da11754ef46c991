import type { Cart, CartLine, Order, Product, User } from '@/lib/api/schemas';
import type {
  AdminEvent,
  AdminUser,
  AdminUserDetail,
  Backup,
  Stats,
} from '@/lib/api/admin-schemas';
import type { Session } from '@/lib/auth/session';

let nextId = 1;

export function aProduct(overrides: Partial<Product> = {}): Product {
  const id = nextId++;
  return {
    id,
    name: `Product ${String(id)}`,
    description: 'A fine thing.',
    price: 12.5,
    salePrice: null,
    stock: 10,
    imageUrl: null,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

export type AdminProductFixture = Product & {
  active: boolean;
  salePercent?: number | null;
  saleEndsAt?: string | null;
};

export function anAdminProduct(overrides: Partial<AdminProductFixture> = {}): AdminProductFixture {
  return { ...aProduct(overrides), active: true, ...overrides };
}

export function aPage<T>(items: T[], page = 0, size = 20, totalItems = items.length) {
  return { items, page, size, totalItems, totalPages: Math.ceil(totalItems / size) };
}

export function aSession(roles: string[] = ['CUSTOMER'], username = 'ann@example.com'): Session {
  return {
    accessToken: 'access-token',
    refreshToken: 'refresh-token',
    username,
    roles,
    expiresAt: Date.now() + 3_600_000,
  };
}

export function anErrorBody(code: number, message: string, extra: Record<string, unknown> = {}) {
  return { code, message, ...extra };
}

export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: 7,
    fullName: 'Ann Example',
    email: 'ann@example.com',
    phone: '+79123456789',
    pictureUrl: null,
    roles: ['CUSTOMER'],
    createdAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

/** The answer of a sign-in or a token refresh. */
export function aTokenPair(access = 'new-access', refresh = 'new-refresh') {
  return {
    access_token: access,
    refresh_token: refresh,
    token_type: 'Bearer',
    expires_in: 900,
    username: 'ann@example.com',
    roles: ['CUSTOMER'],
  };
}

export function anEmptyCart(): Cart {
  return {
    lines: [],
    subtotal: 0,
    discounts: [],
    total: 0,
    promoCode: null,
    promoCodeProblem: null,
    currency: 'EUR',
  };
}

export function aCartLine(overrides: Partial<CartLine> = {}): CartLine {
  const unitPrice = overrides.unitPrice ?? 10;
  const quantity = overrides.quantity ?? 1;
  return {
    productId: 1,
    name: 'Linen towel',
    unitPrice,
    quantity,
    lineTotal: Math.round(unitPrice * quantity * 100) / 100,
    available: true,
    ...overrides,
  };
}

/** A cart whose totals follow from its lines (unavailable lines left out) and discounts. */
export function aCart(lines: CartLine[], overrides: Partial<Cart> = {}): Cart {
  const subtotal = lines.filter((l) => l.available).reduce((sum, l) => sum + l.lineTotal, 0);
  const discounts = overrides.discounts ?? [];
  const off = discounts.reduce((sum, d) => sum + Math.abs(d.amount), 0);
  return {
    ...anEmptyCart(),
    lines,
    subtotal,
    total: Math.round((subtotal - off) * 100) / 100,
    ...overrides,
  };
}

export function anOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: 41,
    status: 'PAID',
    lines: [{ productId: 1, name: 'Linen towel', unitPrice: 10, quantity: 2, lineTotal: 20 }],
    subtotal: 20,
    discounts: [],
    total: 20,
    promoCode: null,
    createdAt: '2026-11-20T09:30:00Z',
    refundedAt: null,
    ...overrides,
  };
}

/** A user as the back office lists them. */
export function anAdminUser(overrides: Partial<AdminUser> = {}): AdminUser {
  return {
    id: 7,
    fullName: 'Ann Example',
    email: 'ann@example.com',
    phone: '+79123456789',
    roles: ['CUSTOMER'],
    status: 'ACTIVE',
    lockedUntil: null,
    blockedUntil: null,
    blockReason: null,
    blockCategory: null,
    balance: 25,
    completedOrders: 2,
    totalSpent: 40,
    lastLoginAt: '2026-11-30T08:00:00Z',
    createdAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

export function anAdminUserDetail(overrides: Partial<AdminUserDetail> = {}): AdminUserDetail {
  return {
    ...anAdminUser(overrides),
    sessions: [],
    recentOrders: [],
    ledger: [],
    recentEvents: [],
    ...overrides,
  };
}

export function anEvent(overrides: Partial<AdminEvent> = {}): AdminEvent {
  return {
    id: 501,
    at: '2026-12-01T09:15:00Z',
    type: 'LOGIN_SUCCEEDED',
    actorId: 7,
    subjectId: 7,
    ip: '203.0.113.9',
    details: '',
    ...overrides,
  };
}

/** A dashboard of `days` days ending 2026-12-04 with nothing sold. */
export function anEmptyStats(days = 30): Stats {
  const dates = Array.from({ length: days }, (_, index) => {
    const date = new Date(Date.UTC(2026, 11, 4 - (days - 1 - index)));
    return date.toISOString().slice(0, 10);
  });
  return {
    from: dates[0] ?? '2026-12-04',
    to: '2026-12-04',
    timeZone: 'UTC',
    totals: { revenue: 0, orders: 0, refunds: 0, newCustomers: 0 },
    revenueByDay: dates.map((date) => ({ date, revenue: 0, orders: 0, refunds: 0 })),
    topProductsByRevenue: [],
    topProductsByUnits: [],
    newCustomersByDay: dates.map((date) => ({ date, count: 0 })),
    activeCarts: 0,
    trendingSearches: [],
  };
}

export function aBackup(overrides: Partial<Backup> = {}): Backup {
  return {
    id: '20261203-101500-abc',
    createdAt: '2026-12-03T10:15:00Z',
    sizeBytes: 1536,
    ...overrides,
  };
}
