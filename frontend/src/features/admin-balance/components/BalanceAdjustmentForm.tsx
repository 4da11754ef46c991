import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { isApiError } from '@/lib/api/errors';
import type { Id } from '@/lib/api/schemas';
import { formatPrice } from '@/lib/format';
import { showFormRefusal } from '@/lib/forms';
import { useAdjustBalance } from '../api/adjust-balance';
import { adjustmentSchema } from '../adjustment-form';
import { UserPicker } from './UserPicker';

const FIELDS = ['amount', 'reason'] as const;

type Schema = ReturnType<typeof adjustmentSchema>;
type Adjustment = z.output<Schema>;

/** The user whose balance changes, as the admin picked them. */
export interface KnownCustomer {
  id: Id;
  fullName: string;
  email: string;
}

interface BalanceAdjustmentFormProps {
  /** Picked already (e.g. opened from an order's customer); the admin may pick another. */
  initialUser?: KnownCustomer | null;
}

/** Adds to or takes from a picked user's balance, with a reason the user sees. */
export function BalanceAdjustmentForm({ initialUser = null }: BalanceAdjustmentFormProps) {
  const { t, i18n } = useTranslation();
  const schema = useMemo(() => adjustmentSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, Adjustment>({
    resolver: zodResolver(schema),
    defaultValues: { amount: '', reason: '' },
  });
  const adjust = useAdjustBalance();
  const [user, setUser] = useState<KnownCustomer | null>(initialUser);
  const [userMissing, setUserMissing] = useState(false);
  /** The adjustment waiting for the admin's confirmation. */
  const [pending, setPending] = useState<Adjustment | null>(null);
  /** What the refusal says that no field shows. */
  const [leftover, setLeftover] = useState<string[]>([]);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(
    (adjustment) => {
      setUserMissing(user === null);
      if (user === null) return;
      adjust.reset();
      setLeftover([]);
      setPending(adjustment);
    },
    () => {
      setUserMissing(user === null);
    },
  );

  const confirm = () => {
    if (user === null || pending === null) return;
    const { amount, reason } = pending;
    adjust.mutate(
      { userId: user.id, amount, reason },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('adjustment.done', {
              amount: formatPrice(amount, i18n.language),
              name: user.fullName,
            }),
            autoClose: 4000,
          });
          form.reset({ amount: '', reason: '' });
          setPending(null);
        },
        onError: (error) => {
          setPending(null);
          // A bare 400: it would take the balance below zero.
          setLeftover(
            showFormRefusal(error, FIELDS, form.setError, {
              fieldOfMessage: () =>
                isApiError(error) && error.status === 400 ? 'amount' : undefined,
            }),
          );
        },
      },
    );
  };

  const failure = adjust.error;
  const showFailure =
    failure !== null && (!isApiError(failure) || failure.kind !== 'http' || leftover.length > 0);
  const amountText = pending ? formatPrice(Math.abs(pending.amount), i18n.language) : '';

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('adjustment.title')}>
      <Stack gap="sm">
        {showFailure && (
          <ErrorAlert
            error={failure}
            message={leftover.length > 0 ? leftover.join('\n') : undefined}
          />
        )}
        <UserPicker
          value={user}
          onChange={(next) => {
            setUser(next);
            if (next) setUserMissing(false);
          }}
          error={userMissing ? t('validation.userRequired') : undefined}
        />
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
          <Button type="submit">{t('adjustment.submit')}</Button>
        </Group>
      </Stack>
      {pending && user && (
        <Modal
          opened
          onClose={() => {
            setPending(null);
          }}
          title={t('adjustment.confirmTitle')}
        >
          <Stack>
            <Text>
              {t(pending.amount > 0 ? 'adjustment.confirmCredit' : 'adjustment.confirmDebit', {
                amount: amountText,
                name: user.fullName,
                email: user.email,
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('adjustment.confirmReason', { reason: pending.reason })}
            </Text>
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  setPending(null);
                }}
              >
                {t('adjustment.cancel')}
              </Button>
              <Button loading={adjust.isPending} onClick={confirm}>
                {t('adjustment.confirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </form>
  );
}
