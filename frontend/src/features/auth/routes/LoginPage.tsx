import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useSession } from '@/lib/auth/session';
import { AuthCard } from '../components/AuthCard';
import { LoginForm } from '../components/LoginForm';

/** Pages that make no sense to come back to once signed in. */
const NOT_NEXT = /^\/(login|logout|register|password)(\/|\?|$)/;

/** Where to go after signing in: only a path inside the shop, never another site. */
export function safeNextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return '/';
  }
  return NOT_NEXT.test(next) ? '/' : next;
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [searchParams] = useSearchParams();

  if (session) return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;

  return (
    <AuthCard title={t('login.title')} subtitle={t('login.subtitle')}>
      <LoginForm />
      <Text size="sm" ta="center">
        {t('login.newHere')}{' '}
        <Anchor component={Link} to="/register">
          {t('login.createAccount')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
