import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { formatDateTime } from '@/lib/format';
import { useRestoreBackup, type RestoreSource } from '../api/backups';

interface RestoreModalProps {
  source: RestoreSource;
  onClose: () => void;
}

/** Says plainly that everything is replaced, and by what, before a restore. */
export function RestoreModal({ source, onClose }: RestoreModalProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const restore = useRestoreBackup();
  const question =
    source.kind === 'listed'
      ? t('backups.restoreQuestion', {
          date: formatDateTime(source.backup.createdAt, i18n.language),
        })
      : t('backups.restoreFileQuestion', { name: source.file.name });

  return (
    <Modal opened onClose={onClose} title={t('backups.restoreTitle')}>
      <Stack>
        <Alert color="red" variant="light" role="note">
          <Text size="sm">{question}</Text>
        </Alert>
        <Text size="sm">{t('backups.restoreSessions')}</Text>
        {/* BACKUP_INVALID, BACKUP_TOO_NEW: nothing was changed, in the SPA's words. */}
        {restore.isError && <ErrorAlert error={restore.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('backups.cancel')}
          </Button>
          <Button
            color="red"
            loading={restore.isPending}
            onClick={() => {
              restore.mutate(source, {
                onSuccess: (outcome) => {
                  notifications.show({
                    color: 'teal',
                    autoClose: 8000,
                    message: t('backups.restored', {
                      name: outcome.restoredFrom,
                      date: formatDateTime(outcome.createdAt, i18n.language),
                      tables: Object.keys(outcome.tables).length,
                      rows: outcome.rows,
                    }),
                  });
                  onClose();
                  if (outcome.signIn === null) {
                    notifications.show({
                      color: 'blue',
                      autoClose: false,
                      message: t('backups.signInAgain'),
                    });
                    void navigate('/login');
                  }
                },
              });
            }}
          >
            {t('backups.restoreConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
