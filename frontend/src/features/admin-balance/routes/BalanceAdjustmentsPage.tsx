import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { z } from 'zod';
import { idSchema } from '@/lib/api/schemas';
import { BalanceAdjustmentForm } from '../components/BalanceAdjustmentForm';

/** What a page that links here may hand over about the user (e.g. an order's customer). */
const handedOverSchema = z.object({
  customer: z.object({ id: idSchema, fullName: z.string(), email: z.string() }),
});

/**
 * `/admin/balance-adjustments?user=12` opens the form with the user id filled in; the page that
 * links here may hand over the customer's name and email to show beside it.
 */
export function BalanceAdjustmentsPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const prefilled = searchParams.get('user')?.trim() ?? '';
  const handedOver = handedOverSchema.safeParse(location.state);
  const customer =
    handedOver.success && String(handedOver.data.customer.id) === prefilled
      ? handedOver.data.customer
      : undefined;
  return (
    <Stack gap="lg" maw={560}>
      <Title order={1}>{t('adjustment.title')}</Title>
      <Text c="dimmed">{t('adjustment.text')}</Text>
      <Paper withBorder radius="md" p="lg">
        {/* Opened again for another user: start afresh. */}
        <BalanceAdjustmentForm key={prefilled} initialUserId={prefilled} customer={customer} />
      </Paper>
    </Stack>
  );
}
