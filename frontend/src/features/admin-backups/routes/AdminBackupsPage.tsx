import {
  Button,
  FileInput,
  Group,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { formatDateTime } from '@/lib/format';
import {
  useBackups,
  useCreateBackup,
  useDeleteBackup,
  useDownloadBackup,
  type Backup,
  type RestoreSource,
} from '../api/backups';
import { RestoreModal } from '../components/RestoreModal';

/** 1536 → "1.5 KB", in the reader's language. */
export function formatSize(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 });
  return `${number.format(value)} ${units[unit] ?? 'B'}`;
}

function DeleteModal({ backup, onClose }: { backup: Backup; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const remove = useDeleteBackup();
  const date = formatDateTime(backup.createdAt, i18n.language);
  return (
    <Modal opened onClose={onClose} title={t('backups.deleteTitle')}>
      <Stack>
        <Text>{t('backups.deleteQuestion', { date })}</Text>
        {remove.isError && <ErrorAlert error={remove.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('backups.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => {
              remove.mutate(backup.id, {
                onSuccess: () => {
                  notifications.show({
                    color: 'teal',
                    autoClose: 4000,
                    message: t('backups.deleted', { date }),
                  });
                  onClose();
                },
              });
            }}
          >
            {t('backups.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function AdminBackupsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const backups = useBackups();
  const create = useCreateBackup();
  const download = useDownloadBackup();
  const [restoring, setRestoring] = useState<RestoreSource | null>(null);
  const [deleting, setDeleting] = useState<Backup | null>(null);
  const [file, setFile] = useState<File | null>(null);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('backups.title')}</Title>
        <Button
          loading={create.isPending}
          onClick={() => {
            create.mutate(undefined, {
              onSuccess: (backup) => {
                notifications.show({
                  color: 'teal',
                  autoClose: 4000,
                  message: t('backups.created', {
                    date: formatDateTime(backup.createdAt, language),
                  }),
                });
              },
            });
          }}
        >
          {t('backups.create')}
        </Button>
      </Group>
      <Text c="dimmed">{t('backups.text')}</Text>
      {create.isError && <ErrorAlert error={create.error} />}
      {download.isError && <ErrorAlert error={download.error} />}
      {backups.isPending ? (
        <Skeleton height={160} aria-label={t('backups.loading')} />
      ) : backups.isError ? (
        <ErrorAlert error={backups.error} onRetry={() => void backups.refetch()} />
      ) : backups.data.length === 0 ? (
        <EmptyState title={t('backups.empty')} text={t('backups.emptyText')} />
      ) : (
        <Table.ScrollContainer minWidth={340}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backups.createdAt')}</Table.Th>
                <Table.Th ta="right">{t('backups.size')}</Table.Th>
                <Table.Th>{t('backups.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.data.map((backup) => {
                const date = formatDateTime(backup.createdAt, language);
                return (
                  <Table.Tr key={backup.id}>
                    <Table.Td>{date}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatSize(backup.sizeBytes, language)}
                    </Table.Td>
                    <Table.Td>
                      {/* Wraps onto more lines rather than hiding an action on a narrow screen. */}
                      <Group gap="xs">
                        <Button
                          size="compact-sm"
                          variant="light"
                          aria-label={t('backups.downloadOf', { date })}
                          loading={download.isPending && download.variables === backup.id}
                          onClick={() => {
                            download.mutate(backup.id);
                          }}
                        >
                          {t('backups.download')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="orange"
                          aria-label={t('backups.restoreOf', { date })}
                          onClick={() => {
                            setRestoring({ kind: 'listed', backup });
                          }}
                        >
                          {t('backups.restore')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="red"
                          aria-label={t('backups.deleteOf', { date })}
                          onClick={() => {
                            setDeleting(backup);
                          }}
                        >
                          {t('backups.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Paper withBorder radius="md" p="md" component="section" aria-label={t('backups.upload')}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('backups.upload')}
          </Title>
          <Group align="flex-end" gap="sm">
            <FileInput
              label={t('backups.file')}
              description={t('backups.fileHint')}
              accept=".zip,application/zip"
              clearable
              value={file}
              onChange={setFile}
              style={{ flex: '1 1 220px' }}
            />
            <Button
              color="orange"
              disabled={file === null}
              onClick={() => {
                if (file) setRestoring({ kind: 'file', file });
              }}
            >
              {t('backups.restoreFile')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {restoring && (
        <RestoreModal
          source={restoring}
          onClose={() => {
            setRestoring(null);
          }}
        />
      )}
      {deleting && (
        <DeleteModal
          backup={deleting}
          onClose={() => {
            setDeleting(null);
          }}
        />
      )}
    </Stack>
  );
}
