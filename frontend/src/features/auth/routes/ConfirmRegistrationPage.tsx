import { Anchor, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { pendingRegistrationSchema } from '@/lib/api/schemas';
import { AuthCard } from '../components/AuthCard';
import { ConfirmCodeForm } from '../components/ConfirmCodeForm';

/** The registration form hands over when the code expires; a reloaded page may not have it. */
const handedOverSchema = pendingRegistrationSchema.pick({ expiresAt: true });

function handedOverExpiry(state: unknown): string | null {
  const parsed = handedOverSchema.safeParse(state);
  return parsed.success ? parsed.data.expiresAt : null;
}

export function ConfirmRegistrationPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const [confirmed, setConfirmed] = useState(false);
  const email = searchParams.get('email')?.trim() ?? '';

  if (confirmed) {
    return (
      <AuthCard title={t('confirm.doneTitle')}>
        <Text>{t('confirm.doneText')}</Text>
        <Button component={Link} to="/login" fullWidth>
          {t('confirm.signIn')}
        </Button>
      </AuthCard>
    );
  }

  if (email === '') {
    return (
      <AuthCard title={t('confirm.title')}>
        <Text>{t('confirm.missingEmail')}</Text>
        <Anchor component={Link} to="/register">
          {t('confirm.registerAgain')}
        </Anchor>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('confirm.title')} subtitle={t('confirm.sentTo', { email })}>
      <ConfirmCodeForm
        email={email}
        expiresAt={handedOverExpiry(location.state)}
        onConfirmed={() => {
          setConfirmed(true);
        }}
      />
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/register">
          {t('confirm.registerAgain')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
