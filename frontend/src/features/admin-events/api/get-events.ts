import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { eventSchema, eventTypesSchema } from '@/lib/api/admin-schemas';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { pageSchema } from '@/lib/api/schemas';

export type { AdminEvent } from '@/lib/api/admin-schemas';

export const eventPageSchema = pageSchema(eventSchema);

export interface EventParams {
  /** 0-based. */
  page: number;
  size: number;
  type?: string;
  userId?: number;
  actorId?: number;
  /** ISO instants: `from` inclusive, `to` exclusive. */
  from?: string;
  to?: string;
}

export function getEvents(params: EventParams, signal?: AbortSignal) {
  return apiRequest('/api/admin/events', eventPageSchema, { query: { ...params }, signal });
}

export function useEvents(params: EventParams) {
  return useQuery({
    queryKey: queryKeys.events.list(params),
    queryFn: ({ signal }) => getEvents(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEventTypes() {
  return useQuery({
    queryKey: queryKeys.events.types(),
    queryFn: ({ signal }) => apiRequest('/api/admin/events/types', eventTypesSchema, { signal }),
    staleTime: Infinity,
  });
}
