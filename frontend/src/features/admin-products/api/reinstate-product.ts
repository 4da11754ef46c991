import { apiRequest } from '@/lib/api/client';
import { adminProductSchema, type AdminProduct, type Id } from '@/lib/api/schemas';
import { useProductMutation } from './product-mutation';

export function reinstateProduct(id: Id): Promise<AdminProduct> {
  return apiRequest(`/api/admin/products/${String(id)}/reinstate`, adminProductSchema, {
    method: 'POST',
  });
}

export function useReinstateProduct() {
  return useProductMutation(reinstateProduct);
}
