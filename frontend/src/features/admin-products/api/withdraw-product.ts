import { apiRequest } from '@/lib/api/client';
import { adminProductSchema, type AdminProduct, type Id } from '@/lib/api/schemas';
import { useProductMutation } from './product-mutation';

export function withdrawProduct(id: Id): Promise<AdminProduct> {
  return apiRequest(`/api/admin/products/${String(id)}/withdraw`, adminProductSchema, {
    method: 'POST',
  });
}

export function useWithdrawProduct() {
  return useProductMutation(withdrawProduct);
}
