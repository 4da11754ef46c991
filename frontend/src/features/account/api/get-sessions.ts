import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { idSchema, timestampSchema } from '@/lib/api/schemas';

export const SESSIONS_QUERY_KEY = ['me', 'sessions'] as const;

/** A device signed in to the account. */
export const accountSessionSchema = z.object({
  id: idSchema,
  createdAt: timestampSchema,
  lastUsedAt: timestampSchema.nullable(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  /** The session of the device asking. */
  current: z.boolean(),
});

export type AccountSession = z.infer<typeof accountSessionSchema>;

export function getSessions(signal?: AbortSignal) {
  return apiRequest('/api/me/sessions', z.array(accountSessionSchema), { signal });
}

export function sessionsQuery() {
  return queryOptions({
    queryKey: SESSIONS_QUERY_KEY,
    queryFn: ({ signal }) => getSessions(signal),
  });
}

export function useSessions() {
  return useQuery(sessionsQuery());
}
