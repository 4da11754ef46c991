import '@mantine/charts/styles.css';
import { AreaChart, BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPrice } from '@/lib/format';
import type { Stats } from '../api/get-stats';

/** A calendar day (`2026-12-04`) as a short label, e.g. "Dec 4"; the day is the shop's own. */
function dayLabel(date: string, language: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(language, {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
}

export function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** Revenue, orders and new customers per day of the period. */
export function DailyCharts({ stats }: { stats: Stats }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const number = new Intl.NumberFormat(language);
  const sales = stats.revenueByDay.map((day) => ({
    day: dayLabel(day.date, language),
    revenue: day.revenue,
    refunds: day.refunds,
    orders: day.orders,
  }));
  const customers = stats.newCustomersByDay.map((day) => ({
    day: dayLabel(day.date, language),
    customers: day.count,
  }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartCard title={t('dashboard.revenueByDay')}>
        <AreaChart
          h={240}
          data={sales}
          dataKey="day"
          curveType="monotone"
          withDots={false}
          valueFormatter={(value) => formatPrice(value, language)}
          series={[
            { name: 'revenue', label: t('dashboard.revenue'), color: 'teal.6' },
            { name: 'refunds', label: t('dashboard.refunds'), color: 'red.6' },
          ]}
          withLegend
        />
      </ChartCard>
      <ChartCard title={t('dashboard.ordersByDay')}>
        <BarChart
          h={240}
          data={sales}
          dataKey="day"
          valueFormatter={(value) => number.format(value)}
          series={[{ name: 'orders', label: t('dashboard.orders'), color: 'blue.6' }]}
        />
      </ChartCard>
      <ChartCard title={t('dashboard.newCustomersByDay')}>
        <BarChart
          h={240}
          data={customers}
          dataKey="day"
          valueFormatter={(value) => number.format(value)}
          series={[{ name: 'customers', label: t('dashboard.newCustomers'), color: 'grape.6' }]}
        />
      </ChartCard>
    </SimpleGrid>
  );
}
