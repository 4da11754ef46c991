import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function PasswordChangedPage() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md" maw={520} mx="auto">
      <Stack align="center" gap="sm" ta="center">
        <Title order={1} size="h2">
          {t('changePassword.done')}
        </Title>
        <Text c="dimmed">{t('changePassword.doneText')}</Text>
        <Button component={Link} to="/account/profile" variant="light" mt="sm">
          {t('changePassword.backToProfile')}
        </Button>
      </Stack>
    </Paper>
  );
}
