import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useIsPhone } from '@/lib/use-phone';
import type { AccountSession } from '../api/get-sessions';
import { deviceName } from '../user-agent';

function describeDevice(userAgent: string | null, t: TFunction): string {
  const { browser, system } = deviceName(userAgent);
  if (browser && system) return t('sessions.deviceOn', { browser, system });
  return browser ?? system ?? userAgent ?? t('sessions.unknownDevice');
}

interface SessionsTableProps {
  sessions: AccountSession[];
  /** The session being signed out, if any. */
  pendingId: AccountSession['id'] | null;
  onSignOut: (session: AccountSession) => void;
}

export function SessionsTable({ sessions, pendingId, onSignOut }: SessionsTableProps) {
  const { t, i18n } = useTranslation();
  const phone = useIsPhone();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  // This device first, then the most recently used.
  const sorted = [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt.localeCompare(a.lastUsedAt),
  );

  const signOutButton = (session: AccountSession) => (
    <Button
      size="xs"
      variant={session.current ? 'filled' : 'light'}
      color="red"
      loading={pendingId === session.id}
      disabled={pendingId !== null && pendingId !== session.id}
      onClick={() => {
        onSignOut(session);
      }}
    >
      {t('sessions.signOut')}
    </Button>
  );
  const device = (session: AccountSession) => (
    <Group gap="xs">
      <Text size="sm" fw={500} title={session.userAgent ?? undefined}>
        {describeDevice(session.userAgent, t)}
      </Text>
      {session.current && (
        <Badge color="teal" variant="light" size="sm">
          {t('sessions.current')}
        </Badge>
      )}
    </Group>
  );

  if (phone) {
    // A card per session, its "Sign out" always in sight.
    return (
      <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {sorted.map((session) => (
          <Paper component="li" key={session.id} p="sm" radius={0} withBorder>
            <Stack gap={4}>
              {device(session)}
              <Text size="sm">
                {t('sessions.ip')}:{' '}
                <span style={{ fontFamily: 'monospace' }}>{session.ip ?? '—'}</span>
              </Text>
              <Text size="sm">
                {t('sessions.signedIn')}: {when(session.createdAt)}
              </Text>
              <Text size="sm">
                {t('sessions.lastUsed')}: {when(session.lastUsedAt)}
              </Text>
              <Group justify="flex-end">{signOutButton(session)}</Group>
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sessions.device')}</Table.Th>
            <Table.Th>{t('sessions.ip')}</Table.Th>
            <Table.Th>{t('sessions.signedIn')}</Table.Th>
            <Table.Th>{t('sessions.lastUsed')}</Table.Th>
            <Table.Th>{t('sessions.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((session) => (
            <Table.Tr key={session.id}>
              <Table.Td>{device(session)}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {session.ip ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{when(session.createdAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{when(session.lastUsedAt)}</Text>
              </Table.Td>
              <Table.Td>{signOutButton(session)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
