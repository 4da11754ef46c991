import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { hasStatus } from '@/lib/api/errors';
import { formatWait } from '@/lib/format';
import { useLogin, type Credentials } from '../api/login';

function credentialsSchema(t: TFunction) {
  return z.object({
    username: z.string().trim().min(1, t('login.usernameRequired')),
    password: z.string().min(1, t('login.passwordRequired')),
  });
}

/** Failed sign-ins in the reader's language; other failures as the shop words them. */
function failureMessage(error: unknown, t: TFunction, language: string): string | undefined {
  if (hasStatus(error, 401)) return t('login.invalidCredentials');
  if (hasStatus(error, 429)) {
    return error.retryAfterSeconds === undefined
      ? t('login.tooManyAttemptsLater')
      : t('login.tooManyAttempts', { wait: formatWait(error.retryAfterSeconds, language) });
  }
  return undefined;
}

export function LoginForm() {
  const { t, i18n } = useTranslation();
  const schema = useMemo(() => credentialsSchema(t), [t]);
  const form = useForm<Credentials>({
    resolver: zodResolver(schema),
    defaultValues: { username: '', password: '' },
  });
  const login = useLogin();
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((credentials) => {
    login.mutate(credentials);
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack>
        {login.error && (
          <ErrorAlert error={login.error} message={failureMessage(login.error, t, i18n.language)} />
        )}
        <TextInput
          label={t('login.username')}
          autoComplete="username"
          error={errors.username?.message}
          {...form.register('username')}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
