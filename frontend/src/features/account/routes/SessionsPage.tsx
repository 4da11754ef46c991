import { Alert, Anchor, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { useSessions } from '../api/get-sessions';
import { useRevokeSession } from '../api/revoke-session';
import { SessionsTable } from '../components/SessionsTable';

export function SessionsPage() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const revoke = useRevokeSession();

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('sessions.title')}</Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('sessions.text')}
        </Text>
      </div>
      {revoke.error && <ErrorAlert error={revoke.error} />}
      {revoke.isSuccess && !revoke.variables.current && (
        <Alert color="teal" variant="light" role="status">
          <Text size="sm">{t('sessions.signedOut')}</Text>
        </Alert>
      )}
      {sessions.isPending ? (
        <Stack aria-busy="true" aria-label={t('sessions.loading')}>
          <Skeleton height={44} />
          <Skeleton height={44} />
        </Stack>
      ) : sessions.isError ? (
        <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <EmptyState title={t('sessions.empty')} />
      ) : (
        <Paper withBorder radius="md">
          <SessionsTable
            sessions={sessions.data}
            pendingId={revoke.isPending ? revoke.variables.id : null}
            onSignOut={(session) => {
              revoke.mutate(session);
            }}
          />
        </Paper>
      )}
      <Anchor component={Link} to="/account/profile" size="sm">
        {t('sessions.backToProfile')}
      </Anchor>
    </Stack>
  );
}
