import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import { useSession } from '@/lib/auth/session';
import { useLogout } from '../api/logout';
import { AuthCard } from '../components/AuthCard';

/** The page the person came from, to go back to on "Cancel". */
const cameFromSchema = z.object({ from: z.string().startsWith('/') });

function cameFrom(state: unknown): string {
  const parsed = cameFromSchema.safeParse(state);
  return parsed.success && !parsed.data.from.startsWith('//') ? parsed.data.from : '/';
}

export function LogoutPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();

  // Signed out already (here, in another tab, or just now): nothing to confirm.
  if (!session) return <Navigate to="/login" replace />;

  return (
    <AuthCard title={t('logout.question')}>
      <Group justify="flex-end" gap="sm">
        <Button component={Link} to={cameFrom(location.state)} variant="default">
          {t('logout.cancel')}
        </Button>
        <Button
          color="red"
          loading={logout.isPending}
          onClick={() => {
            logout.mutate(undefined, {
              onSettled: () => {
                void navigate('/login', { replace: true });
              },
            });
          }}
        >
          {t('logout.confirm')}
        </Button>
      </Group>
    </AuthCard>
  );
}
