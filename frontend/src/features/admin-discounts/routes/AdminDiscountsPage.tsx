import { Button, Group, Paper, Skeleton, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { formatPrice } from '@/lib/format';
import { useDiscounts } from '../api/get-discounts';
import { usePromoCodes, type PromoCode } from '../api/get-promo-codes';
import { DeletePromoCodeModal } from '../components/DeletePromoCodeModal';
import { LoyaltyForm } from '../components/LoyaltyForm';
import { PromoCodeModal } from '../components/PromoCodeModal';
import { PromoCodesTable } from '../components/PromoCodesTable';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; promoCode: PromoCode }
  | { kind: 'delete'; promoCode: PromoCode }
  | null;

function LoyaltySection() {
  const { t, i18n } = useTranslation();
  const discounts = useDiscounts();
  if (discounts.isPending) return <Skeleton height={120} aria-label={t('discounts.loading')} />;
  if (discounts.isError) {
    return <ErrorAlert error={discounts.error} onRetry={() => void discounts.refetch()} />;
  }
  const { loyalty, tiers } = discounts.data;
  return (
    <Stack gap="md">
      <LoyaltyForm rule={loyalty} />
      {tiers.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table aria-label={t('discounts.tiers')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('discounts.tierName')}</Table.Th>
                <Table.Th>{t('discounts.minCompletedOrders')}</Table.Th>
                <Table.Th>{t('discounts.minTotalSpent')}</Table.Th>
                <Table.Th>{t('discounts.percent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tiers.map((tier) => (
                <Table.Tr key={tier.name}>
                  <Table.Td>{tier.name}</Table.Td>
                  <Table.Td>{tier.minCompletedOrders}</Table.Td>
                  <Table.Td>{formatPrice(tier.minTotalSpent, i18n.language)}</Table.Td>
                  <Table.Td>{tier.percent}%</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function PromoCodesSection() {
  const { t } = useTranslation();
  const promoCodes = usePromoCodes();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => {
    setDialog(null);
  };
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('discounts.promoCodes')}
        </Title>
        <Button
          onClick={() => {
            setDialog({ kind: 'create' });
          }}
        >
          {t('discounts.newPromo')}
        </Button>
      </Group>
      {promoCodes.isPending ? (
        <Skeleton height={120} aria-label={t('discounts.loading')} />
      ) : promoCodes.isError ? (
        <ErrorAlert error={promoCodes.error} onRetry={() => void promoCodes.refetch()} />
      ) : promoCodes.data.length === 0 ? (
        <EmptyState title={t('discounts.emptyPromos')} />
      ) : (
        <PromoCodesTable
          promoCodes={promoCodes.data}
          onEdit={(promoCode) => {
            setDialog({ kind: 'edit', promoCode });
          }}
          onDelete={(promoCode) => {
            setDialog({ kind: 'delete', promoCode });
          }}
        />
      )}
      {dialog?.kind === 'create' && <PromoCodeModal onClose={close} />}
      {dialog?.kind === 'edit' && <PromoCodeModal promoCode={dialog.promoCode} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeletePromoCodeModal code={dialog.promoCode.code} onClose={close} />
      )}
    </Stack>
  );
}

export function AdminDiscountsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Title order={1}>{t('discounts.title')}</Title>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('discounts.loyalty')}
          </Title>
          <LoyaltySection />
        </Stack>
      </Paper>
      <PromoCodesSection />
    </Stack>
  );
}
