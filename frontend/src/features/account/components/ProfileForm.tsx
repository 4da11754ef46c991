import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ContactFields } from '@/components/ui/ContactFields';
import { normalisePhone, takenField } from '@/lib/account-fields';
import { describeError } from '@/lib/api/describe-error';
import { hasStatus, isApiError } from '@/lib/api/errors';
import type { User } from '@/lib/api/schemas';
import { showFormRefusal } from '@/lib/forms';
import { profileSchema } from '../account-forms';
import { useUpdateMe, type ProfileChanges } from '../api/update-me';

const FIELDS = ['fullName', 'email', 'phone'] as const;

type Schema = ReturnType<typeof profileSchema>;
type Values = z.input<Schema>;

function valuesOf(user: User): Values {
  return { fullName: user.fullName, email: user.email, phone: user.phone };
}

/** What differs from the profile as the shop has it. */
function changesTo(user: User, values: z.output<Schema>): ProfileChanges {
  const changes: ProfileChanges = {};
  if (values.fullName !== user.fullName) changes.fullName = values.fullName;
  if (values.email !== user.email) changes.email = values.email;
  if (normalisePhone(values.phone) !== user.phone) changes.phone = values.phone;
  return changes;
}

type Outcome = { kind: 'updated' } | { kind: 'unchanged' } | { kind: 'failed'; lines: string[] };

function OutcomeAlert({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'failed') {
    return (
      <Alert color="red" variant="light" role="alert" title={t('profile.updateFailed')}>
        {outcome.lines.length > 0 && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {outcome.lines.join('\n')}
          </Text>
        )}
      </Alert>
    );
  }
  return (
    <Alert color={outcome.kind === 'updated' ? 'teal' : 'gray'} variant="light" role="status">
      <Text size="sm">
        {outcome.kind === 'updated' ? t('profile.updated') : t('profile.unchanged')}
      </Text>
    </Alert>
  );
}

export function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const schema = useMemo(() => profileSchema(t), [t]);
  const form = useForm<Values, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(user),
  });
  const update = useUpdateMe();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { errors } = form.formState;

  /** A refusal beside the fields it concerns; any other failure in plain words. */
  const failureLines = (error: unknown): string[] => {
    if (isApiError(error) && error.kind === 'http' && (error.status ?? 500) < 500) {
      return showFormRefusal(error, FIELDS, form.setError, {
        fieldOfMessage: (message) => (hasStatus(error, 409) ? takenField(message) : undefined),
      });
    }
    const { message, errorId } = describeError(error, t);
    return errorId ? [message, t('errors.errorId', { id: errorId })] : [message];
  };

  const onSubmit = form.handleSubmit((values) => {
    const changes = changesTo(user, values);
    if (Object.keys(changes).length === 0) {
      setOutcome({ kind: 'unchanged' });
      return;
    }
    setOutcome(null);
    update.mutate(changes, {
      onSuccess: (updated) => {
        form.reset(valuesOf(updated));
        setOutcome({ kind: 'updated' });
      },
      onError: (error) => {
        setOutcome({ kind: 'failed', lines: failureLines(error) });
      },
    });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack>
        {outcome && <OutcomeAlert outcome={outcome} />}
        <ContactFields register={form.register} errors={errors} />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
