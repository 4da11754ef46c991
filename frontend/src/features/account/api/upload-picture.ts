import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { uploadedPictureSchema, type User } from '@/lib/api/schemas';

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
      queryClient.setQueryData<User>(queryKeys.me.all(), (me) => me && { ...me, pictureUrl });
    },
  });
}
