import { PRODUCT_STATUSES, type ProductStatus } from './api/get-admin-products';

/** What the product table shows, as kept in the address bar (page 1-based). */
export interface AdminProductsView {
  page: number;
  q: string;
  status: ProductStatus;
}

function isStatus(value: string | null): value is ProductStatus {
  return PRODUCT_STATUSES.some((status) => status === value);
}

export function readAdminView(params: URLSearchParams): AdminProductsView {
  const page = Number(params.get('page'));
  const status = params.get('status');
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    q: params.get('q')?.trim() ?? '',
    status: isStatus(status) ? status : 'all',
  };
}

export function writeAdminView(view: AdminProductsView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  if (view.status !== 'all') params.set('status', view.status);
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}
