import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/FormErrorAlert';
import { hasStatus } from '@/lib/api/errors';
import { describeError } from '@/lib/api/describe-error';
import type { Id } from '@/lib/api/schemas';
import { formatPrice } from '@/lib/format';
import { showFormRefusal } from '@/lib/forms';
import { useAdjustBalance } from '../api/adjust-balance';
import { findUserIdByEmail } from '../api/find-user-by-email';
import { adjustmentSchema } from '../adjustment-form';

const FIELDS = ['user', 'amount', 'reason'] as const;

type Schema = ReturnType<typeof adjustmentSchema>;

interface BalanceAdjustmentFormProps {
  /** Known already (from the users page): no field for it. */
  userId?: Id;
  onDone?: () => void;
  onCancel?: () => void;
}

/** Adds to or takes from a user's balance, with a reason the user sees. */
export function BalanceAdjustmentForm({ userId, onDone, onCancel }: BalanceAdjustmentFormProps) {
  const { t, i18n } = useTranslation();
  const schema = useMemo(() => adjustmentSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: { user: userId === undefined ? '' : String(userId), amount: '', reason: '' },
  });
  const adjust = useAdjustBalance();
  const [looking, setLooking] = useState(false);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ user, amount, reason }) => {
    adjust.reset();
    let id: Id | null = userId ?? user;
    if (userId === undefined && user.includes('@')) {
      setLooking(true);
      try {
        id = await findUserIdByEmail(user);
      } catch (error) {
        form.setError('user', { type: 'server', message: describeError(error, t).message });
        return;
      } finally {
        setLooking(false);
      }
      if (id === null) {
        form.setError('user', { type: 'server', message: t('adjustment.noSuchUser') });
        return;
      }
    }
    adjust.mutate(
      { userId: id, amount, reason },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('adjustment.done', { amount: formatPrice(amount, i18n.language) }),
            autoClose: 4000,
          });
          form.reset({ user: form.getValues('user'), amount: '', reason: '' });
          onDone?.();
        },
        onError: (error) => {
          // 400: it would take the balance below zero, said beside the amount.
          showFormRefusal(error, FIELDS, form.setError, {
            aliases: { userId: 'user' },
            fieldOfMessage: () => (hasStatus(error, 400) ? 'amount' : undefined),
          });
        },
      },
    );
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('adjustment.title')}>
      <Stack gap="sm">
        {errors.amount?.type !== 'server' && (
          <FormErrorAlert error={adjust.error} fields={FIELDS} />
        )}
        {userId === undefined && (
          <TextInput
            label={t('adjustment.user')}
            withAsterisk
            error={errors.user?.message}
            {...form.register('user')}
          />
        )}
        <TextInput
          label={t('adjustment.amount')}
          description={t('adjustment.amountHint')}
          inputMode="decimal"
          withAsterisk
          error={errors.amount?.message}
          {...form.register('amount')}
        />
        <Textarea
          label={t('adjustment.reason')}
          withAsterisk
          autosize
          minRows={2}
          error={errors.reason?.message}
          {...form.register('reason')}
        />
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('adjustment.cancel')}
            </Button>
          )}
          <Button type="submit" loading={adjust.isPending || looking}>
            {t('adjustment.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
