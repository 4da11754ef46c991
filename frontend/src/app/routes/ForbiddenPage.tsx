import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/EmptyState';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <EmptyState title={t('forbidden.title')} text={t('forbidden.text')} />;
}
