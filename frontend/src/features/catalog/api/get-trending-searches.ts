import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { hasStatus } from '@/lib/api/errors';
import { queryKeys } from '@/lib/api/query-keys';
import { trendingSearchSchema, type TrendingSearch } from '@/lib/api/schemas';
import { shouldRetry } from '@/lib/query-client';

export const trendingSearchesSchema = z.array(trendingSearchSchema);

export const TRENDING_LIMIT = 5;

export type { TrendingSearch } from '@/lib/api/schemas';

/**
 * What people searched for most in the last 7 days. A 404 (a shop that does not count searches
 * yet) means there is nothing to offer.
 */
export async function getTrendingSearches(
  limit: number,
  signal?: AbortSignal,
): Promise<TrendingSearch[]> {
  try {
    return await apiRequest('/api/search/trending', trendingSearchesSchema, {
      query: { limit },
      signal,
    });
  } catch (error) {
    if (hasStatus(error, 404)) return [];
    throw error;
  }
}

/** Suggestions only: a failure offers none, and only a passing fault is tried again. */
export function trendingSearchesQuery(limit = TRENDING_LIMIT) {
  return queryOptions({
    queryKey: queryKeys.trendingSearches(limit),
    queryFn: ({ signal }) => getTrendingSearches(limit, signal),
    staleTime: 5 * 60_000,
    retry: (failures, error) => !hasStatus(error, 404) && shouldRetry(failures, error),
  });
}

export function useTrendingSearches(enabled: boolean) {
  return useQuery({ ...trendingSearchesQuery(), enabled });
}
