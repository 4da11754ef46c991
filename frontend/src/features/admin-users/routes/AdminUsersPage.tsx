import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PaginationBar } from '@/components/ui/PaginationBar';
import { SearchInput } from '@/components/ui/SearchInput';
import {
  BULK_ACTIONS,
  MAX_BULK_IDS,
  ROLES,
  USER_SORTS,
  USER_STATUS_FILTERS,
  type AdminRole,
  type AdminUser,
  type BulkAction,
  type UserSort,
  type UserStatusFilter,
} from '@/lib/api/admin-schemas';
import { useAdminUsers } from '../api/get-users';
import type { UserActionKind } from '../api/user-actions';
import { BulkActionModal } from '../components/BulkActionModal';
import { PurgeInactiveModal } from '../components/PurgeInactiveModal';
import { UserActionModal } from '../components/UserActionModal';
import { UserDrawer } from '../components/UserDrawer';
import { UsersTable } from '../components/UsersTable';

export const ADMIN_USERS_PAGE_SIZE = 20;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return values.find((known) => known === value) ?? '';
}

interface Filters {
  q: string;
  status: UserStatusFilter | '';
  role: AdminRole | '';
  sort: UserSort;
  page: number;
}

export function AdminUsersPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = Number(searchParams.get('page'));
  const filters: Filters = {
    q: searchParams.get('q')?.trim() ?? '',
    status: oneOf(USER_STATUS_FILTERS, searchParams.get('status')),
    role: oneOf(ROLES, searchParams.get('role')),
    sort: oneOf(USER_SORTS, searchParams.get('sort')) || '-createdAt',
    page: Number.isInteger(requested) && requested > 0 ? requested : 1,
  };
  const users = useAdminUsers({
    page: filters.page - 1,
    size: ADMIN_USERS_PAGE_SIZE,
    q: filters.q,
    status: filters.status,
    role: filters.role,
    sort: filters.sort,
  });
  const [selected, setSelected] = useState<ReadonlyMap<number, AdminUser>>(new Map());
  const [bulk, setBulk] = useState<{ action: BulkAction; users: AdminUser[] } | null>(null);
  const [opened, setOpened] = useState<number | null>(null);
  const [acting, setActing] = useState<{ user: AdminUser; action: UserActionKind } | null>(null);
  const [purging, setPurging] = useState(false);

  const show = (changes: Partial<Filters>, replace = false) => {
    const next = { ...filters, page: 1, ...changes };
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.status) params.set('status', next.status);
    if (next.role) params.set('role', next.role);
    if (next.sort !== '-createdAt') params.set('sort', next.sort);
    if (next.page > 1) params.set('page', String(next.page));
    setSearchParams(params, { replace });
  };

  const select = (changed: AdminUser[], on: boolean) => {
    const next = new Map(selected);
    for (const user of changed) {
      if (on) next.set(user.id, user);
      else next.delete(user.id);
    }
    setSelected(next);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('adminUsers.title')}</Title>
        <Button
          variant="light"
          color="red"
          onClick={() => {
            setPurging(true);
          }}
        >
          {t('adminUsers.purge.open')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <SearchInput
          label={t('adminUsers.search')}
          value={filters.q}
          onSearch={(q) => {
            show({ q }, true);
          }}
        />
        <NativeSelect
          label={t('adminUsers.statusFilter')}
          value={filters.status}
          data={[
            { value: '', label: t('adminUsers.all') },
            ...USER_STATUS_FILTERS.map((status) => ({
              value: status,
              label: t(`adminUsers.statuses.${status}`),
            })),
          ]}
          onChange={(event) => {
            show({ status: oneOf(USER_STATUS_FILTERS, event.currentTarget.value) });
          }}
        />
        <NativeSelect
          label={t('adminUsers.roleFilter')}
          value={filters.role}
          data={[
            { value: '', label: t('adminUsers.all') },
            ...ROLES.map((role) => ({ value: role, label: t(`adminUsers.roles.${role}`) })),
          ]}
          onChange={(event) => {
            show({ role: oneOf(ROLES, event.currentTarget.value) });
          }}
        />
        <NativeSelect
          label={t('adminUsers.sort')}
          value={filters.sort}
          data={USER_SORTS.map((sort) => ({ value: sort, label: t(`adminUsers.sorts.${sort}`) }))}
          onChange={(event) => {
            show({ sort: oneOf(USER_SORTS, event.currentTarget.value) || '-createdAt' });
          }}
        />
      </SimpleGrid>
      {selected.size > 0 && (
        <Paper withBorder p="sm" radius="md" role="region" aria-label={t('adminUsers.bulk.label')}>
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('adminUsers.bulk.selected', { count: selected.size })}
            </Text>
            {selected.size > MAX_BULK_IDS && (
              <Text size="sm" c="red">
                {t('adminUsers.bulk.tooMany', { max: MAX_BULK_IDS })}
              </Text>
            )}
            <Group gap="xs">
              {BULK_ACTIONS.map((action) => (
                <Button
                  key={action}
                  size="xs"
                  variant="light"
                  color={action === 'delete' || action === 'block' ? 'red' : undefined}
                  disabled={selected.size > MAX_BULK_IDS}
                  onClick={() => {
                    setBulk({ action, users: [...selected.values()] });
                  }}
                >
                  {t(`adminUsers.bulk.actions.${action}`)}
                </Button>
              ))}
              <Button
                size="xs"
                variant="subtle"
                onClick={() => {
                  setSelected(new Map());
                }}
              >
                {t('adminUsers.bulk.clear')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {users.isPending ? (
        <Skeleton height={200} aria-label={t('adminUsers.loading')} />
      ) : users.isError ? (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.items.length === 0 ? (
        <EmptyState title={t('adminUsers.empty')} text={t('adminUsers.emptyText')} />
      ) : (
        <>
          <UsersTable
            users={users.data.items}
            selected={new Set(selected.keys())}
            onSelect={select}
            onOpen={(user) => {
              setOpened(user.id);
            }}
            onAction={(user, action) => {
              setActing({ user, action });
            }}
          />
          <PaginationBar
            page={filters.page}
            totalPages={users.data.totalPages}
            onChange={(page) => {
              show({ page });
            }}
          />
        </>
      )}
      <UserDrawer
        userId={opened}
        onClose={() => {
          setOpened(null);
        }}
        onAction={(user, action) => {
          setActing({ user, action });
        }}
      />
      {acting && (
        <UserActionModal
          user={acting.user}
          action={acting.action}
          onClose={() => {
            setActing(null);
          }}
          onDeleted={() => {
            select([acting.user], false);
            if (opened === acting.user.id) setOpened(null);
          }}
        />
      )}
      {bulk && (
        <BulkActionModal
          users={bulk.users}
          action={bulk.action}
          onClose={() => {
            setBulk(null);
          }}
          onDone={(succeeded) => {
            // What failed stays selected, to try again or act otherwise.
            const next = new Map(selected);
            for (const id of succeeded) next.delete(id);
            setSelected(next);
          }}
        />
      )}
      {purging && (
        <PurgeInactiveModal
          onClose={() => {
            setPurging(false);
          }}
        />
      )}
    </Stack>
  );
}
