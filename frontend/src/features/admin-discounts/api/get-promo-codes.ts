import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { promoCodeSchema } from '@/lib/api/schemas';

export type { PromoCode } from '@/lib/api/schemas';

export function getPromoCodes(signal?: AbortSignal) {
  return apiRequest('/api/admin/promo-codes', z.array(promoCodeSchema), { signal });
}

export function promoCodesQuery() {
  return queryOptions({
    queryKey: queryKeys.promoCodes(),
    queryFn: ({ signal }) => getPromoCodes(signal),
  });
}

export function usePromoCodes() {
  return useQuery(promoCodesQuery());
}
