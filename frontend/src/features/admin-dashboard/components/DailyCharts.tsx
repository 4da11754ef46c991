import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPrice } from '@/lib/format';
import type { Stats } from '../api/get-stats';
import { DayChart } from './DayChart';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day (`2026-12-04`) as a short label, e.g. "Dec 4"; the day is the shop's own. */
function dayLabel(date: string, language: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  // One format per language: making one costs more than the days it labels.
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    dayFormats.set(language, format);
  }
  return format.format(parsed);
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
  const money = (value: number) => formatPrice(value, language);
  const count = (value: number) => number.format(value);
  const sales = stats.revenueByDay.map((day) => ({
    label: dayLabel(day.date, language),
    values: { revenue: day.revenue, refunds: day.refunds, orders: day.orders },
  }));
  const customers = stats.newCustomersByDay.map((day) => ({
    label: dayLabel(day.date, language),
    values: { customers: day.count },
  }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartCard title={t('dashboard.revenueByDay')}>
        <DayChart
          kind="areas"
          height={240}
          points={sales}
          format={money}
          series={[
            { name: 'revenue', label: t('dashboard.revenue'), color: 'teal.6' },
            { name: 'refunds', label: t('dashboard.refunds'), color: 'red.6' },
          ]}
          withLegend
        />
      </ChartCard>
      <ChartCard title={t('dashboard.ordersByDay')}>
        <DayChart
          kind="bars"
          height={240}
          points={sales}
          format={count}
          whole
          series={[{ name: 'orders', label: t('dashboard.orders'), color: 'blue.6' }]}
        />
      </ChartCard>
      <ChartCard title={t('dashboard.newCustomersByDay')}>
        <DayChart
          kind="bars"
          height={240}
          points={customers}
          format={count}
          whole
          series={[{ name: 'customers', label: t('dashboard.newCustomers'), color: 'grape.6' }]}
        />
      </ChartCard>
    </SimpleGrid>
  );
}
