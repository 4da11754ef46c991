import { Button, Group, Loader, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { SearchInput } from '@/components/ui/SearchInput';
import { useFoundUsers } from '../api/find-users';
import type { KnownCustomer } from './BalanceAdjustmentForm';

interface UserPickerProps {
  value: KnownCustomer | null;
  onChange: (user: KnownCustomer | null) => void;
  error?: string;
}

/** Finds a user by part of their name, email or phone, and lets the admin pick one. */
export function UserPicker({ value, onChange, error }: UserPickerProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useFoundUsers(q);

  if (value) {
    return (
      <Paper withBorder radius="md" p="sm" role="group" aria-label={t('adjustment.chosen')}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Text size="xs" c="dimmed">
              {t('adjustment.chosen')}
            </Text>
            <Text fw={600}>{value.fullName}</Text>
            <Text size="sm">{value.email}</Text>
          </div>
          <Button
            variant="default"
            size="xs"
            onClick={() => {
              onChange(null);
            }}
          >
            {t('adjustment.change')}
          </Button>
        </Group>
      </Paper>
    );
  }

  const users = found.data?.items ?? [];
  return (
    <Stack gap="xs">
      <SearchInput
        label={t('adjustment.find')}
        placeholder={t('adjustment.findHint')}
        value={q}
        onSearch={setQ}
      />
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      {q !== '' &&
        (found.isPending ? (
          <Loader size="sm" aria-label={t('adjustment.searching')} />
        ) : found.isError ? (
          <ErrorAlert error={found.error} />
        ) : users.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('adjustment.noneFound')}
          </Text>
        ) : (
          <Paper withBorder radius="md" p={4}>
            <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {users.map((user) => (
                <li key={user.id}>
                  <UnstyledButton
                    w="100%"
                    p="xs"
                    style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                    aria-label={t('adjustment.choose', { name: user.fullName, email: user.email })}
                    onClick={() => {
                      onChange({ id: user.id, fullName: user.fullName, email: user.email });
                    }}
                  >
                    <Text size="sm" fw={600}>
                      {user.fullName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[user.email, user.phone].filter(Boolean).join(' · ')}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          </Paper>
        ))}
    </Stack>
  );
}
