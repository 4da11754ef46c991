import { Anchor, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import type { User } from '@/lib/api/schemas';
import { formatDate } from '@/lib/format';
import { useMe } from '../api/get-me';
import { LoyaltyStatus } from '../components/LoyaltyStatus';
import { ProfileForm } from '../components/ProfileForm';
import { ProfilePicture } from '../components/ProfilePicture';

function Profile({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Paper withBorder radius="md" p="lg">
          <Stack align="center" gap="xs">
            <ProfilePicture user={user} />
            <Text fw={600} ta="center" mt="sm">
              {user.fullName}
            </Text>
            <Text size="sm" c="dimmed" ta="center">
              {t('profile.customerSince', { date: formatDate(user.createdAt, i18n.language) })}
            </Text>
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <Paper withBorder radius="md" p="lg">
          <Stack>
            {user.loyalty && <LoyaltyStatus loyalty={user.loyalty} />}
            <ProfileForm user={user} />
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();

  return (
    <Stack gap="lg">
      <Title order={1}>{t('profile.title')}</Title>
      {me.isPending ? (
        <Stack aria-busy="true" aria-label={t('profile.loading')}>
          <Skeleton height={220} />
        </Stack>
      ) : me.isError ? (
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <Profile user={me.data} />
      )}
      <Group gap="lg">
        <Anchor component={Link} to="/account/password">
          {t('profile.changePassword')}
        </Anchor>
        <Anchor component={Link} to="/account/sessions">
          {t('profile.sessions')}
        </Anchor>
      </Group>
    </Stack>
  );
}
