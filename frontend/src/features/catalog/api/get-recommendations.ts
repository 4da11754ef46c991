import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { hasStatus } from '@/lib/api/errors';
import { queryKeys } from '@/lib/api/query-keys';
import { productSchema, type Product } from '@/lib/api/schemas';
import { shouldRetry } from '@/lib/query-client';

export const recommendationsSchema = z.array(productSchema);

/**
 * Products bought together with this one. A 404 (a shop without recommendations yet, or a
 * product gone meanwhile) means there is nothing to recommend.
 */
export async function getRecommendations(id: string, signal?: AbortSignal): Promise<Product[]> {
  try {
    return await apiRequest(
      `/api/products/${encodeURIComponent(id)}/recommendations`,
      recommendationsSchema,
      { signal },
    );
  } catch (error) {
    if (hasStatus(error, 404)) return [];
    throw error;
  }
}

/** A side section: a failure only hides it, and only a passing fault is tried again. */
export function recommendationsQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.products.recommendations(id),
    queryFn: ({ signal }) => getRecommendations(id, signal),
    retry: (failures, error) => !hasStatus(error, 404) && shouldRetry(failures, error),
  });
}

export function useRecommendations(id: string) {
  return useQuery(recommendationsQuery(id));
}
