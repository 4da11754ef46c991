import { apiRequest } from '@/lib/api/client';
import {
  adminProductSchema,
  type AdminProduct,
  type Id,
  type ProductChangesRequest,
} from '@/lib/api/schemas';
import { useProductMutation } from './product-mutation';

export interface ProductChanges {
  name?: string;
  description?: string;
  price?: number;
  /** 0..90; null ends the sale. */
  salePercent?: number | null;
  /** ISO-8601; null for a sale without an end. */
  saleEndsAt?: string | null;
}

export function updateProduct({
  id,
  changes,
}: {
  id: Id;
  changes: ProductChanges;
}): Promise<AdminProduct> {
  return apiRequest(`/api/admin/products/${String(id)}`, adminProductSchema, {
    method: 'PATCH',
    json: changes satisfies ProductChangesRequest,
  });
}

export function useUpdateProduct() {
  return useProductMutation(updateProduct);
}
