import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import {
  explainFieldError,
  explainRefusal,
  explainUnplacedFieldError,
} from '@/lib/api/describe-error';
import { isApiError, type FieldError } from '@/lib/api/errors';
import { i18n } from '@/lib/i18n';

/** `body.price`, `command.price` and `price` all name the form field `price`. */
export function fieldName(serverField: string): string {
  const parts = serverField.split(/[.[\]]/).filter(Boolean);
  return parts[parts.length - 1] ?? serverField;
}

/**
 * Puts the server's field errors next to their form fields (several about one field together).
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
  const messages = new Map<Path<T>, string[]>();
  for (const fieldError of error.fieldErrors) {
    const serverName = fieldName(fieldError.field);
    const field = aliases[serverName] ?? fields.find((name) => name === serverName);
    if (field === undefined) {
      unmatched.push(fieldError);
      continue;
    }
    const text = explainFieldError(error, fieldError, i18n.t);
    const known = messages.get(field) ?? [];
    // A refusal says its sentence once, however many fields it names.
    if (!known.includes(text)) messages.set(field, [...known, text]);
  }
  let focused = false;
  for (const [field, texts] of messages) {
    setError(field, { type: 'server', message: texts.join('; ') }, { shouldFocus: !focused });
    focused = true;
  }
  return unmatched;
}

interface RefusalOptions<T extends FieldValues> {
  /** Server field names that the form calls otherwise. */
  aliases?: Partial<Record<string, Path<T>>>;
  /** The field a refusal without field errors is about, worked out from its message. */
  fieldOfMessage?: (message: string) => Path<T> | undefined;
}

/**
 * Shows why the shop refused a form: each field error beside its field, or a bare message beside
 * the field it names. Returns the lines left for the form as a whole.
 */
export function showFormRefusal<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
  { aliases = {}, fieldOfMessage }: RefusalOptions<T> = {},
): string[] {
  if (!isApiError(error) || error.kind !== 'http') return [];
  if (error.fieldErrors.length > 0) {
    return applyServerFieldErrors(error, fields, setError, aliases).map((fieldError) =>
      explainUnplacedFieldError(error, fieldError, i18n.t),
    );
  }
  const field = fieldOfMessage?.(error.message);
  const message = explainRefusal(error.reason, error.message, i18n.t, error.details);
  if (field === undefined) return [message];
  setError(field, { type: 'server', message }, { shouldFocus: true });
  return [];
}
