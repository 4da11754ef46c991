import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { useSession } from '@/lib/auth/session';
import { LoginForm } from '../components/LoginForm';

/** Where to go after signing in: only a path inside the shop, never another site. */
export function safeNextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return '/';
  }
  return next.startsWith('/login') ? '/' : next;
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [searchParams] = useSearchParams();

  if (session) return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;

  return (
    <Center py="xl">
      <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md" w="100%" maw={420}>
        <Stack>
          <div>
            <Title order={1} size="h2">
              {t('login.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('login.subtitle')}
            </Text>
          </div>
          <LoginForm />
        </Stack>
      </Paper>
    </Center>
  );
}
