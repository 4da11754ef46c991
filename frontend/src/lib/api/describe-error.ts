import type { TFunction } from 'i18next';
import { isApiError } from './errors';

export interface ErrorDescription {
  message: string;
  errorId?: string;
}

/**
 * Refusals the SPA explains in its own words, by their `reason` (docs/errors.md), in the reader's
 * language; any other keeps the shop's message.
 */
const EXPLAINED_REASONS = [
  'LAST_ADMIN',
  'CANNOT_CHANGE_OWN_ACCOUNT',
  'BACKUP_INVALID',
  'BACKUP_TOO_NEW',
] as const;
type ExplainedReason = (typeof EXPLAINED_REASONS)[number];

function isExplained(reason: string | null | undefined): reason is ExplainedReason {
  return EXPLAINED_REASONS.some((known) => known === reason);
}

/** A refusal in plain words: the SPA's own for the reasons it knows, else the shop's message. */
export function explainRefusal(
  reason: string | null | undefined,
  message: string,
  t: TFunction,
): string {
  if (isExplained(reason)) return t(`refusals.${reason}`);
  return message.trim() || t('errors.unexpected');
}

/** Turns any failure into plain words for the person in front of the screen. */
export function describeError(error: unknown, t: TFunction): ErrorDescription {
  if (!isApiError(error)) return { message: t('errors.unexpected') };
  switch (error.kind) {
    case 'network':
      return { message: t('errors.network') };
    case 'invalid-response':
      return { message: t('errors.invalidResponse') };
    case 'http': {
      const message = explainRefusal(error.reason, error.message, t);
      if (error.status !== null && error.status >= 500 && error.errorId) {
        return { message, errorId: error.errorId };
      }
      return { message };
    }
  }
}
