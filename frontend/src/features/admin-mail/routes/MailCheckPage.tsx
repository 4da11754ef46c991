import { Alert, Button, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import type { TFunction } from 'i18next';
import { explainFieldError } from '@/lib/api/describe-error';
import { isApiError } from '@/lib/api/errors';
import { useSendTestMail, useTestMail } from '../api/test-mail';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** What the shop said about the address, if it named it. */
function fieldProblems(error: unknown, t: TFunction): string | undefined {
  if (!isApiError(error) || error.fieldErrors.length === 0) return undefined;
  return error.fieldErrors.map((problem) => explainFieldError(error, problem, t)).join('\n');
}

function Outcome({ id }: { id: string }) {
  const { t } = useTranslation();
  const mail = useTestMail(id);
  if (mail.isError) return <ErrorAlert error={mail.error} onRetry={() => void mail.refetch()} />;
  const state = mail.data;
  if (state === undefined || state.status === 'QUEUED') {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text size="sm">{t('mailCheck.queued', { to: state?.to ?? '' })}</Text>
      </Group>
    );
  }
  if (state.status === 'SENT') {
    return (
      <Alert color="teal" variant="light" role="status" title={t('mailCheck.sentTitle')}>
        {t('mailCheck.sent', { to: state.to })}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert" title={t('mailCheck.failedTitle')}>
      <Stack gap={4}>
        <Text size="sm">{t('mailCheck.failed', { to: state.to })}</Text>
        <Text size="sm">{state.error ?? t('mailCheck.noReason')}</Text>
        <Text size="sm">{t('mailCheck.retrying')}</Text>
      </Stack>
    </Alert>
  );
}

/** Sends a test mail through the shop's normal mail path, and follows it until it is out. */
export function MailCheckPage() {
  const { t } = useTranslation();
  const send = useSendTestMail();
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const sentId = send.data ? String(send.data.id) : null;

  return (
    <Stack gap="lg" maw={560}>
      <Title order={1}>{t('mailCheck.title')}</Title>
      <Text c="dimmed">{t('mailCheck.text')}</Text>
      <Paper withBorder radius="md" p="lg">
        <form
          noValidate
          aria-label={t('mailCheck.title')}
          onSubmit={(event) => {
            event.preventDefault();
            const address = to.trim();
            if (!EMAIL.test(address)) {
              setProblem(t('mailCheck.invalidAddress'));
              return;
            }
            setProblem(null);
            send.mutate(address);
          }}
        >
          <Stack gap="sm">
            <TextInput
              type="email"
              label={t('mailCheck.to')}
              withAsterisk
              value={to}
              error={problem}
              onChange={(event) => {
                setTo(event.currentTarget.value);
              }}
            />
            {send.isError && (
              <ErrorAlert error={send.error} message={fieldProblems(send.error, t)} />
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={send.isPending}>
                {t('mailCheck.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {sentId !== null && <Outcome key={sentId} id={sentId} />}
    </Stack>
  );
}
