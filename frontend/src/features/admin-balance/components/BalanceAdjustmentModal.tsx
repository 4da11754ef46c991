import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Id } from '@/lib/api/schemas';
import { BalanceAdjustmentForm } from './BalanceAdjustmentForm';

interface BalanceAdjustmentModalProps {
  userId: Id;
  /** Shown in the title, e.g. the user's name. */
  userName?: string;
  onClose: () => void;
}

/** The adjustment form for one user, as a dialog (for the users page). */
export function BalanceAdjustmentModal({ userId, userName, onClose }: BalanceAdjustmentModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={userName ? `${t('adjustment.title')}: ${userName}` : t('adjustment.title')}
    >
      <BalanceAdjustmentForm userId={userId} onDone={onClose} onCancel={onClose} />
    </Modal>
  );
}
