import { apiRequest } from '@/lib/api/client';
import { productSchema, type Id, type Product } from '@/lib/api/schemas';
import { useProductMutation } from './product-mutation';

export function restockProduct({ id, quantity }: { id: Id; quantity: number }): Promise<Product> {
  return apiRequest(`/api/admin/products/${String(id)}/restock`, productSchema, {
    method: 'POST',
    json: { quantity },
  });
}

export function useRestockProduct() {
  return useProductMutation(restockProduct);
}
