import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { describeError, explainRefusal } from '@/lib/api/describe-error';
import type { Cart } from '@/lib/api/schemas';
import { useClearCart } from '../api/clear-cart';
import { useCart } from '../api/get-cart';
import { useRemoveCartItem } from '../api/remove-cart-item';
import { useUpdateCartItem } from '../api/update-cart-item';
import { CartLines } from '../components/CartLines';
import { CartSummary } from '../components/CartSummary';
import { CheckoutButton } from '../components/CheckoutButton';
import { PromoCodeForm } from '../components/PromoCodeForm';

function ClearCartButton() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const clear = useClearCart();
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        onClick={() => {
          setAsking(true);
        }}
      >
        {t('cart.clear')}
      </Button>
      <Modal
        opened={asking}
        onClose={() => {
          setAsking(false);
        }}
        title={t('cart.clear')}
      >
        <Stack>
          <Text>{t('cart.clearQuestion')}</Text>
          {clear.isError && <ErrorAlert error={clear.error} />}
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setAsking(false);
              }}
            >
              {t('cart.cancel')}
            </Button>
            <Button
              color="red"
              loading={clear.isPending}
              onClick={() => {
                clear.mutate(undefined, {
                  onSuccess: () => {
                    setAsking(false);
                  },
                });
              }}
            >
              {t('cart.clearConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** Checkout found nothing to pay: what happened, and where an order paid elsewhere is. */
function EmptiedAtCheckout() {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" role="alert" title={t('cart.emptyCart')}>
      <Stack gap={6} align="flex-start">
        <Text size="sm">{t('cart.emptiedText')}</Text>
        <Anchor component={Link} to="/account/orders" size="sm" fw={600}>
          {t('cart.toOrders')}
        </Anchor>
      </Stack>
    </Alert>
  );
}

function FilledCart({ cart, onCartEmpty }: { cart: Cart; onCartEmpty: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCartItem();
  const remove = useRemoveCartItem();
  const failed = (error: unknown) => {
    notifications.show({
      color: 'red',
      title: t('cart.changeFailed'),
      message: describeError(error, t).message,
      autoClose: 8000,
    });
  };
  const nothingToPay = cart.lines.every((line) => !line.available);

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="sm">
          <CartLines
            lines={cart.lines}
            busy={update.isPending || remove.isPending}
            onQuantity={(line, quantity) => {
              update.mutate({ productId: line.productId, quantity }, { onError: failed });
            }}
            onRemove={(line) => {
              remove.mutate(line.productId, { onError: failed });
            }}
          />
          <Group justify="flex-end">
            <ClearCartButton />
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <PromoCodeForm
              promoCode={cart.promoCode}
              promoCodeProblem={
                cart.promoCodeProblem
                  ? explainRefusal(
                      cart.promoCodeProblem.reason,
                      cart.promoCodeProblem.message ?? '',
                      t,
                      cart.promoCodeProblem.details,
                    )
                  : null
              }
            />
            <CartSummary cart={cart} />
            <CheckoutButton disabled={nothingToPay} onCartEmpty={onCartEmpty} />
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

export function CartPage() {
  const { t } = useTranslation();
  const cart = useCart();
  const [emptiedAtCheckout, setEmptiedAtCheckout] = useState(false);
  return (
    <Stack gap="lg">
      <Title order={1}>{t('cart.title')}</Title>
      {cart.isPending ? (
        <Skeleton height={200} aria-label={t('cart.loading')} />
      ) : cart.isError ? (
        <ErrorAlert error={cart.error} onRetry={() => void cart.refetch()} />
      ) : cart.data.lines.length === 0 ? (
        <>
          {emptiedAtCheckout && <EmptiedAtCheckout />}
          <EmptyState title={t('cart.empty')} text={t('cart.emptyText')}>
            <Button component={Link} to="/" variant="light">
              {t('cart.toCatalog')}
            </Button>
          </EmptyState>
        </>
      ) : (
        <FilledCart
          cart={cart.data}
          onCartEmpty={() => {
            setEmptiedAtCheckout(true);
          }}
        />
      )}
    </Stack>
  );
}
