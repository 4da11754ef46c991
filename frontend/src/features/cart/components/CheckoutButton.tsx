import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { describeError } from '@/lib/api/describe-error';
import { hasStatus } from '@/lib/api/errors';
import { queryKeys } from '@/lib/api/query-keys';
import { fieldName } from '@/lib/forms';
import { useIdempotentAttempts } from '@/lib/idempotency';
import { useCheckout } from '../api/checkout';

/**
 * 400 about the cart: there was nothing to pay, e.g. because another device of the same buyer
 * just checked the same cart out.
 */
export function isEmptyCartRefusal(error: unknown): boolean {
  return (
    hasStatus(error, 400) &&
    (error.fieldErrors.length === 0 || error.fieldErrors.some((e) => fieldName(e.field) === 'cart'))
  );
}

function CheckoutError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (hasStatus(error, 402)) {
    // The shop says how much is needed and how much there is.
    return (
      <Alert color="orange" variant="light" role="alert">
        <Stack gap={6} align="flex-start">
          <Text size="sm">{describeError(error, t).message}</Text>
          <Anchor component={Link} to="/account/balance" size="sm" fw={600}>
            {t('cart.topUp')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  if (isEmptyCartRefusal(error)) return <ErrorAlert error={error} message={t('cart.emptyCart')} />;
  // 409 names the product that ran out; anything else in plain words.
  return <ErrorAlert error={error} />;
}

interface CheckoutButtonProps {
  disabled: boolean;
  /** The shop found the cart empty: the cart shown was out of date. */
  onCartEmpty?: () => void;
}

/** Pays the cart; a retry after a lost answer carries the same key, so it buys once. */
export function CheckoutButton({ disabled, onCartEmpty }: CheckoutButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const checkout = useCheckout();
  const attempts = useIdempotentAttempts();

  const pay = () => {
    checkout.mutate(attempts.keyFor('checkout'), {
      onSuccess: (order) => {
        attempts.settle();
        notifications.show({
          color: 'teal',
          message: t('cart.ordered', { id: order.id }),
          autoClose: 6000,
        });
        void navigate(`/account/orders/${String(order.id)}`);
      },
      onError: (error) => {
        attempts.settle(error);
        // Out of stock: show what the cart now holds.
        if (hasStatus(error, 409))
          void queryClient.invalidateQueries({ queryKey: queryKeys.cart() });
        if (isEmptyCartRefusal(error)) {
          // Emptied meanwhile, most likely paid on another device: show the cart, balance and
          // orders as they now are.
          for (const queryKey of [
            queryKeys.cart(),
            queryKeys.balance.all(),
            queryKeys.orders.all(),
          ]) {
            void queryClient.invalidateQueries({ queryKey });
          }
          onCartEmpty?.();
        }
      },
    });
  };

  return (
    <Stack gap="sm">
      {checkout.isError && <CheckoutError error={checkout.error} />}
      <Button size="md" fullWidth onClick={pay} loading={checkout.isPending} disabled={disabled}>
        {t('cart.checkout')}
      </Button>
    </Stack>
  );
}
