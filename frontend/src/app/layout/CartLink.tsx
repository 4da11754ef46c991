import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CartIcon } from '@/components/ui/icons';
import { itemCount, useCart } from '@/features/cart/api/get-cart';

/** The cart, with how many items it holds. */
export function CartLink() {
  const { t } = useTranslation();
  const cart = useCart();
  const count = cart.data ? itemCount(cart.data.lines) : 0;
  return (
    <Indicator label={count > 99 ? '99+' : count} disabled={count === 0} size={16} offset={4}>
      <ActionIcon
        component={Link}
        to="/cart"
        variant="default"
        size="lg"
        aria-label={count > 0 ? t('header.cart', { count }) : t('header.cartEmpty')}
      >
        <CartIcon size={18} />
      </ActionIcon>
    </Indicator>
  );
}
