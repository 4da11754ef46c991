import {
  Group,
  List,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { formatDate, formatPrice } from '@/lib/format';
import { useStats, type Stats } from '../api/get-stats';
import { ChartCard, DailyCharts } from '../components/DailyCharts';
import { RankedBars } from '../components/DayChart';
import { StatCards } from '../components/StatCards';
import { TopProducts } from '../components/TopProducts';

export const PERIODS = [7, 30, 90, 365] as const;
const DEFAULT_PERIOD = 30;

function Overview({ stats }: { stats: Stats }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const today = stats.revenueByDay.at(-1);
  const byUnits = stats.topProductsByUnits.map((product) => ({
    name: product.name,
    value: product.units,
  }));
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('dashboard.period', {
          from: formatDate(`${stats.from}T12:00:00Z`, language),
          to: formatDate(`${stats.to}T12:00:00Z`, language),
          zone: stats.timeZone,
        })}
      </Text>
      {today && (
        <Text fw={600}>
          {t('dashboard.today', {
            revenue: formatPrice(today.revenue, language),
            orders: today.orders,
          })}
        </Text>
      )}
      <StatCards stats={stats} />
      <DailyCharts stats={stats} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChartCard title={t('dashboard.topByRevenue')}>
          {stats.topProductsByRevenue.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dashboard.noSales')}
            </Text>
          ) : (
            <TopProducts
              products={stats.topProductsByRevenue}
              label={t('dashboard.topByRevenue')}
            />
          )}
        </ChartCard>
        <ChartCard title={t('dashboard.topByUnits')}>
          {byUnits.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dashboard.noSales')}
            </Text>
          ) : (
            <>
              <RankedBars items={byUnits} color="indigo.6" />
              <TopProducts products={stats.topProductsByUnits} label={t('dashboard.topByUnits')} />
            </>
          )}
        </ChartCard>
        <ChartCard title={t('dashboard.trending')}>
          {stats.trendingSearches.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dashboard.noSearches')}
            </Text>
          ) : (
            <List type="ordered" size="sm" aria-label={t('dashboard.trending')}>
              {stats.trendingSearches.map((search) => (
                <List.Item key={search.query}>
                  {t('dashboard.search', { query: search.query, count: search.count })}
                </List.Item>
              ))}
            </List>
          )}
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
}

/** The admin's first page: how the shop did over the chosen period. */
export function AdminDashboardPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = Number(searchParams.get('days'));
  const days = PERIODS.find((period) => period === requested) ?? DEFAULT_PERIOD;
  const stats = useStats(days);
  // The figures arrive as an urgent update; the charts and tables they fill are drawn in the
  // background, in slices, so that the main thread is never held for the whole page at once.
  const shown = useDeferredValue(stats.data);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('dashboard.title')}</Title>
        <SegmentedControl
          aria-label={t('dashboard.periodLabel')}
          value={String(days)}
          onChange={(value) => {
            const params = new URLSearchParams();
            if (Number(value) !== DEFAULT_PERIOD) params.set('days', value);
            setSearchParams(params, { replace: true });
          }}
          data={PERIODS.map((period) => ({
            value: String(period),
            label: t('dashboard.days', { days: period }),
          }))}
        />
      </Group>
      {stats.isError ? (
        <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
      ) : shown === undefined ? (
        <Skeleton height={320} aria-label={t('dashboard.loading')} />
      ) : (
        <Overview stats={shown} />
      )}
    </Stack>
  );
}
