import { apiRequest } from '@/lib/api/client';
import { productSchema, type Product } from '@/lib/api/schemas';
import { useProductMutation } from './product-mutation';

export interface NewProduct {
  name: string;
  description: string;
  price: number;
  stock: number;
}

export function createProduct(product: NewProduct): Promise<Product> {
  return apiRequest('/api/admin/products', productSchema, { method: 'POST', json: product });
}

export function useCreateProduct() {
  return useProductMutation(createProduct);
}
