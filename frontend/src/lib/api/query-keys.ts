/**
 * Every TanStack Query key of the SPA, for the queries and for what a change invalidates. A key
 * starts with the root of the data it holds, so invalidating a root (`products.all()`) refreshes
 * every list and page built on that data, the shop front's and the admin's alike.
 */
export const queryKeys = {
  me: {
    all: () => ['me'] as const,
    sessions: () => ['me', 'sessions'] as const,
  },
  cart: () => ['cart'] as const,
  products: {
    all: () => ['products'] as const,
    catalog: <P extends object>(params: P) => ['products', 'catalog', params] as const,
    detail: (id: string) => ['products', 'detail', id] as const,
    recommendations: (id: string) => ['products', 'recommendations', id] as const,
    admin: <P extends object>(params: P) => ['products', 'admin', params] as const,
    onSale: () => ['products', 'admin', 'on-sale'] as const,
  },
  orders: {
    all: () => ['orders'] as const,
    mine: <P extends object>(params: P) => ['orders', 'mine', params] as const,
    mineDetail: (id: string) => ['orders', 'mine', 'detail', id] as const,
    admin: <P extends object>(params: P) => ['orders', 'admin', params] as const,
  },
  balance: {
    all: () => ['balance'] as const,
    current: () => ['balance', 'current'] as const,
    transactions: <P extends object>(params: P) => ['balance', 'transactions', params] as const,
  },
  discounts: () => ['admin', 'discounts'] as const,
  promoCodes: () => ['admin', 'promo-codes'] as const,
  trendingSearches: (limit: number) => ['search', 'trending', limit] as const,
  /** The back office's users; a change to one refreshes the lists, details and previews. */
  adminUsers: {
    all: () => ['admin', 'users'] as const,
    list: <P extends object>(params: P) => ['admin', 'users', 'list', params] as const,
    detail: (id: number) => ['admin', 'users', 'detail', id] as const,
    purgePreview: (inactiveDays: number) => ['admin', 'users', 'purge', inactiveDays] as const,
  },
  events: {
    all: () => ['admin', 'events'] as const,
    list: <P extends object>(params: P) => ['admin', 'events', 'list', params] as const,
    types: () => ['admin', 'events', 'types'] as const,
  },
  stats: (days: number) => ['admin', 'stats', days] as const,
  backups: () => ['admin', 'backups'] as const,
  testMail: (id: string) => ['admin', 'mail', 'test', id] as const,
};
