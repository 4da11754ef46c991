import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/FormErrorAlert';
import { hasStatus } from '@/lib/api/errors';
import { formatPrice } from '@/lib/format';
import { showFormRefusal } from '@/lib/forms';
import { useIdempotentAttempts } from '@/lib/idempotency';
import { useTopUp } from '../api/top-up';
import { topUpSchema } from '../balance-forms';

const FIELDS = ['amount'] as const;

type Schema = ReturnType<typeof topUpSchema>;

export function TopUpForm() {
  const { t, i18n } = useTranslation();
  const schema = useMemo(() => topUpSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: { amount: '' },
  });
  const topUp = useTopUp();
  const attempts = useIdempotentAttempts();
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ amount }) => {
    const idempotencyKey = attempts.keyFor(String(amount));
    topUp.mutate(
      { amount, idempotencyKey },
      {
        onSuccess: (result) => {
          attempts.settle();
          form.reset({ amount: '' });
          notifications.show({
            color: 'teal',
            message: t('balance.toppedUp', { amount: formatPrice(result.balance, i18n.language) }),
            autoClose: 4000,
          });
        },
        onError: (error) => {
          attempts.settle(error);
          showFormRefusal(error, FIELDS, form.setError, {
            fieldOfMessage: () => (hasStatus(error, 400) ? 'amount' : undefined),
          });
        },
      },
    );
  });

  const refusedBeside = topUp.error !== null && form.formState.errors.amount?.type === 'server';

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('balance.topUp')}>
      {!refusedBeside && <FormErrorAlert error={topUp.error} fields={FIELDS} />}
      <Stack align="flex-start" gap="sm" mt="xs">
        <TextInput
          label={t('balance.amount')}
          description={t('balance.amountHint')}
          inputMode="decimal"
          withAsterisk
          w={{ base: '100%', xs: '16rem' }}
          error={errors.amount?.message}
          {...form.register('amount')}
        />
        <Button type="submit" loading={topUp.isPending}>
          {t('balance.submit')}
        </Button>
      </Stack>
    </form>
  );
}
