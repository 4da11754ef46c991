import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';

export function clearCart() {
  return apiSend('/api/cart', { method: 'DELETE' });
}

export function useClearCart() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: clearCart,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.cart() }),
  });
}
