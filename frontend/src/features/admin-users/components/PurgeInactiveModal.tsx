import { Alert, Button, Group, Loader, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { MAX_INACTIVE_DAYS } from '@/lib/api/admin-schemas';
import { usePurgeInactive, usePurgePreview } from '../api/purge-inactive';

function validDays(value: string | number): number | null {
  const days = Number(value);
  return Number.isInteger(days) && days >= 1 && days <= MAX_INACTIVE_DAYS ? days : null;
}

/** "Delete inactive accounts": choose the days, see how many match, confirm. */
export function PurgeInactiveModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | number>(365);
  const days = validDays(typed);
  const [previewDays] = useDebouncedValue(days, 300);
  const preview = usePurgePreview(previewDays);
  const purge = usePurgeInactive();
  const matching = preview.data?.inactiveDays === days ? preview.data.matching : null;

  return (
    <Modal opened onClose={onClose} title={t('adminUsers.purge.title')}>
      <Stack>
        <Text size="sm">{t('adminUsers.purge.text')}</Text>
        {purge.data ? (
          <>
            <Alert color="teal" variant="light" aria-live="polite">
              {t('adminUsers.purge.deleted', { count: purge.data.deleted })}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={onClose}>{t('adminUsers.close')}</Button>
            </Group>
          </>
        ) : (
          <>
            <NumberInput
              label={t('adminUsers.purge.days')}
              min={1}
              max={MAX_INACTIVE_DAYS}
              allowDecimal={false}
              allowNegative={false}
              value={typed}
              onChange={setTyped}
              error={
                days === null ? t('adminUsers.purge.daysRange', { max: MAX_INACTIVE_DAYS }) : null
              }
            />
            <div aria-live="polite">
              {preview.isError ? (
                <ErrorAlert error={preview.error} />
              ) : matching === null ? (
                days !== null && <Loader size="sm" aria-label={t('adminUsers.purge.counting')} />
              ) : (
                <Text fw={600}>{t('adminUsers.purge.matching', { count: matching, days })}</Text>
              )}
            </div>
            {purge.isError && <ErrorAlert error={purge.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('adminUsers.cancel')}
              </Button>
              <Button
                color="red"
                disabled={days === null || matching === null || matching === 0}
                loading={purge.isPending}
                onClick={() => {
                  if (days !== null) purge.mutate(days);
                }}
              >
                {t('adminUsers.purge.confirm', { count: matching ?? 0 })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
