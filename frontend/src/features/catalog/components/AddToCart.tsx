import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/lib/api/describe-error';
import type { Product } from '@/lib/api/schemas';
import { useAddToCart } from '../api/add-to-cart';

/** Adds the product to the cart and says so. */
export function useAdd(product: Product) {
  const { t } = useTranslation();
  const add = useAddToCart();
  const send = (quantity: number) => {
    add.mutate(
      { productId: product.id, quantity },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('catalog.added', { name: product.name }),
            autoClose: 3000,
          });
        },
      },
    );
  };
  return { add, send };
}

/** The refusal (409: more than in stock) right under the button that caused it. */
export function Refusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="red.7" role="alert">
      {describeError(error, t).message}
    </Text>
  );
}

/** One more of the product, from a product card. */
export function AddToCartButton({ product }: { product: Product }) {
  const { t } = useTranslation();
  const { add, send } = useAdd(product);
  return (
    <Stack gap={4}>
      <Button
        size="xs"
        variant="light"
        fullWidth
        disabled={product.stock === 0}
        loading={add.isPending}
        aria-label={`${t('catalog.addToCart')}: ${product.name}`}
        onClick={() => {
          send(1);
        }}
      >
        {t('catalog.addToCart')}
      </Button>
      {add.isError && <Refusal error={add.error} />}
    </Stack>
  );
}
