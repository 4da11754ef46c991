import { useTranslation } from 'react-i18next';
import { explainRefusal, explainUnplacedFieldError } from '@/lib/api/describe-error';
import { isApiError } from '@/lib/api/errors';
import { fieldName } from '@/lib/forms';
import { ErrorAlert } from './ErrorAlert';

interface FormErrorAlertProps {
  error: unknown;
  /** The form's fields: server errors about them are shown beside them, not here. */
  fields: readonly string[];
}

/** What went wrong with a form as a whole: everything not already shown beside a field. */
export function FormErrorAlert({ error, fields }: FormErrorAlertProps) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const fieldErrors = isApiError(error) ? error.fieldErrors : [];
  const unmatched = fieldErrors.filter((fe) => !fields.includes(fieldName(fe.field)));
  if (fieldErrors.length > 0 && unmatched.length === 0) return null;
  const message =
    isApiError(error) && unmatched.length > 0
      ? [
          explainRefusal(error.reason, error.message, t, error.details),
          ...unmatched.map((fe) => explainUnplacedFieldError(error, fe, t)),
        ].join('\n')
      : undefined;
  return <ErrorAlert error={error} message={message} />;
}
