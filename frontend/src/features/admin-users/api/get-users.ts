import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  adminUserSchema,
  type AdminRole,
  type UserSort,
  type UserStatusFilter,
} from '@/lib/api/admin-schemas';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { pageSchema } from '@/lib/api/schemas';

export type { AdminUser } from '@/lib/api/admin-schemas';

export const adminUserPageSchema = pageSchema(adminUserSchema);

export interface AdminUserParams {
  /** 0-based. */
  page: number;
  size: number;
  q: string;
  status: UserStatusFilter | '';
  role: AdminRole | '';
  sort: UserSort;
}

export function getAdminUsers(params: AdminUserParams, signal?: AbortSignal) {
  return apiRequest('/api/admin/users', adminUserPageSchema, { query: { ...params }, signal });
}

export function adminUsersQuery(params: AdminUserParams) {
  return queryOptions({
    queryKey: queryKeys.adminUsers.list(params),
    queryFn: ({ signal }) => getAdminUsers(params, signal),
  });
}

export function useAdminUsers(params: AdminUserParams) {
  return useQuery({ ...adminUsersQuery(params), placeholderData: keepPreviousData });
}
