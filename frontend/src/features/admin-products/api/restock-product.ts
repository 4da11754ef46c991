import { apiRequest } from '@/lib/api/client';
import {
  adminProductSchema,
  type AdminProduct,
  type Id,
  type RestockRequest,
} from '@/lib/api/schemas';
import { useProductMutation } from './product-mutation';

export function restockProduct({
  id,
  quantity,
}: {
  id: Id;
  quantity: number;
}): Promise<AdminProduct> {
  return apiRequest(`/api/admin/products/${String(id)}/restock`, adminProductSchema, {
    method: 'POST',
    json: { quantity } satisfies RestockRequest,
  });
}

export function useRestockProduct() {
  return useProductMutation(restockProduct);
}
