import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PROMO_CODES_QUERY_KEY } from './get-promo-codes';

/** A change to promo codes: the list is fetched afresh afterwards. */
export function usePromoCodeMutation<TVariables, TData>(
  mutationFn: (variables: TVariables) => Promise<TData>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROMO_CODES_QUERY_KEY }),
  });
}
