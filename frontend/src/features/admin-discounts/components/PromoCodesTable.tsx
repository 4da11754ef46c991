import { Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatPrice } from '@/lib/format';
import type { PromoCode } from '../api/get-promo-codes';

interface PromoCodesTableProps {
  promoCodes: PromoCode[];
  onEdit: (promoCode: PromoCode) => void;
  onDelete: (promoCode: PromoCode) => void;
}

export function PromoCodesTable({ promoCodes, onEdit, onDelete }: PromoCodesTableProps) {
  const { t, i18n } = useTranslation();
  const money = (amount: number) => formatPrice(amount, i18n.language);
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language) : '—');
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('discounts.code')}</Table.Th>
            <Table.Th>{t('discounts.discount')}</Table.Th>
            <Table.Th>{t('discounts.minOrderTotal')}</Table.Th>
            <Table.Th>{t('discounts.validFrom')}</Table.Th>
            <Table.Th>{t('discounts.validUntil')}</Table.Th>
            <Table.Th>{t('discounts.used')}</Table.Th>
            <Table.Th>{t('discounts.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {promoCodes.map((promo) => (
            <Table.Tr key={promo.code}>
              <Table.Td ff="monospace">{promo.code}</Table.Td>
              <Table.Td>
                {promo.percent != null ? `${String(promo.percent)}%` : money(promo.amount ?? 0)}
              </Table.Td>
              <Table.Td>{money(promo.minOrderTotal)}</Table.Td>
              <Table.Td>{when(promo.validFrom)}</Table.Td>
              <Table.Td>{when(promo.validUntil)}</Table.Td>
              <Table.Td>
                {promo.timesUsed} / {promo.maxUses ?? t('discounts.unlimited')}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    aria-label={t('discounts.editPromo', { code: promo.code })}
                    onClick={() => {
                      onEdit(promo);
                    }}
                  >
                    {t('discounts.edit')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={t('discounts.deleteCode', { code: promo.code })}
                    onClick={() => {
                      onDelete(promo);
                    }}
                  >
                    {t('discounts.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
