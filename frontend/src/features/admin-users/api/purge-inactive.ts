import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { purgePreviewSchema, purgeResultSchema } from '@/lib/api/admin-schemas';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { refreshAfterUserChange } from './user-actions';

/** How many accounts "delete inactive accounts" would delete; nothing while `days` is null. */
export function usePurgePreview(days: number | null) {
  return useQuery({
    queryKey: queryKeys.adminUsers.purgePreview(days ?? 0),
    queryFn: ({ signal }) =>
      apiRequest('/api/admin/users/purge-inactive', purgePreviewSchema, {
        query: { inactiveDays: days },
        signal,
      }),
    enabled: days !== null,
  });
}

export function usePurgeInactive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (inactiveDays: number) =>
      apiRequest('/api/admin/users/purge-inactive', purgeResultSchema, {
        method: 'POST',
        json: { inactiveDays },
      }),
    onSettled: () => {
      refreshAfterUserChange(queryClient);
    },
  });
}
