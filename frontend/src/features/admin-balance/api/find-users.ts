import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { adminUserDetailSchema, adminUserSchema } from '@/lib/api/admin-schemas';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { pageSchema } from '@/lib/api/schemas';

export type { AdminUser } from '@/lib/api/admin-schemas';

export const FOUND_USERS_SHOWN = 8;

/** Users whose name, email or phone contains `q`; nothing asked while `q` is empty. */
export function useFoundUsers(q: string) {
  const params = { page: 0, size: FOUND_USERS_SHOWN, q };
  return useQuery({
    queryKey: queryKeys.adminUsers.list(params),
    queryFn: ({ signal }) =>
      apiRequest('/api/admin/users', pageSchema(adminUserSchema), { query: params, signal }),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
}

/** One user by id, to name the one an address bar points at. */
export function useUserById(id: number | null) {
  return useQuery({
    queryKey: queryKeys.adminUsers.detail(id ?? 0),
    queryFn: ({ signal }) =>
      apiRequest(`/api/admin/users/${String(id ?? 0)}`, adminUserDetailSchema, { signal }),
    enabled: id !== null,
  });
}
