import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import {
  idSchema,
  moneySchema,
  pageSchema,
  PRODUCTS_QUERY_KEY,
  timestampSchema,
} from '@/lib/api/schemas';

/** What the sales list needs of an admin product (GET /api/admin/products). */
const productSaleSchema = z.object({
  id: idSchema,
  name: z.string(),
  price: moneySchema,
  /** Set while a sale runs now. */
  salePrice: moneySchema.nullable(),
  salePercent: z.number().int().nullish(),
  saleEndsAt: timestampSchema.nullish(),
});

export type ProductSale = z.infer<typeof productSaleSchema>;

const productSalePageSchema = pageSchema(productSaleSchema);

/** The shop has no filter for sales: its products are looked through, this many per request. */
export const SALES_PAGE_SIZE = 100;
/** At most this many requests, so that a huge catalog never floods the shop. */
export const SALES_MAX_PAGES = 10;

export interface ProductsOnSale {
  products: ProductSale[];
  /** False: there were more products than were looked through. */
  complete: boolean;
  /** How many products were looked through. */
  lookedThrough: number;
}

/** The active products whose sale runs now, in the shop's order. */
export async function getProductsOnSale(signal?: AbortSignal): Promise<ProductsOnSale> {
  const products: ProductSale[] = [];
  let lookedThrough = 0;
  for (let page = 0; page < SALES_MAX_PAGES; page++) {
    const answer = await apiRequest('/api/admin/products', productSalePageSchema, {
      query: { page, size: SALES_PAGE_SIZE, status: 'active' },
      signal,
    });
    lookedThrough += answer.items.length;
    products.push(...answer.items.filter((product) => product.salePrice !== null));
    if (page + 1 >= answer.totalPages) return { products, complete: true, lookedThrough };
  }
  return { products, complete: false, lookedThrough };
}

export function productsOnSaleQuery() {
  return queryOptions({
    // Under the products' root: any change to a product refreshes it.
    queryKey: [PRODUCTS_QUERY_KEY, 'admin', 'on-sale'],
    queryFn: ({ signal }) => getProductsOnSale(signal),
  });
}

export function useProductsOnSale() {
  return useQuery(productsOnSaleQuery());
}
