import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPrice } from '@/lib/format';
import type { Stats } from '../api/get-stats';

function StatCard({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/** The period's headline numbers. */
export function StatCards({ stats }: { stats: Stats }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const number = new Intl.NumberFormat(language);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
      <StatCard
        label={t('dashboard.revenue')}
        value={formatPrice(stats.totals.revenue, language)}
      />
      <StatCard label={t('dashboard.orders')} value={number.format(stats.totals.orders)} />
      <StatCard
        label={t('dashboard.refunds')}
        value={formatPrice(stats.totals.refunds, language)}
      />
      <StatCard
        label={t('dashboard.newCustomers')}
        value={number.format(stats.totals.newCustomers)}
      />
      <StatCard label={t('dashboard.activeCarts')} value={number.format(stats.activeCarts)} />
    </SimpleGrid>
  );
}
