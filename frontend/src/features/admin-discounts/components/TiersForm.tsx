import { zodResolver } from '@hookform/resolvers/zod';
import { Button, CloseButton, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { explainFieldError, explainRefusal } from '@/lib/api/describe-error';
import { isApiError } from '@/lib/api/errors';
import type { LoyaltyTier } from '../api/get-discounts';
import { useUpdateTiers } from '../api/update-tiers';
import { tiersSchema } from '../discount-forms';

type Schema = ReturnType<typeof tiersSchema>;
type Values = z.input<Schema>;

const TIER_FIELDS = ['name', 'minCompletedOrders', 'minTotalSpent', 'percent'] as const;
type TierField = (typeof TIER_FIELDS)[number];

/** Server names of a tier's fields that the table calls otherwise (the domain says "tier"). */
const ALIASES: Partial<Record<string, TierField>> = { tier: 'name' };

const EMPTY_ROW = { name: '', minCompletedOrders: '', minTotalSpent: '', percent: '' };

function toRow(tier: LoyaltyTier) {
  return {
    name: tier.name,
    minCompletedOrders: String(tier.minCompletedOrders),
    minTotalSpent: String(tier.minTotalSpent),
    percent: String(tier.percent),
  };
}

const TIER_ERROR = /^tiers\[(\d+)\](?:\.(\w+))?$/;

/**
 * Puts the shop's refusal of the tiers where it belongs: `tiers[i].field` beside that field of
 * row i, anything else (`tiers`: the order of the levels, their names) above the table.
 */
export function placeTierErrors(
  error: unknown,
  rows: number,
  setError: UseFormSetError<Values>,
  t: TFunction,
): string[] {
  if (!isApiError(error) || error.kind !== 'http') return [];
  if (error.fieldErrors.length === 0) {
    return [explainRefusal(error.reason, error.message, t, error.details)];
  }
  const above: string[] = [];
  const beside = new Map<`tiers.${number}.${TierField}`, string[]>();
  for (const fieldError of error.fieldErrors) {
    const { field } = fieldError;
    const message = explainFieldError(error, fieldError, t);
    const match = TIER_ERROR.exec(field);
    if (match === null) {
      above.push(field === 'tiers' ? message : `${field}: ${message}`);
      continue;
    }
    const index = Number(match[1]);
    const named = match[2];
    const tierField =
      named === undefined ? undefined : (ALIASES[named] ?? TIER_FIELDS.find((f) => f === named));
    if (tierField === undefined || index >= rows) {
      const what =
        named === undefined || tierField !== undefined ? message : `${named}: ${message}`;
      above.push(t('discounts.tierProblem', { n: index + 1, message: what }));
      continue;
    }
    const path = `tiers.${index}.${tierField}` as const;
    beside.set(path, [...(beside.get(path) ?? []), message]);
  }
  let focused = false;
  for (const [path, messages] of beside) {
    setError(path, { type: 'server', message: messages.join('; ') }, { shouldFocus: !focused });
    focused = true;
  }
  return above;
}

/** The levels above loyal: edited as a table and saved all at once. */
export function TiersForm({ tiers }: { tiers: LoyaltyTier[] }) {
  const { t } = useTranslation();
  const schema = useMemo(() => tiersSchema(t), [t]);
  const form = useForm<Values, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: { tiers: tiers.map(toRow) },
  });
  const rows = useFieldArray({ control: form.control, name: 'tiers' });
  const update = useUpdateTiers();
  /** What the refusal says that no field shows. */
  const [above, setAbove] = useState<string[]>([]);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ tiers: typed }) => {
    update.reset();
    setAbove([]);
    update.mutate(typed, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('discounts.tiersSaved'), autoClose: 4000 });
      },
      onError: (error) => {
        setAbove(placeTierErrors(error, typed.length, form.setError, t));
      },
    });
  });

  const failure = update.error;
  const unplaced = failure !== null && (!isApiError(failure) || failure.kind !== 'http');

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t('discounts.tiersTitle')}
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('discounts.tiersTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('discounts.tiersText')}
        </Text>
        {unplaced && <ErrorAlert error={failure} />}
        {above.length > 0 && <ErrorAlert error={failure} message={above.join('\n')} />}
        {rows.fields.length === 0 ? (
          <Text size="sm">{t('discounts.noTiers')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label={t('discounts.tiers')} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('discounts.tierName')}</Table.Th>
                  <Table.Th>{t('discounts.minCompletedOrders')}</Table.Th>
                  <Table.Th>{t('discounts.minTotalSpent')}</Table.Th>
                  <Table.Th>{t('discounts.percent')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.fields.map((row, index) => {
                  const n = index + 1;
                  const rowErrors = errors.tiers?.[index];
                  return (
                    <Table.Tr key={row.id} style={{ verticalAlign: 'top' }}>
                      <Table.Td>
                        <TextInput
                          aria-label={t('discounts.tierNameOf', { n })}
                          error={rowErrors?.name?.message}
                          {...form.register(`tiers.${index}.name`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={t('discounts.tierOrdersOf', { n })}
                          inputMode="numeric"
                          error={rowErrors?.minCompletedOrders?.message}
                          {...form.register(`tiers.${index}.minCompletedOrders`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={t('discounts.tierSpentOf', { n })}
                          inputMode="decimal"
                          error={rowErrors?.minTotalSpent?.message}
                          {...form.register(`tiers.${index}.minTotalSpent`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={t('discounts.tierPercentOf', { n })}
                          inputMode="numeric"
                          error={rowErrors?.percent?.message}
                          {...form.register(`tiers.${index}.percent`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <CloseButton
                          mt={4}
                          aria-label={t('discounts.removeTier', { n })}
                          onClick={() => {
                            rows.remove(index);
                          }}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group justify="space-between">
          <Button
            variant="light"
            onClick={() => {
              rows.append(EMPTY_ROW);
            }}
          >
            {t('discounts.addTier')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('discounts.saveTiers')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
