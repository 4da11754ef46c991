import { apiRequest } from '@/lib/api/client';
import { adminProductSchema, type AdminProduct, type NewProductRequest } from '@/lib/api/schemas';
import { useProductMutation } from './product-mutation';

export interface NewProduct {
  name: string;
  description: string;
  price: number;
  stock: number;
}

export function createProduct(product: NewProduct): Promise<AdminProduct> {
  return apiRequest('/api/admin/products', adminProductSchema, {
    method: 'POST',
    json: product satisfies NewProductRequest,
  });
}

export function useCreateProduct() {
  return useProductMutation(createProduct);
}
