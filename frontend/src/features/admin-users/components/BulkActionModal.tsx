import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import type { AdminUser, BulkAction, BulkUserRequest } from '@/lib/api/admin-schemas';
import { explainRefusal } from '@/lib/api/describe-error';
import { useBulkUserAction, type BulkOutcome } from '../api/bulk-action';
import { checkBlock, EMPTY_BLOCK, toBlockRequest, type BlockProblems } from '../user-view';
import { BlockFields } from './BlockFields';

interface BulkActionModalProps {
  users: AdminUser[];
  action: BulkAction;
  onClose: () => void;
  /** The ids the action succeeded for. */
  onDone: (succeeded: number[]) => void;
}

const DANGEROUS: BulkAction[] = ['block', 'deactivate', 'delete'];

function Outcome({ outcome, users }: { outcome: BulkOutcome; users: AdminUser[] }) {
  const { t } = useTranslation();
  const byId = new Map(users.map((user) => [user.id, user]));
  const who = (id: number) => {
    const user = byId.get(id);
    return user
      ? t('adminUsers.bulk.who', { id, name: user.fullName, email: user.email })
      : t('adminUsers.bulk.whoId', { id });
  };
  return (
    <Stack gap="sm" aria-live="polite">
      <Alert
        color="teal"
        variant="light"
        title={t('adminUsers.bulk.succeeded', { count: outcome.succeeded.length })}
      >
        {outcome.succeeded.length > 0 && (
          <List size="sm">
            {outcome.succeeded.map((id) => (
              <List.Item key={id}>{who(id)}</List.Item>
            ))}
          </List>
        )}
      </Alert>
      {outcome.failed.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={t('adminUsers.bulk.failed', { count: outcome.failed.length })}
        >
          <List size="sm">
            {outcome.failed.map((failure) => (
              <List.Item key={failure.id}>
                {t('adminUsers.bulk.failure', {
                  who: who(failure.id),
                  why: explainRefusal(failure.reason, failure.message, t, {
                    resource: 'USER',
                    id: failure.id,
                  }),
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

/** Says how many users and what will happen, then what happened to each. */
export function BulkActionModal({ users, action, onClose, onDone }: BulkActionModalProps) {
  const { t } = useTranslation();
  const bulk = useBulkUserAction();
  const [block, setBlock] = useState(EMPTY_BLOCK);
  const [problems, setProblems] = useState<BlockProblems>({});
  const outcome = bulk.data;

  const confirm = () => {
    let request: BulkUserRequest = { action, ids: users.map((user) => user.id) };
    if (action === 'block') {
      const found = checkBlock(block);
      setProblems(found);
      if (Object.keys(found).length > 0) return;
      request = { ...request, ...toBlockRequest(block) };
    }
    bulk.mutate(request, {
      onSuccess: (result) => {
        onDone(result.succeeded);
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`adminUsers.bulk.titles.${action}`, { count: users.length })}
    >
      <Stack>
        {outcome ? (
          <>
            <Outcome outcome={outcome} users={users} />
            <Group justify="flex-end">
              <Button onClick={onClose}>{t('adminUsers.close')}</Button>
            </Group>
          </>
        ) : (
          <>
            <Text>{t(`adminUsers.bulk.questions.${action}`, { count: users.length })}</Text>
            {action === 'block' && (
              <BlockFields value={block} onChange={setBlock} problems={problems} />
            )}
            {bulk.isError && <ErrorAlert error={bulk.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('adminUsers.cancel')}
              </Button>
              <Button
                color={DANGEROUS.includes(action) ? 'red' : undefined}
                loading={bulk.isPending}
                onClick={confirm}
              >
                {t(`adminUsers.bulk.confirm.${action}`, { count: users.length })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
