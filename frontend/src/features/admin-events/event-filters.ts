import type { EventParams } from './api/get-events';

/** The filters as the address bar and the form hold them: text, times in local `datetime-local`. */
export interface EventFilters {
  type: string;
  userId: string;
  actorId: string;
  from: string;
  to: string;
}

export const FILTER_NAMES = ['type', 'userId', 'actorId', 'from', 'to'] as const;

export const NO_FILTERS: EventFilters = { type: '', userId: '', actorId: '', from: '', to: '' };

export function readFilters(params: URLSearchParams): EventFilters {
  const filters = { ...NO_FILTERS };
  for (const name of FILTER_NAMES) filters[name] = params.get(name)?.trim() ?? '';
  return filters;
}

const WHOLE_NUMBER = /^\d+$/;

function isId(text: string): boolean {
  return WHOLE_NUMBER.test(text) && Number(text) > 0 && Number.isSafeInteger(Number(text));
}

function instant(local: string): string | undefined {
  if (local === '') return undefined;
  const time = new Date(local);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

export type FilterProblems = Partial<Record<'userId' | 'actorId' | 'to', 'id' | 'order'>>;

export function checkFilters(filters: EventFilters): FilterProblems {
  const problems: FilterProblems = {};
  if (filters.userId !== '' && !isId(filters.userId)) problems.userId = 'id';
  if (filters.actorId !== '' && !isId(filters.actorId)) problems.actorId = 'id';
  const from = instant(filters.from);
  const to = instant(filters.to);
  if (from !== undefined && to !== undefined && from >= to) problems.to = 'order';
  return problems;
}

/** The query of the filters; a filter that is not valid is left out. */
export function toParams(filters: EventFilters, page: number, size: number): EventParams {
  const params: EventParams = { page, size };
  if (filters.type) params.type = filters.type;
  if (isId(filters.userId)) params.userId = Number(filters.userId);
  if (isId(filters.actorId)) params.actorId = Number(filters.actorId);
  const from = instant(filters.from);
  const to = instant(filters.to);
  if (from) params.from = from;
  if (to) params.to = to;
  return params;
}
