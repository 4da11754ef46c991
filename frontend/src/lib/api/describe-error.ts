import type { TFunction } from 'i18next';
import { isApiError } from './errors';

export interface ErrorDescription {
  message: string;
  errorId?: string;
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
      const message = error.message.trim() || t('errors.unexpected');
      if (error.status !== null && error.status >= 500 && error.errorId) {
        return { message, errorId: error.errorId };
      }
      return { message };
    }
  }
}
