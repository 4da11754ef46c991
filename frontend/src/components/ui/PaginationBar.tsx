import { Center, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PaginationBarProps {
  /** 1-based. */
  page: number;
  totalPages: number;
  onChange: (page: number) => void;
}

export function PaginationBar({ page, totalPages, onChange }: PaginationBarProps) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  return (
    <Center component="nav" aria-label={t('pagination.label')}>
      <Pagination
        value={page}
        total={totalPages}
        onChange={onChange}
        siblings={1}
        getItemProps={(item) => ({
          'aria-label': t('pagination.page', { page: item }),
          'aria-current': item === page ? 'page' : undefined,
        })}
        getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
      />
    </Center>
  );
}
