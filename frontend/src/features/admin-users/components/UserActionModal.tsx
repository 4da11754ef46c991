import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { clearSession, getSession } from '@/lib/auth/session';
import { ROLES, type AdminRole, type AdminUser } from '@/lib/api/admin-schemas';
import { useUserAction, type UserAction, type UserActionKind } from '../api/user-actions';
import { checkBlock, EMPTY_BLOCK, toBlockRequest, type BlockProblems } from '../user-view';
import { BlockFields } from './BlockFields';

interface UserActionModalProps {
  user: AdminUser;
  action: UserActionKind;
  onClose: () => void;
  /** The user was deleted. */
  onDeleted?: () => void;
}

/** The session's user name is the email the account signs in with. */
function isSignedInAs(user: AdminUser): boolean {
  return getSession()?.username.toLowerCase() === user.email.toLowerCase();
}

const DANGEROUS: UserActionKind[] = ['block', 'deactivate', 'delete'];

/** Asks before an action on one user, says what it does, and shows why the shop refused it. */
export function UserActionModal({ user, action, onClose, onDeleted }: UserActionModalProps) {
  const { t } = useTranslation();
  const run = useUserAction();
  const navigate = useNavigate();
  const [block, setBlock] = useState(EMPTY_BLOCK);
  const [problems, setProblems] = useState<BlockProblems>({});
  const [roles, setRoles] = useState<AdminRole[]>(user.roles);
  const name = user.fullName;

  const confirm = () => {
    let request: UserAction;
    if (action === 'block') {
      const found = checkBlock(block);
      setProblems(found);
      if (Object.keys(found).length > 0) return;
      request = { kind: 'block', block: toBlockRequest(block) };
    } else if (action === 'roles') {
      if (roles.length === 0) return;
      request = { kind: 'roles', roles };
    } else {
      request = { kind: action };
    }
    run.mutate(
      { id: user.id, action: request },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t(`adminUsers.done.${action}`, { name }),
            autoClose: 4000,
          });
          if (action === 'delete') onDeleted?.();
          onClose();
          // A change of roles ends every session of the account, the admin's own included.
          if (action === 'roles' && isSignedInAs(user)) {
            clearSession();
            notifications.show({
              color: 'blue',
              autoClose: false,
              message: t('adminUsers.ownRolesChanged'),
            });
            void navigate('/login');
          }
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t(`adminUsers.confirm.${action}Title`, { name })}>
      <Stack>
        <Text>{t(`adminUsers.confirm.${action}`, { name, email: user.email })}</Text>
        {action === 'block' && (
          <BlockFields value={block} onChange={setBlock} problems={problems} />
        )}
        {action === 'roles' && (
          <Checkbox.Group
            label={t('adminUsers.roles.label')}
            value={roles}
            error={roles.length === 0 ? t('adminUsers.roles.atLeastOne') : undefined}
            onChange={(next) => {
              setRoles(ROLES.filter((role) => next.includes(role)));
            }}
          >
            <Group mt="xs">
              {ROLES.map((role) => (
                <Checkbox key={role} value={role} label={t(`adminUsers.roles.${role}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
        {/* 409 LAST_ADMIN / CANNOT_CHANGE_OWN_ACCOUNT, explained in the SPA's words. */}
        {run.isError && <ErrorAlert error={run.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('adminUsers.cancel')}
          </Button>
          <Button
            color={DANGEROUS.includes(action) ? 'red' : undefined}
            loading={run.isPending}
            disabled={action === 'roles' && roles.length === 0}
            onClick={confirm}
          >
            {t(`adminUsers.actions.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
