import { apiRequest } from '@/lib/api/client';
import { productSchema, type Id, type Product } from '@/lib/api/schemas';
import { useProductMutation } from './product-mutation';

export function withdrawProduct(id: Id): Promise<Product> {
  return apiRequest(`/api/admin/products/${String(id)}/withdraw`, productSchema, {
    method: 'POST',
  });
}

export function useWithdrawProduct() {
  return useProductMutation(withdrawProduct);
}
