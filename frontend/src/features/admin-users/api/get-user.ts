import { useQuery } from '@tanstack/react-query';
import { adminUserDetailSchema } from '@/lib/api/admin-schemas';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';

export type { AdminUserDetail } from '@/lib/api/admin-schemas';

export function getAdminUser(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/admin/users/${String(id)}`, adminUserDetailSchema, { signal });
}

/** One user with sessions, recent orders, ledger and events; nothing while `id` is null. */
export function useAdminUser(id: number | null) {
  return useQuery({
    queryKey: queryKeys.adminUsers.detail(id ?? 0),
    queryFn: ({ signal }) => getAdminUser(id ?? 0, signal),
    enabled: id !== null,
  });
}
