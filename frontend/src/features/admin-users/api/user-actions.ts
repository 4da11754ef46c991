import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  adminUserDetailSchema,
  type AdminRole,
  type AdminUserDetail,
  type BlockRequest,
} from '@/lib/api/admin-schemas';
import { apiRequest, apiSend } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';

/** What an admin can do to one user. */
export type UserAction =
  | { kind: 'block'; block: BlockRequest }
  | { kind: 'unblock' | 'activate' | 'deactivate' | 'unlock' | 'delete' }
  | { kind: 'roles'; roles: AdminRole[] };
export type UserActionKind = UserAction['kind'];

/** The user as the action left them, or null once deleted. */
export async function runUserAction(
  id: number,
  action: UserAction,
): Promise<AdminUserDetail | null> {
  const path = `/api/admin/users/${String(id)}`;
  switch (action.kind) {
    case 'block':
      return apiRequest(`${path}/block`, adminUserDetailSchema, {
        method: 'POST',
        json: action.block,
      });
    case 'roles':
      return apiRequest(`${path}/roles`, adminUserDetailSchema, {
        method: 'PUT',
        json: action.roles,
      });
    case 'delete':
      await apiSend(path, { method: 'DELETE' });
      return null;
    default:
      return apiRequest(`${path}/${action.kind}`, adminUserDetailSchema, { method: 'POST' });
  }
}

/** After any change to users: the lists, details, the event log and the dashboard are stale. */
export function refreshAfterUserChange(queryClient: QueryClient) {
  for (const queryKey of [queryKeys.adminUsers.all(), queryKeys.events.all()]) {
    void queryClient.invalidateQueries({ queryKey });
  }
}

export function useUserAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: UserAction }) => runUserAction(id, action),
    onSuccess: (detail, { id }) => {
      if (detail) queryClient.setQueryData(queryKeys.adminUsers.detail(id), detail);
    },
    // Also after a refusal: someone else may have changed the user meanwhile.
    onSettled: () => {
      refreshAfterUserChange(queryClient);
    },
  });
}
