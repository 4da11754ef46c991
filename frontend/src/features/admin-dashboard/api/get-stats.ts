import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { statsSchema } from '@/lib/api/admin-schemas';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';

export type { Stats, TopProduct } from '@/lib/api/admin-schemas';

export function getStats(days: number, signal?: AbortSignal) {
  return apiRequest('/api/admin/stats', statsSchema, { query: { days }, signal });
}

export function useStats(days: number) {
  return useQuery({
    queryKey: queryKeys.stats(days),
    queryFn: ({ signal }) => getStats(days, signal),
    placeholderData: keepPreviousData,
  });
}
