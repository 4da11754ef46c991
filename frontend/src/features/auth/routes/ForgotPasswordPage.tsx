import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/FormErrorAlert';
import { applyServerFieldErrors } from '@/lib/forms';
import { forgotPasswordSchema } from '../auth-forms';
import { useForgotPassword } from '../api/forgot-password';
import { AuthCard } from '../components/AuthCard';

const FIELDS = ['email'] as const;

type Schema = ReturnType<typeof forgotPasswordSchema>;

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const schema = useMemo(() => forgotPasswordSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: { email: '' },
  });
  const forgot = useForgotPassword();
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ email }) => {
    forgot.mutate(email, {
      onError: (error) => {
        applyServerFieldErrors(error, FIELDS, form.setError);
      },
    });
  });

  const backToSignIn = (
    <Text size="sm" ta="center">
      <Anchor component={Link} to="/login">
        {t('forgot.backToSignIn')}
      </Anchor>
    </Text>
  );

  if (forgot.isSuccess) {
    return (
      <AuthCard title={t('forgot.title')}>
        {/* The same words whether or not the email has an account. */}
        <Alert color="teal" variant="light" role="status">
          <Text size="sm">{t('forgot.sent')}</Text>
        </Alert>
        {backToSignIn}
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('forgot.title')} subtitle={t('forgot.text')}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          <FormErrorAlert error={forgot.error} fields={FIELDS} />
          <TextInput
            type="email"
            label={t('forgot.email')}
            autoComplete="email"
            error={errors.email?.message}
            {...form.register('email')}
          />
          <Button type="submit" loading={forgot.isPending} fullWidth>
            {t('forgot.submit')}
          </Button>
        </Stack>
      </form>
      {backToSignIn}
    </AuthCard>
  );
}
