import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { PRODUCTS_QUERY_KEY, productSchema } from '@/lib/api/schemas';

export const recommendationsSchema = z.array(productSchema);

/** Products bought together with this one. */
export function getRecommendations(id: string, signal?: AbortSignal) {
  return apiRequest(
    `/api/products/${encodeURIComponent(id)}/recommendations`,
    recommendationsSchema,
    { signal },
  );
}

export function recommendationsQuery(id: string) {
  return queryOptions({
    queryKey: [PRODUCTS_QUERY_KEY, 'recommendations', id],
    queryFn: ({ signal }) => getRecommendations(id, signal),
  });
}

export function useRecommendations(id: string) {
  return useQuery(recommendationsQuery(id));
}
