import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/FormErrorAlert';
import { applyServerFieldErrors } from '@/lib/forms';
import { useCreatePromoCode } from '../api/create-promo-code';
import type { PromoCode } from '../api/get-promo-codes';
import { useUpdatePromoCode } from '../api/update-promo-code';
import { promoCodeSchema } from '../discount-forms';

const FIELDS = [
  'code',
  'percent',
  'amount',
  'minOrderTotal',
  'validFrom',
  'validUntil',
  'maxUses',
] as const;

type Schema = ReturnType<typeof promoCodeSchema>;

/** An ISO-8601 instant as a `datetime-local` input shows it, in local time. */
function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

interface PromoCodeModalProps {
  /** Absent: a new promo code. */
  promoCode?: PromoCode;
  onClose: () => void;
}

export function PromoCodeModal({ promoCode, onClose }: PromoCodeModalProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => promoCodeSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      code: promoCode?.code ?? '',
      percent: text(promoCode?.percent),
      amount: text(promoCode?.amount),
      minOrderTotal: text(promoCode?.minOrderTotal),
      validFrom: toLocalInput(promoCode?.validFrom),
      validUntil: toLocalInput(promoCode?.validUntil),
      maxUses: text(promoCode?.maxUses),
    },
  });
  const create = useCreatePromoCode();
  const update = useUpdatePromoCode();
  const save = promoCode ? update : create;
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    save.mutate(values, {
      onSuccess: () => {
        notifications.show({
          color: 'teal',
          message: t(promoCode ? 'discounts.updated' : 'discounts.created', { code: values.code }),
          autoClose: 4000,
        });
        onClose();
      },
      onError: (error) => {
        applyServerFieldErrors(error, FIELDS, form.setError);
      },
    });
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={
        promoCode ? t('discounts.editPromo', { code: promoCode.code }) : t('discounts.newPromo')
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="sm">
          <FormErrorAlert error={save.error} fields={FIELDS} />
          <TextInput
            label={t('discounts.code')}
            withAsterisk
            disabled={promoCode !== undefined}
            data-autofocus
            error={errors.code?.message}
            {...form.register('code')}
          />
          <Text size="sm" c="dimmed">
            {t('discounts.xorHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('discounts.promoPercent')}
              inputMode="numeric"
              error={errors.percent?.message}
              {...form.register('percent')}
            />
            <TextInput
              label={t('discounts.promoAmount')}
              inputMode="decimal"
              error={errors.amount?.message}
              {...form.register('amount')}
            />
            <TextInput
              label={t('discounts.minOrderTotal')}
              inputMode="decimal"
              error={errors.minOrderTotal?.message}
              {...form.register('minOrderTotal')}
            />
            <TextInput
              label={t('discounts.maxUses')}
              description={t('discounts.maxUsesHint')}
              inputMode="numeric"
              error={errors.maxUses?.message}
              {...form.register('maxUses')}
            />
            <TextInput
              type="datetime-local"
              label={t('discounts.validFrom')}
              error={errors.validFrom?.message}
              {...form.register('validFrom')}
            />
            <TextInput
              type="datetime-local"
              label={t('discounts.validUntil')}
              error={errors.validUntil?.message}
              {...form.register('validUntil')}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('discounts.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {promoCode ? t('discounts.save') : t('discounts.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
