import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { useSession } from '@/lib/auth/session';
import { AuthCard } from '../components/AuthCard';
import { RegisterForm } from '../components/RegisterForm';

export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();

  // A signed-in person has an account already: the catalog is where they were going.
  if (session) return <Navigate to="/" replace />;

  return (
    <AuthCard title={t('register.title')} subtitle={t('register.subtitle')}>
      <RegisterForm
        onRegistered={({ email, expiresAt }) => {
          void navigate(`/register/confirm?email=${encodeURIComponent(email)}`, {
            state: { expiresAt },
          });
        }}
      />
      <Text size="sm" ta="center">
        {t('register.haveAccount')}{' '}
        <Anchor component={Link} to="/login">
          {t('register.signIn')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
