import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import type { User } from '@/lib/api/schemas';
import { ME_QUERY_KEY } from './get-me';

export const uploadedPictureSchema = z.object({ pictureUrl: z.string().min(1) });

export function uploadPicture(file: File) {
  const form = new FormData();
  form.append('picture', file, file.name);
  return apiRequest('/api/me/picture', uploadedPictureSchema, { method: 'PUT', form });
}

export function useUploadPicture() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadPicture,
    onSuccess: ({ pictureUrl }) => {
      queryClient.setQueryData<User>(ME_QUERY_KEY, (me) => me && { ...me, pictureUrl });
    },
  });
}
