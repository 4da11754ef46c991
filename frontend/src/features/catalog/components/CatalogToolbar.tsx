import { Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '@/components/ui/SearchInput';
import { CATALOG_SORTS, type CatalogSort } from '../api/get-products';
import { useTrendingSearches } from '../api/get-trending-searches';

const sortLabels = {
  name: 'catalog.sortName',
  price: 'catalog.sortPrice',
  '-price': 'catalog.sortPriceDesc',
  newest: 'catalog.sortNewest',
} as const satisfies Record<CatalogSort, string>;

interface CatalogToolbarProps {
  q: string;
  sort: CatalogSort;
  onSearch: (q: string) => void;
  onSort: (sort: CatalogSort) => void;
}

export function CatalogToolbar({ q, sort, onSearch, onSort }: CatalogToolbarProps) {
  const { t } = useTranslation();
  // Asked for once the search box is first focused.
  const [wanted, setWanted] = useState(false);
  const trending = useTrendingSearches(wanted);
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <div style={{ flex: '1 1 16rem' }}>
        <SearchInput
          label={t('catalog.search')}
          placeholder={t('catalog.searchPlaceholder')}
          value={q}
          onSearch={onSearch}
          suggestions={trending.data?.map((search) => search.query)}
          suggestionsLabel={t('catalog.trending')}
          onFocusChange={(focused) => {
            if (focused) setWanted(true);
          }}
        />
      </div>
      <NativeSelect
        label={t('catalog.sort')}
        value={sort}
        style={{ flex: '0 1 14rem' }}
        data={CATALOG_SORTS.map((value) => ({ value, label: t(sortLabels[value]) }))}
        onChange={(event) => {
          const value = CATALOG_SORTS.find((s) => s === event.currentTarget.value);
          if (value) onSort(value);
        }}
      />
    </Group>
  );
}
