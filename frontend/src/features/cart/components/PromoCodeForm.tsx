import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/FormErrorAlert';
import { hasStatus } from '@/lib/api/errors';
import { showFormRefusal } from '@/lib/forms';
import { useApplyPromoCode } from '../api/apply-promo-code';
import { useRemovePromoCode } from '../api/remove-promo-code';

const FIELDS = ['code'] as const;

const promoSchema = (t: TFunction) =>
  z.object({ code: z.string().trim().min(1, t('validation.promoRequired')) });

interface PromoCodeFormProps {
  promoCode: string | null | undefined;
  /** Why the cart's promo code takes nothing off now, in the shop's words; null when it does. */
  promoCodeProblem?: string | null;
}

/** The promo code in force, or a field to enter one; the shop's refusal shows beside it. */
export function PromoCodeForm({ promoCode, promoCodeProblem }: PromoCodeFormProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => promoSchema(t), [t]);
  const form = useForm<z.input<ReturnType<typeof promoSchema>>>({
    resolver: zodResolver(schema),
    defaultValues: { code: '' },
  });
  const apply = useApplyPromoCode();
  const remove = useRemovePromoCode();

  if (promoCode) {
    return (
      <Stack gap="xs">
        <Group gap="xs">
          <Badge size="lg" variant="light" tt="none" color={promoCodeProblem ? 'gray' : undefined}>
            {t('cart.promoCode')}: {promoCode}
          </Badge>
          <CloseButton
            aria-label={t('cart.removePromo')}
            disabled={remove.isPending}
            onClick={() => {
              remove.mutate();
            }}
          />
        </Group>
        {promoCodeProblem && (
          // The shop names the reason in a sentence of its own (English only so far).
          <Alert color="yellow" title={t('cart.promoNotApplied', { code: promoCode })}>
            <Text size="sm">{promoCodeProblem}</Text>
          </Alert>
        )}
        {remove.isError && <FormErrorAlert error={remove.error} fields={[]} />}
      </Stack>
    );
  }

  const onSubmit = form.handleSubmit(({ code }) => {
    apply.mutate(code, {
      onSuccess: () => {
        form.reset({ code: '' });
      },
      onError: (error) => {
        // Unknown, expired, used up, minimum not met: all about the code.
        showFormRefusal(error, FIELDS, form.setError, {
          fieldOfMessage: () => (hasStatus(error, 400) ? 'code' : undefined),
        });
      },
    });
  });

  const { errors } = form.formState;
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      {apply.isError && errors.code?.type !== 'server' && (
        <FormErrorAlert error={apply.error} fields={FIELDS} />
      )}
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          label={t('cart.promoCode')}
          autoComplete="off"
          style={{ flex: '1 1 12rem' }}
          error={errors.code?.message}
          {...form.register('code')}
        />
        <Button type="submit" variant="light" loading={apply.isPending} mt={25}>
          {t('cart.applyPromo')}
        </Button>
      </Group>
    </form>
  );
}
