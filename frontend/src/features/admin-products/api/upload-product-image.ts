import { apiRequest } from '@/lib/api/client';
import { adminProductSchema, type Id } from '@/lib/api/schemas';
import { useProductMutation } from './product-mutation';

export function uploadProductImage({ id, file }: { id: Id; file: File }) {
  const form = new FormData();
  form.append('image', file, file.name);
  return apiRequest(`/api/admin/products/${String(id)}/image`, adminProductSchema, {
    method: 'PUT',
    form,
  });
}

export function useUploadProductImage() {
  return useProductMutation(uploadProductImage);
}
