import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import type { Id } from '@/lib/api/schemas';
import { useProductMutation } from './product-mutation';

/** The answer names where the new picture is (the updated product does). */
export const uploadedImageSchema = z.object({ imageUrl: z.string().min(1) });

export function uploadProductImage({ id, file }: { id: Id; file: File }) {
  const form = new FormData();
  form.append('image', file, file.name);
  return apiRequest(`/api/admin/products/${String(id)}/image`, uploadedImageSchema, {
    method: 'PUT',
    form,
  });
}

export function useUploadProductImage() {
  return useProductMutation(uploadProductImage);
}
