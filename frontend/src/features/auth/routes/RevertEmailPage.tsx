import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { useRevertEmailChange } from '../api/revert-email';
import { AuthCard } from '../components/AuthCard';

/**
 * The page of the link mailed to the previous address when the email changed. It asks for a click
 * before undoing: mail scanners open links, and the undo signs every device out.
 */
export function RevertEmailPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const revert = useRevertEmailChange();

  if (revert.isSuccess) {
    return (
      <AuthCard title={t('revertEmail.title')}>
        <Alert color="teal" variant="light" role="status">
          <Text size="sm">{t('revertEmail.done')}</Text>
        </Alert>
        <Group grow>
          <Button component={Link} to="/password/forgot">
            {t('revertEmail.newPassword')}
          </Button>
          <Button component={Link} to="/login" variant="default">
            {t('revertEmail.signIn')}
          </Button>
        </Group>
      </AuthCard>
    );
  }

  if (token === '') {
    return (
      <AuthCard title={t('revertEmail.title')}>
        <Text>{t('revertEmail.missingToken')}</Text>
        <Anchor component={Link} to="/login">
          {t('revertEmail.signIn')}
        </Anchor>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('revertEmail.title')}>
      <Stack>
        <Text size="sm">{t('revertEmail.explanation')}</Text>
        {revert.isError && <ErrorAlert error={revert.error} />}
        <Button
          color="red"
          loading={revert.isPending}
          fullWidth
          onClick={() => {
            revert.mutate(token);
          }}
        >
          {t('revertEmail.confirm')}
        </Button>
      </Stack>
    </AuthCard>
  );
}
