import type { AdminUser, BlockCategory, BlockRequest } from '@/lib/api/admin-schemas';
import type { UserActionKind } from './api/user-actions';

/** Locked out after failed logins right now. */
export function isLocked(user: Pick<AdminUser, 'lockedUntil'>, now: number = Date.now()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}

/** The actions that make sense for the user as they are, in the order the menus show them. */
export function actionsFor(user: AdminUser, now: number = Date.now()): UserActionKind[] {
  const actions: UserActionKind[] = [user.status === 'BLOCKED' ? 'unblock' : 'block'];
  actions.push(user.status === 'DEACTIVATED' ? 'activate' : 'deactivate');
  if (isLocked(user, now)) actions.push('unlock');
  actions.push('roles', 'delete');
  return actions;
}

export const MAX_BLOCK_REASON = 500;

/** The block form as typed: `until` from a `datetime-local` input, in the admin's time zone. */
export interface BlockDraft {
  until: string;
  reason: string;
  category: BlockCategory;
}

export const EMPTY_BLOCK: BlockDraft = { until: '', reason: '', category: 'OTHER' };

export type BlockProblems = Partial<Record<'until' | 'reason', 'required' | 'tooLong' | 'past'>>;

export function checkBlock(draft: BlockDraft, now: number = Date.now()): BlockProblems {
  const problems: BlockProblems = {};
  const reason = draft.reason.trim();
  if (reason === '') problems.reason = 'required';
  else if (reason.length > MAX_BLOCK_REASON) problems.reason = 'tooLong';
  if (draft.until !== '') {
    const until = new Date(draft.until).getTime();
    if (Number.isNaN(until) || until <= now) problems.until = 'past';
  }
  return problems;
}

export function toBlockRequest(draft: BlockDraft): BlockRequest {
  return {
    reason: draft.reason.trim(),
    category: draft.category,
    ...(draft.until === '' ? {} : { until: new Date(draft.until).toISOString() }),
  };
}
