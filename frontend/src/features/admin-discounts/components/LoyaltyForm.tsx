import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/FormErrorAlert';
import { applyServerFieldErrors } from '@/lib/forms';
import type { LoyaltyRule } from '../api/get-discounts';
import { useUpdateLoyalty } from '../api/update-loyalty';
import { loyaltySchema } from '../discount-forms';

const FIELDS = ['minCompletedOrders', 'minTotalSpent', 'percent'] as const;

type Schema = ReturnType<typeof loyaltySchema>;

export function LoyaltyForm({ rule }: { rule: LoyaltyRule }) {
  const { t } = useTranslation();
  const schema = useMemo(() => loyaltySchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      minCompletedOrders: String(rule.minCompletedOrders),
      minTotalSpent: String(rule.minTotalSpent),
      percent: String(rule.percent),
    },
  });
  const update = useUpdateLoyalty();
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    update.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('discounts.saved'), autoClose: 4000 });
      },
      onError: (error) => {
        applyServerFieldErrors(error, FIELDS, form.setError);
      },
    });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('discounts.loyalty')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('discounts.loyaltyText')}
        </Text>
        <FormErrorAlert error={update.error} fields={FIELDS} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('discounts.minCompletedOrders')}
            inputMode="numeric"
            error={errors.minCompletedOrders?.message}
            {...form.register('minCompletedOrders')}
          />
          <TextInput
            label={t('discounts.minTotalSpent')}
            inputMode="decimal"
            error={errors.minTotalSpent?.message}
            {...form.register('minTotalSpent')}
          />
          <TextInput
            label={t('discounts.percent')}
            inputMode="numeric"
            error={errors.percent?.message}
            {...form.register('percent')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('discounts.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
