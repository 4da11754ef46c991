import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { hasStatus, isApiError } from '@/lib/api/errors';
import type { Id } from '@/lib/api/schemas';
import { formatPrice } from '@/lib/format';
import { showFormRefusal } from '@/lib/forms';
import { useAdjustBalance } from '../api/adjust-balance';
import { adjustmentSchema } from '../adjustment-form';

const FIELDS = ['userId', 'amount', 'reason'] as const;

type Schema = ReturnType<typeof adjustmentSchema>;

/** Whose balance a prefilled id is, as the page that sent the admin here knew it. */
export interface KnownCustomer {
  id: Id;
  fullName: string;
  email: string;
}

interface BalanceAdjustmentFormProps {
  /** Known already and fixed (a dialog about one user): no field for it. */
  userId?: Id;
  /** Filled in, but the admin may change it (e.g. opened from an order's customer). */
  initialUserId?: string;
  /** Named under the id field while the field holds this customer's id. */
  customer?: KnownCustomer;
  onDone?: () => void;
  onCancel?: () => void;
}

/** Adds to or takes from a user's balance, with a reason the user sees. */
export function BalanceAdjustmentForm({
  userId,
  initialUserId = '',
  customer,
  onDone,
  onCancel,
}: BalanceAdjustmentFormProps) {
  const { t, i18n } = useTranslation();
  const schema = useMemo(() => adjustmentSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      userId: userId === undefined ? initialUserId : String(userId),
      amount: '',
      reason: '',
    },
  });
  const adjust = useAdjustBalance();
  /** What the refusal says that no field shows. */
  const [leftover, setLeftover] = useState<string[]>([]);
  const { errors } = form.formState;
  const typedId = useWatch({ control: form.control, name: 'userId' }).trim();
  const named = customer !== undefined && typedId === String(customer.id) ? customer : null;

  const onSubmit = form.handleSubmit(({ userId: typed, amount, reason }) => {
    adjust.reset();
    setLeftover([]);
    const id = userId ?? typed;
    adjust.mutate(
      { userId: id, amount, reason },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('adjustment.done', { amount: formatPrice(amount, i18n.language) }),
            autoClose: 4000,
          });
          form.reset({ userId: String(id), amount: '', reason: '' });
          onDone?.();
        },
        onError: (error) => {
          // 404: no user has the id; a bare 400: it would take the balance below zero.
          setLeftover(
            showFormRefusal(error, FIELDS, form.setError, {
              aliases: { id: 'userId', user: 'userId' },
              fieldOfMessage: () =>
                hasStatus(error, 404) && userId === undefined
                  ? 'userId'
                  : hasStatus(error, 400)
                    ? 'amount'
                    : undefined,
            }),
          );
        },
      },
    );
  });

  const failure = adjust.error;
  const showFailure =
    failure !== null && (!isApiError(failure) || failure.kind !== 'http' || leftover.length > 0);

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('adjustment.title')}>
      <Stack gap="sm">
        {showFailure && (
          <ErrorAlert
            error={failure}
            message={leftover.length > 0 ? leftover.join('\n') : undefined}
          />
        )}
        {userId === undefined && (
          <TextInput
            label={t('adjustment.user')}
            description={
              named ? t('adjustment.customer', { name: named.fullName, email: named.email }) : null
            }
            inputMode="numeric"
            withAsterisk
            error={errors.userId?.message}
            {...form.register('userId')}
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
          <Button type="submit" loading={adjust.isPending}>
            {t('adjustment.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
