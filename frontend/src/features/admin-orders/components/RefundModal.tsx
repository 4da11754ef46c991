import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { formatPrice } from '@/lib/format';
import type { AdminOrder } from '../api/get-admin-orders';
import { useRefundOrder } from '../api/refund-order';

interface RefundModalProps {
  order: AdminOrder;
  onClose: () => void;
}

export function RefundModal({ order, onClose }: RefundModalProps) {
  const { t, i18n } = useTranslation();
  const refund = useRefundOrder();
  return (
    <Modal opened onClose={onClose} title={t('adminOrders.refundOrder', { id: order.id })}>
      <Stack>
        <Text>
          {t('adminOrders.refundQuestion', {
            amount: formatPrice(order.total, i18n.language),
            name: order.customer.fullName,
          })}
        </Text>
        {/* 409: already refunded, in the shop's words. */}
        {refund.isError && <ErrorAlert error={refund.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('adminOrders.cancel')}
          </Button>
          <Button
            color="red"
            loading={refund.isPending}
            onClick={() => {
              refund.mutate(order.id, {
                onSuccess: (refunded) => {
                  notifications.show({
                    color: 'teal',
                    message: t('adminOrders.refunded', { id: refunded.id }),
                    autoClose: 4000,
                  });
                  onClose();
                },
              });
            }}
          >
            {t('adminOrders.refundConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
