import type { Product, User } from '@/lib/api/schemas';
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
