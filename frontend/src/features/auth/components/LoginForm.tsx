import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { hasStatus } from '@/lib/api/errors';
import { useLogin, type Credentials } from '../api/login';
import { LockoutAlert } from './LockoutAlert';

function credentialsSchema(t: TFunction) {
  return z.object({
    username: z.string().trim().min(1, t('login.usernameRequired')),
    password: z.string().min(1, t('login.passwordRequired')),
  });
}

/** Failed sign-ins in the reader's language; other failures as the shop words them. */
function failureMessage(error: unknown, t: TFunction): string | undefined {
  if (hasStatus(error, 401)) return t('login.invalidCredentials');
  if (hasStatus(error, 429)) return t('login.tooManyAttemptsLater');
  return undefined;
}

/** When a refused sign-in may be tried again (epoch milliseconds), if the shop said. */
function lockedUntil(error: unknown): number | null {
  if (!hasStatus(error, 429) || !error.retryAfterSeconds) return null;
  return Date.now() + error.retryAfterSeconds * 1000;
}

export function LoginForm() {
  const { t } = useTranslation();
  const schema = useMemo(() => credentialsSchema(t), [t]);
  const form = useForm<Credentials>({
    resolver: zodResolver(schema),
    defaultValues: { username: '', password: '' },
  });
  const login = useLogin();
  const [locked, setLocked] = useState<number | null>(null);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((credentials) => {
    login.mutate(credentials, {
      onError: (error) => {
        setLocked(lockedUntil(error));
      },
    });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack>
        {locked !== null ? (
          <LockoutAlert
            key={locked}
            until={locked}
            onEnd={() => {
              setLocked(null);
              login.reset();
            }}
          />
        ) : (
          login.error && <ErrorAlert error={login.error} message={failureMessage(login.error, t)} />
        )}
        <TextInput
          label={t('login.username')}
          autoComplete="username"
          error={errors.username?.message}
          {...form.register('username')}
        />
        <Stack gap={4}>
          <PasswordInput
            label={t('login.password')}
            autoComplete="current-password"
            error={errors.password?.message}
            {...form.register('password')}
          />
          <Group justify="flex-end">
            <Anchor component={Link} to="/password/forgot" size="sm">
              {t('login.forgotPassword')}
            </Anchor>
          </Group>
        </Stack>
        <Button type="submit" loading={login.isPending} disabled={locked !== null} fullWidth>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
