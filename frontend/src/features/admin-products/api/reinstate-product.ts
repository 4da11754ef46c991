import { apiRequest } from '@/lib/api/client';
import { productSchema, type Id, type Product } from '@/lib/api/schemas';
import { useProductMutation } from './product-mutation';

export function reinstateProduct(id: Id): Promise<Product> {
  return apiRequest(`/api/admin/products/${String(id)}/reinstate`, productSchema, {
    method: 'POST',
  });
}

export function useReinstateProduct() {
  return useProductMutation(reinstateProduct);
}
