import { Button, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/EmptyState';

/** Shown when a page fails to render at all. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <EmptyState order={1} title={t('routeError.title')} text={t('routeError.text')}>
        <Button
          variant="light"
          mt="sm"
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('routeError.reload')}
        </Button>
      </EmptyState>
    </Container>
  );
}
