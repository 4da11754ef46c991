import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError, type FieldError } from '@/lib/api/errors';

/** `body.price`, `command.price` and `price` all name the form field `price`. */
export function fieldName(serverField: string): string {
  const parts = serverField.split(/[.[\]]/).filter(Boolean);
  return parts[parts.length - 1] ?? serverField;
}

/**
 * Puts the server's field errors next to their form fields.
 * Returns the ones that match no field, to be shown with the form as a whole.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
  /** Server field names that the form calls otherwise. */
  aliases: Partial<Record<string, Path<T>>> = {},
): FieldError[] {
  if (!isApiError(error)) return [];
  const unmatched: FieldError[] = [];
  let focused = false;
  for (const fieldError of error.fieldErrors) {
    const serverName = fieldName(fieldError.field);
    const field = aliases[serverName] ?? fields.find((name) => name === serverName);
    if (field === undefined) {
      unmatched.push(fieldError);
      continue;
    }
    setError(field, { type: 'server', message: fieldError.message }, { shouldFocus: !focused });
    focused = true;
  }
  return unmatched;
}
