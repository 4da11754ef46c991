import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bulkOutcomeSchema, type BulkUserRequest } from '@/lib/api/admin-schemas';
import { apiRequest } from '@/lib/api/client';
import { refreshAfterUserChange } from './user-actions';

export type { BulkOutcome } from '@/lib/api/admin-schemas';

/** One action on many users; each id succeeds or fails on its own. */
export function bulkUserAction(request: BulkUserRequest) {
  return apiRequest('/api/admin/users/bulk', bulkOutcomeSchema, { method: 'POST', json: request });
}

export function useBulkUserAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkUserAction,
    onSettled: () => {
      refreshAfterUserChange(queryClient);
    },
  });
}
