import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { idSchema } from '@/lib/api/schemas';
import { isUserId } from '../adjustment-form';
import { useUserById } from '../api/find-users';
import { BalanceAdjustmentForm, type KnownCustomer } from '../components/BalanceAdjustmentForm';

/** What a page that links here may hand over about the user (e.g. an order's customer). */
const handedOverSchema = z.object({
  customer: z.object({ id: idSchema, fullName: z.string(), email: z.string() }),
});

/**
 * The admin finds the user by name, email or phone. `/admin/balance-adjustments?user=12` starts
 * with user 12 picked: named as the linking page handed them over, else as the shop knows them.
 */
export function BalanceAdjustmentsPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const prefilled = searchParams.get('user')?.trim() ?? '';
  const handedOver = handedOverSchema.safeParse(location.state);
  const customer: KnownCustomer | undefined =
    handedOver.success && String(handedOver.data.customer.id) === prefilled
      ? handedOver.data.customer
      : undefined;
  const lookUp = customer === undefined && isUserId(prefilled) ? Number(prefilled) : null;
  const looked = useUserById(lookUp);

  let form;
  if (lookUp !== null && looked.isPending) {
    form = <Skeleton height={200} aria-label={t('adjustment.loadingUser')} />;
  } else {
    const known =
      customer ??
      (looked.data
        ? { id: looked.data.id, fullName: looked.data.fullName, email: looked.data.email }
        : null);
    // Opened again for another user: start afresh.
    form = (
      <>
        {looked.isError && <ErrorAlert error={looked.error} />}
        <BalanceAdjustmentForm key={prefilled} initialUser={known} />
      </>
    );
  }

  return (
    <Stack gap="lg" maw={560}>
      <Title order={1}>{t('adjustment.title')}</Title>
      <Text c="dimmed">{t('adjustment.text')}</Text>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">{form}</Stack>
      </Paper>
    </Stack>
  );
}
