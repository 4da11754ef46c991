import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState order={1} title={t('notFound.title')} text={t('notFound.text')}>
      <Button component={Link} to="/" variant="light" mt="sm">
        {t('notFound.home')}
      </Button>
    </EmptyState>
  );
}
