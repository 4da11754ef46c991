import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PaginationBar } from '@/components/ui/PaginationBar';
import { formatPrice } from '@/lib/format';
import { useBalance } from '../api/get-balance';
import { useTransactions } from '../api/get-transactions';
import { LedgerTable } from '../components/LedgerTable';
import { TopUpForm } from '../components/TopUpForm';

export const LEDGER_PAGE_SIZE = 20;

function CurrentBalance() {
  const { t, i18n } = useTranslation();
  const balance = useBalance();
  if (balance.isPending)
    return <Skeleton height={40} width="12rem" aria-label={t('balance.loading')} />;
  if (balance.isError) {
    return <ErrorAlert error={balance.error} onRetry={() => void balance.refetch()} />;
  }
  return (
    <div>
      <Text size="sm" c="dimmed" id="current-balance">
        {t('balance.current')}
      </Text>
      <Text fz={32} fw={700} aria-labelledby="current-balance">
        {formatPrice(balance.data.balance, i18n.language)}
      </Text>
    </div>
  );
}

function Ledger() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = Number(searchParams.get('page'));
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const transactions = useTransactions({ page: page - 1, size: LEDGER_PAGE_SIZE });

  if (transactions.isPending) return <Skeleton height={160} aria-label={t('balance.loading')} />;
  if (transactions.isError) {
    return <ErrorAlert error={transactions.error} onRetry={() => void transactions.refetch()} />;
  }
  if (transactions.data.items.length === 0)
    return <EmptyState title={t('balance.empty')} text={t('balance.emptyText')} />;
  return (
    <Stack gap="md">
      <LedgerTable transactions={transactions.data.items} />
      <PaginationBar
        page={page}
        totalPages={transactions.data.totalPages}
        onChange={(next) => {
          setSearchParams(next > 1 ? { page: String(next) } : {});
        }}
      />
    </Stack>
  );
}

export function BalancePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Title order={1}>{t('balance.title')}</Title>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <CurrentBalance />
          <Title order={2} size="h4">
            {t('balance.topUp')}
          </Title>
          <TopUpForm />
        </Stack>
      </Paper>
      <Title order={2} size="h3">
        {t('balance.history')}
      </Title>
      <Ledger />
    </Stack>
  );
}
