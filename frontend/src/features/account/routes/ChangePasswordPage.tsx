import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Group, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/FormErrorAlert';
import { PasswordChecklist } from '@/components/ui/PasswordChecklist';
import { applyServerFieldErrors } from '@/lib/forms';
import { changePasswordSchema } from '../account-forms';
import { useChangePassword } from '../api/change-password';

const FIELDS = ['oldPassword', 'newPassword', 'newPasswordConfirmation'] as const;

/** Server field names that this form calls otherwise. */
const ALIASES = {
  password: 'newPassword',
  passwordConfirmation: 'newPasswordConfirmation',
} as const;

type Schema = ReturnType<typeof changePasswordSchema>;

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const schema = useMemo(() => changePasswordSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: { oldPassword: '', newPassword: '', newPasswordConfirmation: '' },
  });
  const newPassword = useWatch({ control: form.control, name: 'newPassword' });
  const change = useChangePassword();
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    change.mutate(values, {
      onSuccess: () => {
        void navigate('/account/password/done', { replace: true });
      },
      onError: (error) => {
        applyServerFieldErrors(error, FIELDS, form.setError, ALIASES);
      },
    });
  });

  return (
    <Stack gap="lg" maw={520}>
      <Title order={1}>{t('changePassword.title')}</Title>
      <Paper withBorder radius="md" p="lg">
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <Stack>
            <FormErrorAlert error={change.error} fields={[...FIELDS, ...Object.keys(ALIASES)]} />
            <PasswordInput
              label={t('changePassword.oldPassword')}
              autoComplete="current-password"
              error={errors.oldPassword?.message}
              {...form.register('oldPassword')}
            />
            <Stack gap="xs">
              <PasswordInput
                label={t('changePassword.newPassword')}
                autoComplete="new-password"
                error={errors.newPassword?.message}
                {...form.register('newPassword')}
              />
              <PasswordChecklist password={newPassword} />
            </Stack>
            <PasswordInput
              label={t('changePassword.newPasswordConfirmation')}
              autoComplete="new-password"
              error={errors.newPasswordConfirmation?.message}
              {...form.register('newPasswordConfirmation')}
            />
            <Group justify="space-between">
              <Anchor component={Link} to="/account/profile" size="sm">
                {t('changePassword.backToProfile')}
              </Anchor>
              <Button type="submit" loading={change.isPending}>
                {t('changePassword.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
