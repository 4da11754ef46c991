import { Button, Divider, Group, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { useDiscounts } from '../api/get-discounts';
import { usePromoCodes, type PromoCode } from '../api/get-promo-codes';
import { DeletePromoCodeModal } from '../components/DeletePromoCodeModal';
import { LoyaltyForm } from '../components/LoyaltyForm';
import { PromoCodeModal } from '../components/PromoCodeModal';
import { ProductSales } from '../components/ProductSales';
import { PromoCodesTable } from '../components/PromoCodesTable';
import { TiersForm } from '../components/TiersForm';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; promoCode: PromoCode }
  | { kind: 'delete'; promoCode: PromoCode }
  | null;

function LoyaltySection() {
  const { t } = useTranslation();
  const discounts = useDiscounts();
  if (discounts.isPending) return <Skeleton height={120} aria-label={t('discounts.loading')} />;
  if (discounts.isError) {
    return <ErrorAlert error={discounts.error} onRetry={() => void discounts.refetch()} />;
  }
  const { loyalty, tiers } = discounts.data;
  return (
    <Stack gap="md">
      <LoyaltyForm rule={loyalty} />
      <Divider />
      {/* Tiers saved (here or by another admin): the table starts again from them. */}
      <TiersForm key={JSON.stringify(tiers)} tiers={tiers} />
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
        <EmptyState title={t('discounts.emptyPromos')} text={t('discounts.emptyPromosText')} />
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
      <Paper withBorder radius="md" p="lg">
        <ProductSales />
      </Paper>
    </Stack>
  );
}
