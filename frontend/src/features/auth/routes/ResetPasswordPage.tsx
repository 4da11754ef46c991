import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/FormErrorAlert';
import { PasswordChecklist } from '@/components/ui/PasswordChecklist';
import { hasStatus } from '@/lib/api/errors';
import { applyServerFieldErrors, fieldName } from '@/lib/forms';
import { resetPasswordSchema } from '../auth-forms';
import { useResetPassword } from '../api/reset-password';
import { AuthCard } from '../components/AuthCard';

const FIELDS = ['newPassword', 'newPasswordConfirmation'] as const;

/** Server field names that this form calls otherwise. */
const ALIASES = {
  password: 'newPassword',
  passwordConfirmation: 'newPasswordConfirmation',
} as const;

type Schema = ReturnType<typeof resetPasswordSchema>;

/** A refusal that is not about the password typed: the link is wrong, used or too old. */
function linkRefused(error: unknown): boolean {
  return hasStatus(error, 400) && error.fieldErrors.every((fe) => fieldName(fe.field) === 'token');
}

function ResetPasswordForm({ token, onReset }: { token: string; onReset: () => void }) {
  const { t } = useTranslation();
  const schema = useMemo(() => resetPasswordSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: { newPassword: '', newPasswordConfirmation: '' },
  });
  const newPassword = useWatch({ control: form.control, name: 'newPassword' });
  const reset = useResetPassword();
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    reset.mutate(
      { token, ...values },
      {
        onSuccess: onReset,
        onError: (error) => {
          applyServerFieldErrors(error, FIELDS, form.setError, ALIASES);
        },
      },
    );
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack>
        <FormErrorAlert error={reset.error} fields={[...FIELDS, ...Object.keys(ALIASES)]} />
        {linkRefused(reset.error) && (
          <Anchor component={Link} to="/password/forgot" size="sm">
            {t('reset.newLink')}
          </Anchor>
        )}
        <Stack gap="xs">
          <PasswordInput
            label={t('reset.newPassword')}
            autoComplete="new-password"
            error={errors.newPassword?.message}
            {...form.register('newPassword')}
          />
          <PasswordChecklist password={newPassword} />
        </Stack>
        <PasswordInput
          label={t('reset.newPasswordConfirmation')}
          autoComplete="new-password"
          error={errors.newPasswordConfirmation?.message}
          {...form.register('newPasswordConfirmation')}
        />
        <Button type="submit" loading={reset.isPending} fullWidth>
          {t('reset.submit')}
        </Button>
      </Stack>
    </form>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const [done, setDone] = useState(false);

  if (done) {
    return (
      <AuthCard title={t('reset.title')}>
        <Alert color="teal" variant="light" role="status">
          <Text size="sm">{t('reset.done')}</Text>
        </Alert>
        <Button component={Link} to="/login" fullWidth>
          {t('reset.signIn')}
        </Button>
      </AuthCard>
    );
  }

  if (token === '') {
    return (
      <AuthCard title={t('reset.title')}>
        <Text>{t('reset.missingToken')}</Text>
        <Anchor component={Link} to="/password/forgot">
          {t('reset.newLink')}
        </Anchor>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('reset.title')}>
      <ResetPasswordForm
        token={token}
        onReset={() => {
          setDone(true);
        }}
      />
    </AuthCard>
  );
}
