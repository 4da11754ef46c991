import { CATALOG_SORTS, type CatalogSort } from './api/get-products';

/** What the catalog shows, as kept in the address bar (`?q=&sort=&page=`, page 1-based). */
export interface CatalogView {
  page: number;
  q: string;
  sort: CatalogSort;
}

export const DEFAULT_SORT: CatalogSort = 'name';

function isSort(value: string | null): value is CatalogSort {
  return CATALOG_SORTS.some((sort) => sort === value);
}

export function readCatalogView(params: URLSearchParams): CatalogView {
  const page = Number(params.get('page'));
  const sort = params.get('sort');
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    q: params.get('q')?.trim() ?? '',
    sort: isSort(sort) ? sort : DEFAULT_SORT,
  };
}

/** Leaves defaults out, so the plain catalog has a plain address. */
export function writeCatalogView(view: CatalogView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  if (view.sort !== DEFAULT_SORT) params.set('sort', view.sort);
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}
