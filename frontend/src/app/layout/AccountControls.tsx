import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLogout } from '@/features/auth/api/logout';
import { useSession } from '@/lib/auth/session';

export function AccountControls() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();

  if (!session) {
    return (
      <Button component={Link} to="/login" size="compact-sm">
        {t('header.signIn')}
      </Button>
    );
  }
  return (
    <>
      <Text size="sm" c="dimmed" truncate="end" maw={200} visibleFrom="md">
        {session.username}
      </Text>
      <Button
        variant="default"
        size="compact-sm"
        loading={logout.isPending}
        onClick={() => {
          logout.mutate(undefined, {
            onSettled: () => {
              void navigate('/login');
            },
          });
        }}
      >
        {t('header.signOut')}
      </Button>
    </>
  );
}
