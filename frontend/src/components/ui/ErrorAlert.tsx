import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/lib/api/describe-error';

interface ErrorAlertProps {
  error: unknown;
  /** Overrides the plain-words message worked out from `error`. */
  message?: string;
  onRetry?: () => void;
}

/** A failure in plain words, with the error id of a server fault for support. */
export function ErrorAlert({ error, message, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const description = describeError(error, t);
  return (
    <Alert color="red" variant="light" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {message ?? description.message}
        </Text>
        {description.errorId && (
          <Text size="sm" ff="monospace">
            {t('errors.errorId', { id: description.errorId })}
          </Text>
        )}
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
