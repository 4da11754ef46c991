import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/EmptyState';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <EmptyState order={1} title={t('forbidden.title')} text={t('forbidden.text')} />;
}
