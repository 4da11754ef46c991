import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AuthCard } from '../components/AuthCard';
import { RegisterForm } from '../components/RegisterForm';

export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();

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
