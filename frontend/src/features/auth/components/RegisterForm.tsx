import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ContactFields } from '@/components/ui/ContactFields';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PasswordChecklist } from '@/components/ui/PasswordChecklist';
import { isApiError } from '@/lib/api/errors';
import { showFormRefusal } from '@/lib/forms';
import { registrationSchema } from '../auth-forms';
import { useRegister, type PendingRegistration } from '../api/register';

const FIELDS = ['fullName', 'email', 'phone', 'password', 'passwordConfirmation'] as const;

type Schema = ReturnType<typeof registrationSchema>;

/** A refusal of the form by the shop, as opposed to a failure to reach it. */
function isRefusal(error: unknown): boolean {
  return (
    isApiError(error) && error.kind === 'http' && (error.status === 400 || error.status === 422)
  );
}

/** "Invalid credentials. Try again" over a refused form, with what belongs to no field. */
function RefusalAlert({ lines }: { lines: string[] }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" title={t('register.failed')}>
      {lines.length > 0 && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {lines.join('\n')}
        </Text>
      )}
    </Alert>
  );
}

interface RegisterFormProps {
  onRegistered: (pending: PendingRegistration) => void;
}

export function RegisterForm({ onRegistered }: RegisterFormProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => registrationSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: { fullName: '', email: '', phone: '', password: '', passwordConfirmation: '' },
  });
  const password = useWatch({ control: form.control, name: 'password' });
  const registration = useRegister();
  const { errors } = form.formState;

  /** The shop refused the form: what to say above it (beside the fields, their own errors). */
  const [refusal, setRefusal] = useState<string[] | null>(null);

  const onSubmit = form.handleSubmit((values) => {
    setRefusal(null);
    registration.mutate(values, {
      onSuccess: onRegistered,
      onError: (error) => {
        if (!isRefusal(error)) return;
        setRefusal(showFormRefusal(error, FIELDS, form.setError));
      },
    });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack>
        {refusal !== null ? (
          <RefusalAlert lines={refusal} />
        ) : (
          registration.error !== null && <ErrorAlert error={registration.error} />
        )}
        <ContactFields register={form.register} errors={errors} />
        <Stack gap="xs">
          <PasswordInput
            label={t('register.password')}
            autoComplete="new-password"
            error={errors.password?.message}
            {...form.register('password')}
          />
          <PasswordChecklist password={password} />
        </Stack>
        <PasswordInput
          label={t('register.passwordConfirmation')}
          autoComplete="new-password"
          error={errors.passwordConfirmation?.message}
          {...form.register('passwordConfirmation')}
        />
        <Button type="submit" loading={registration.isPending} fullWidth>
          {t('register.submit')}
        </Button>
      </Stack>
    </form>
  );
}
