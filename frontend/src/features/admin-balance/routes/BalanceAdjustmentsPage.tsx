import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BalanceAdjustmentForm } from '../components/BalanceAdjustmentForm';

export function BalanceAdjustmentsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={560}>
      <Title order={1}>{t('adjustment.title')}</Title>
      <Text c="dimmed">{t('adjustment.text')}</Text>
      <Paper withBorder radius="md" p="lg">
        <BalanceAdjustmentForm />
      </Paper>
    </Stack>
  );
}
