import {
  Anchor,
  Button,
  Code,
  Drawer,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import type { AdminUserDetail } from '@/lib/api/admin-schemas';
import { formatDateTime, formatPrice } from '@/lib/format';
import { useAdminUser } from '../api/get-user';
import type { UserActionKind } from '../api/user-actions';
import { actionsFor } from '../user-view';
import { StatusBadges } from './UsersTable';

interface UserDrawerProps {
  userId: number | null;
  onClose: () => void;
  onAction: (user: AdminUserDetail, action: UserActionKind) => void;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function Section({
  title,
  empty,
  children,
}: {
  title: string;
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('adminUsers.detail.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={4} fz="sm">
            {children}
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function Details({
  user,
  onAction,
}: {
  user: AdminUserDetail;
  onAction: UserDrawerProps['onAction'];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, language) : '—');
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text fw={600}>{user.fullName}</Text>
        <Text size="sm">{user.email}</Text>
        {user.phone && <Text size="sm">{user.phone}</Text>}
        <StatusBadges user={user} />
      </Stack>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        <Fact label={t('adminUsers.detail.id')}>{user.id}</Fact>
        <Fact label={t('adminUsers.columns.roles')}>
          {user.roles.map((role) => t(`adminUsers.roles.${role}`)).join(', ')}
        </Fact>
        <Fact label={t('adminUsers.columns.balance')}>{formatPrice(user.balance, language)}</Fact>
        <Fact label={t('adminUsers.columns.orders')}>{user.completedOrders}</Fact>
        <Fact label={t('adminUsers.columns.spent')}>{formatPrice(user.totalSpent, language)}</Fact>
        <Fact label={t('adminUsers.columns.lastLogin')}>
          {user.lastLoginAt ? when(user.lastLoginAt) : t('adminUsers.never')}
        </Fact>
        <Fact label={t('adminUsers.detail.created')}>{when(user.createdAt)}</Fact>
        {user.status === 'BLOCKED' && (
          <Fact label={t('adminUsers.detail.blockedUntil')}>
            {user.blockedUntil ? when(user.blockedUntil) : t('adminUsers.detail.forGood')}
          </Fact>
        )}
        {user.blockReason && (
          <Fact label={t('adminUsers.detail.blockReason')}>{user.blockReason}</Fact>
        )}
        {user.blockCategory && (
          <Fact label={t('adminUsers.detail.blockCategory')}>
            {t(`adminUsers.block.categories.${user.blockCategory}`)}
          </Fact>
        )}
        {user.lockedUntil && (
          <Fact label={t('adminUsers.detail.lockedUntil')}>{when(user.lockedUntil)}</Fact>
        )}
      </SimpleGrid>
      <Group gap="xs" aria-label={t('adminUsers.columns.actions')} role="group">
        {actionsFor(user).map((action) => (
          <Button
            key={action}
            size="xs"
            variant="light"
            color={action === 'delete' ? 'red' : undefined}
            onClick={() => {
              onAction(user, action);
            }}
          >
            {t(`adminUsers.actions.${action}`)}
          </Button>
        ))}
      </Group>
      <Section title={t('adminUsers.detail.sessions')} empty={user.sessions.length === 0}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('adminUsers.detail.device')}</Table.Th>
            <Table.Th>{t('adminUsers.detail.ip')}</Table.Th>
            <Table.Th>{t('adminUsers.detail.signedIn')}</Table.Th>
            <Table.Th>{t('adminUsers.detail.lastUsed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {user.sessions.map((session) => (
            <Table.Tr key={session.id}>
              <Table.Td>{session.userAgent ?? '—'}</Table.Td>
              <Table.Td>{session.ip ?? '—'}</Table.Td>
              <Table.Td>{when(session.createdAt)}</Table.Td>
              <Table.Td>{when(session.lastUsedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Section>
      <Section title={t('adminUsers.detail.orders')} empty={user.recentOrders.length === 0}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('adminUsers.detail.order')}</Table.Th>
            <Table.Th>{t('adminUsers.detail.date')}</Table.Th>
            <Table.Th>{t('adminUsers.detail.status')}</Table.Th>
            <Table.Th ta="right">{t('adminUsers.detail.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {user.recentOrders.map((order) => (
            <Table.Tr key={order.id}>
              <Table.Td>{order.id}</Table.Td>
              <Table.Td>{when(order.createdAt)}</Table.Td>
              <Table.Td>{order.status}</Table.Td>
              <Table.Td ta="right">{formatPrice(order.total, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Section>
      <Section title={t('adminUsers.detail.ledger')} empty={user.ledger.length === 0}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('adminUsers.detail.date')}</Table.Th>
            <Table.Th>{t('adminUsers.detail.type')}</Table.Th>
            <Table.Th ta="right">{t('adminUsers.detail.amount')}</Table.Th>
            <Table.Th ta="right">{t('adminUsers.detail.balanceAfter')}</Table.Th>
            <Table.Th>{t('adminUsers.detail.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {user.ledger.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{when(entry.createdAt)}</Table.Td>
              <Table.Td>{t(`balance.types.${entry.type}`)}</Table.Td>
              <Table.Td ta="right">{formatPrice(entry.amount, language)}</Table.Td>
              <Table.Td ta="right">{formatPrice(entry.balanceAfter, language)}</Table.Td>
              <Table.Td>{entry.note ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Section>
      <Section title={t('adminUsers.detail.events')} empty={user.recentEvents.length === 0}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('adminUsers.detail.date')}</Table.Th>
            <Table.Th>{t('adminUsers.detail.type')}</Table.Th>
            <Table.Th>{t('adminUsers.detail.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {user.recentEvents.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>{when(event.at)}</Table.Td>
              <Table.Td>{event.type}</Table.Td>
              <Table.Td>
                {event.details && <Code style={{ whiteSpace: 'pre-wrap' }}>{event.details}</Code>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Section>
      <Anchor component={Link} to={`/admin/events?userId=${String(user.id)}`} size="sm">
        {t('adminUsers.detail.allEvents')}
      </Anchor>
    </Stack>
  );
}

/** One user in full: facts, actions, sessions, recent orders, ledger and events. */
export function UserDrawer({ userId, onClose, onAction }: UserDrawerProps) {
  const { t } = useTranslation();
  const user = useAdminUser(userId);
  return (
    <Drawer
      opened={userId !== null}
      onClose={onClose}
      position="right"
      size="min(100%, 760px)"
      title={user.data?.fullName ?? t('adminUsers.detail.title')}
      closeButtonProps={{ 'aria-label': t('adminUsers.close') }}
    >
      {user.isPending ? (
        <Skeleton height={240} aria-label={t('adminUsers.loading')} />
      ) : user.isError ? (
        <ErrorAlert error={user.error} onRetry={() => void user.refetch()} />
      ) : (
        <Details user={user.data} onAction={onAction} />
      )}
    </Drawer>
  );
}
