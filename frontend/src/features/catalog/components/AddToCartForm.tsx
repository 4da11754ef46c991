import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '@/lib/api/schemas';
import { Refusal, useAdd } from './AddToCart';

// Apart from AddToCart.tsx: the quantity field is only on the product page, so the catalog's
// first load does without the number input's code.
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
