import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { cartSchema } from '@/lib/api/schemas';

export function getCart(signal?: AbortSignal) {
  return apiRequest('/api/cart', cartSchema, { signal });
}

export function cartQuery() {
  return queryOptions({
    queryKey: queryKeys.cart(),
    queryFn: ({ signal }) => getCart(signal),
  });
}

export function useCart() {
  return useQuery(cartQuery());
}

/** How many items the cart holds, counting each unit. */
export function itemCount(lines: readonly { quantity: number }[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0);
}
