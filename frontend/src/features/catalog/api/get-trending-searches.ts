import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';

export const trendingSearchesSchema = z.array(
  z.object({ query: z.string(), count: z.number().int().nonnegative() }),
);

export const TRENDING_LIMIT = 5;

/** What people searched for most in the last 7 days. */
export function getTrendingSearches(limit: number, signal?: AbortSignal) {
  return apiRequest('/api/search/trending', trendingSearchesSchema, {
    query: { limit },
    signal,
  });
}

export function trendingSearchesQuery(limit = TRENDING_LIMIT) {
  return queryOptions({
    queryKey: ['search', 'trending', limit],
    queryFn: ({ signal }) => getTrendingSearches(limit, signal),
    staleTime: 5 * 60_000,
  });
}

export function useTrendingSearches(enabled: boolean) {
  return useQuery({ ...trendingSearchesQuery(), enabled });
}
