import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { adminProductSchema, pageSchema, type AdminProduct } from '@/lib/api/schemas';

/** What the sales list shows of an admin product: `salePrice` is set while a sale runs now. */
export type ProductSale = AdminProduct;

const productSalePageSchema = pageSchema(adminProductSchema);

/** How many sales the list shows at most. */
export const SALES_PAGE_SIZE = 100;

export interface ProductsOnSale {
  products: ProductSale[];
  /** False: more products are on sale than the list shows. */
  complete: boolean;
  /** How many active products are on sale now. */
  total: number;
}

/** The active products whose sale runs now, newest first (the shop filters them). */
export async function getProductsOnSale(signal?: AbortSignal): Promise<ProductsOnSale> {
  const answer = await apiRequest('/api/admin/products', productSalePageSchema, {
    query: { page: 0, size: SALES_PAGE_SIZE, status: 'active', onSale: 'true' },
    signal,
  });
  // A sale may end between the shop's answer and this line: show only those still priced down.
  const products = answer.items.filter((product) => product.salePrice !== null);
  return {
    products,
    complete: answer.totalItems <= answer.items.length,
    total: answer.totalItems,
  };
}

export function productsOnSaleQuery() {
  return queryOptions({
    // Under the products' root: any change to a product refreshes it.
    queryKey: queryKeys.products.onSale(),
    queryFn: ({ signal }) => getProductsOnSale(signal),
  });
}

export function useProductsOnSale() {
  return useQuery(productsOnSaleQuery());
}
