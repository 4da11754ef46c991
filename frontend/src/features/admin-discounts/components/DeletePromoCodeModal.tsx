import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { useDeletePromoCode } from '../api/delete-promo-code';

export function DeletePromoCodeModal({ code, onClose }: { code: string; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeletePromoCode();
  return (
    <Modal opened onClose={onClose} title={t('discounts.deleteCode', { code })}>
      <Stack>
        <Text>{t('discounts.deleteQuestion', { code })}</Text>
        {remove.isError && <ErrorAlert error={remove.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('discounts.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => {
              remove.mutate(code, {
                onSuccess: () => {
                  notifications.show({
                    color: 'teal',
                    message: t('discounts.deleted', { code }),
                    autoClose: 4000,
                  });
                  onClose();
                },
              });
            }}
          >
            {t('discounts.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
