import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/lib/api/describe-error';
import type { Product } from '@/lib/api/schemas';
import { useAddToCart } from '../api/add-to-cart';

function useAdd(product: Product) {
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
function Refusal({ error }: { error: unknown }) {
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

/** A quantity and the button, on the product page. */
export function AddToCartForm({ product }: { product: Product }) {
  const { t } = useTranslation();
  const { add, send } = useAdd(product);
  const [quantity, setQuantity] = useState<number | string>(1);
  const soldOut = product.stock === 0;
  const valid = typeof quantity === 'number' && Number.isInteger(quantity) && quantity >= 1;
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('catalog.quantity')}
          min={1}
          allowDecimal={false}
          allowNegative={false}
          value={quantity}
          onChange={setQuantity}
          disabled={soldOut}
          w={110}
        />
        <Button
          disabled={soldOut || !valid}
          loading={add.isPending}
          onClick={() => {
            if (typeof quantity === 'number') send(quantity);
          }}
        >
          {t('catalog.addToCart')}
        </Button>
      </Group>
      {add.isError && <Refusal error={add.error} />}
    </Stack>
  );
}
