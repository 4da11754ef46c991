import { Badge, Button, Checkbox, Group, Menu, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '@/lib/api/admin-schemas';
import { formatDateTime, formatPrice } from '@/lib/format';
import type { UserActionKind } from '../api/user-actions';
import { actionsFor, isLocked } from '../user-view';

export function StatusBadges({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const color = { ACTIVE: 'teal', BLOCKED: 'red', DEACTIVATED: 'gray' }[user.status];
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={color} variant="light">
        {t(`adminUsers.statuses.${user.status}`)}
      </Badge>
      {isLocked(user) && (
        <Badge color="orange" variant="light">
          {t('adminUsers.statuses.LOCKED')}
        </Badge>
      )}
    </Group>
  );
}

interface UsersTableProps {
  users: AdminUser[];
  selected: ReadonlySet<number>;
  onSelect: (users: AdminUser[], selected: boolean) => void;
  onOpen: (user: AdminUser) => void;
  onAction: (user: AdminUser, action: UserActionKind) => void;
}

/** The users of one page; scrolls sideways on a narrow screen. */
export function UsersTable({ users, selected, onSelect, onOpen, onAction }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const allSelected = users.length > 0 && users.every((user) => selected.has(user.id));
  const someSelected = users.some((user) => selected.has(user.id));
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <Checkbox
                aria-label={t('adminUsers.selectPage')}
                checked={allSelected}
                indeterminate={someSelected && !allSelected}
                onChange={(event) => {
                  onSelect(users, event.currentTarget.checked);
                }}
              />
            </Table.Th>
            <Table.Th>{t('adminUsers.columns.user')}</Table.Th>
            {/* Beside the name, so that it shows without scrolling on a narrow screen. */}
            <Table.Th>{t('adminUsers.columns.actions')}</Table.Th>
            <Table.Th>{t('adminUsers.columns.phone')}</Table.Th>
            <Table.Th>{t('adminUsers.columns.status')}</Table.Th>
            <Table.Th>{t('adminUsers.columns.roles')}</Table.Th>
            <Table.Th ta="right">{t('adminUsers.columns.balance')}</Table.Th>
            <Table.Th ta="right">{t('adminUsers.columns.orders')}</Table.Th>
            <Table.Th ta="right">{t('adminUsers.columns.spent')}</Table.Th>
            <Table.Th>{t('adminUsers.columns.lastLogin')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Checkbox
                  aria-label={t('adminUsers.select', { name: user.fullName })}
                  checked={selected.has(user.id)}
                  onChange={(event) => {
                    onSelect([user], event.currentTarget.checked);
                  }}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{user.fullName}</Text>
                <Text size="xs" c="dimmed">
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="light"
                    aria-label={t('adminUsers.openOf', { name: user.fullName })}
                    onClick={() => {
                      onOpen(user);
                    }}
                  >
                    {t('adminUsers.open')}
                  </Button>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t('adminUsers.actionsOf', { name: user.fullName })}
                      >
                        {t('adminUsers.columns.actions')}
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {actionsFor(user).map((action) => (
                        <Menu.Item
                          key={action}
                          color={action === 'delete' ? 'red' : undefined}
                          onClick={() => {
                            onAction(user, action);
                          }}
                        >
                          {t(`adminUsers.actions.${action}`)}
                        </Menu.Item>
                      ))}
                    </Menu.Dropdown>
                  </Menu>
                </Group>
              </Table.Td>
              <Table.Td>{user.phone === '' ? '—' : user.phone}</Table.Td>
              <Table.Td>
                <StatusBadges user={user} />
              </Table.Td>
              <Table.Td>
                {user.roles.map((role) => t(`adminUsers.roles.${role}`)).join(', ')}
              </Table.Td>
              <Table.Td ta="right">{formatPrice(user.balance, language)}</Table.Td>
              <Table.Td ta="right">{user.completedOrders}</Table.Td>
              <Table.Td ta="right">{formatPrice(user.totalSpent, language)}</Table.Td>
              <Table.Td>
                {user.lastLoginAt
                  ? formatDateTime(user.lastLoginAt, language)
                  : t('adminUsers.never')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
