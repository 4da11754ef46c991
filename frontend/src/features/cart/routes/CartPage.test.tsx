import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aCart, aCartLine, anEmptyCart, anErrorBody, anOrder } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

const towel = aCartLine({ productId: 1, name: 'Linen towel', unitPrice: 12.5, quantity: 2 });
const honey = aCartLine({ productId: 2, name: 'Honey jar', unitPrice: 8, quantity: 1 });

function row(name: string): HTMLElement {
  const cell = screen.getByText(name).closest('tr');
  if (!cell) throw new Error(`No line for ${name}`);
  return cell;
}

function summary(): HTMLElement {
  return screen.getByRole('group', { name: 'Total' });
}

describe('the cart', () => {
  it('says so when empty, with a way to the catalog', async () => {
    renderApp('/cart', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'Your cart is empty' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the catalog' })).toHaveAttribute('href', '/');
  });

  it('shows each line as a card on a phone: price, quantity buttons, total and remove in sight', async () => {
    // Below 768 px, as on a 375 px phone.
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        Object.assign(new EventTarget(), {
          matches: query.includes('max-width'),
          media: query,
          onchange: null,
        }) as unknown as MediaQueryList,
    );
    answer('get', '/api/cart', aCart([towel, honey]));
    renderApp('/cart', { as: 'customer' });

    expect(await screen.findByText('Linen towel')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const card = screen.getByText('Linen towel').closest('li');
    if (!card) throw new Error('No card for Linen towel');
    expect(card).toHaveTextContent('Price: €12.50');
    expect(within(card).getByText('€25.00')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'One more Linen towel' })).toBeEnabled();
    expect(within(card).getByRole('button', { name: 'Remove Linen towel' })).toBeEnabled();
  });

  it('shows each line, the subtotal, every discount and the total', async () => {
    answer(
      'get',
      '/api/cart',
      aCart([towel, honey], {
        discounts: [
          { label: 'Loyalty 5%', amount: 1.65, kind: 'LOYALTY', name: 'Loyal', percent: 5 },
          { label: 'Promo SPRING', amount: 3, kind: 'PROMO_CODE', name: 'SPRING', percent: 10 },
        ],
        promoCode: 'SPRING',
      }),
    );
    renderApp('/cart', { as: 'customer' });

    expect(await screen.findByText('Linen towel')).toBeInTheDocument();
    expect(within(row('Linen towel')).getByText('€25.00')).toBeInTheDocument();
    expect(
      within(row('Linen towel')).getByRole('status', { name: 'Quantity of Linen towel' }),
    ).toHaveTextContent('2');
    const totals = summary();
    expect(within(totals).getByText('€33.00')).toBeInTheDocument();
    expect(within(totals).getByText('Loyalty discount (Loyal) 5%')).toBeInTheDocument();
    expect(within(totals).getByText('Promo code SPRING (10%)')).toBeInTheDocument();
    expect(within(totals).queryByText('Loyalty 5%')).not.toBeInTheDocument();
    expect(within(totals).getByText('−€1.65')).toBeInTheDocument();
    expect(within(totals).getByText('−€3.00')).toBeInTheDocument();
    expect(within(totals).getByText('€28.35')).toBeInTheDocument();
    expect(screen.getByText('Promo code: SPRING')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cart, 3 items' })).toHaveAttribute('href', '/cart');
  });

  it('flags a line that is no longer available and leaves it out of the total', async () => {
    const gone = aCartLine({ productId: 3, name: 'Amber ring', unitPrice: 120, available: false });
    answer('get', '/api/cart', aCart([towel, gone]));
    renderApp('/cart', { as: 'customer' });

    await screen.findByText('Amber ring');
    const ring = row('Amber ring');
    expect(within(ring).getByText('No longer available')).toBeInTheDocument();
    expect(within(ring).getByText('€120.00', { selector: 'del' })).toBeInTheDocument();
    expect(within(ring).getByRole('button', { name: 'One more Amber ring' })).toBeDisabled();
    expect(within(summary()).getAllByText('€25.00')).toHaveLength(2);
  });

  it('changes a quantity with the steppers', async () => {
    answer('get', '/api/cart', aCart([towel]));
    const put = answer(
      'put',
      '/api/cart/items/1',
      aCart([{ ...towel, quantity: 3, lineTotal: 37.5 }]),
    );
    const view = renderApp('/cart', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: 'One more Linen towel' }));

    expect(await within(summary()).findAllByText('€37.50')).toHaveLength(2);
    expect(put.last().body).toEqual({ quantity: 3 });

    answer('put', '/api/cart/items/1', anErrorBody(409, 'Only 3 of Linen towel in stock'), 409);
    await view.user.click(screen.getByRole('button', { name: 'One more Linen towel' }));
    expect(await screen.findByText('Only 3 of Linen towel in stock')).toBeInTheDocument();
  });

  it('takes a line away with the stepper going to zero or with remove', async () => {
    answer('get', '/api/cart', aCart([{ ...towel, quantity: 1, lineTotal: 12.5 }, honey]));
    const put = answer('put', '/api/cart/items/1', aCart([honey]));
    const view = renderApp('/cart', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: 'One less Linen towel' }));
    await waitFor(() => {
      expect(screen.queryByText('Linen towel')).not.toBeInTheDocument();
    });
    expect(put.last().body).toEqual({ quantity: 0 });

    const removal = answer('delete', '/api/cart/items/2', anEmptyCart());
    await view.user.click(screen.getByRole('button', { name: 'Remove Honey jar' }));
    expect(await screen.findByRole('heading', { name: 'Your cart is empty' })).toBeInTheDocument();
    expect(removal.requests).toHaveLength(1);
  });

  it('clears the cart only once confirmed', async () => {
    answer('get', '/api/cart', aCart([towel, honey]));
    const clear = answer('delete', '/api/cart', null, 204);
    const view = renderApp('/cart', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: 'Clear cart' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clear cart' });
    await view.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(clear.requests).toHaveLength(0);

    await view.user.click(screen.getByRole('button', { name: 'Clear cart' }));
    answer('get', '/api/cart', anEmptyCart());
    await view.user.click(
      within(await screen.findByRole('dialog', { name: 'Clear cart' })).getByRole('button', {
        name: 'Clear cart',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Your cart is empty' })).toBeInTheDocument();
    expect(clear.requests).toHaveLength(1);
  });

  it('applies a promo code, and shows why the shop refused one next to the field', async () => {
    answer('get', '/api/cart', aCart([towel]));
    const promo = answer(
      'put',
      '/api/cart/promo-code',
      anErrorBody(400, 'Promo code expired'),
      400,
    );
    const view = renderApp('/cart', { as: 'customer' });

    const field = await screen.findByRole('textbox', { name: 'Promo code' });
    await view.user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Enter a promo code.')).toBeInTheDocument();
    expect(promo.requests).toHaveLength(0);

    await view.user.type(field, 'OLD10');
    await view.user.click(screen.getByRole('button', { name: 'Apply' }));

    expect(await screen.findByText('Promo code expired')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Promo code expired');
    expect(promo.last().body).toEqual({ code: 'OLD10' });

    const applied = aCart([towel], {
      promoCode: 'SPRING',
      discounts: [{ label: 'Promo SPRING', amount: 2.5 }],
    });
    answer('put', '/api/cart/promo-code', applied);
    await view.user.clear(field);
    await view.user.type(field, 'SPRING');
    await view.user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Promo code: SPRING')).toBeInTheDocument();
    expect(within(summary()).getByText('−€2.50')).toBeInTheDocument();

    const removal = answer('delete', '/api/cart/promo-code', aCart([towel]));
    await view.user.click(screen.getByRole('button', { name: 'Remove promo code' }));
    expect(await screen.findByRole('textbox', { name: 'Promo code' })).toBeInTheDocument();
    expect(removal.requests).toHaveLength(1);
  });

  it('says why the cart’s promo code takes nothing off now', async () => {
    const problem = 'This promo code needs an order of at least 50.00 EUR';
    answer(
      'get',
      '/api/cart',
      aCart([towel], {
        promoCode: 'SPRING',
        promoCodeProblem: {
          reason: 'PROMO_CODE_MINIMUM_NOT_MET',
          details: { code: 'SPRING', minimum: 50 },
          message: problem,
        },
      }),
    );
    renderApp('/cart', { as: 'customer' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Promo code SPRING takes nothing off now');
    expect(alert).toHaveTextContent('The promo code SPRING needs an order of at least €50.00.');
    expect(alert).not.toHaveTextContent(problem);
    expect(screen.getByText('Promo code: SPRING')).toBeInTheDocument();
  });

  it('says nothing more while the promo code applies', async () => {
    answer(
      'get',
      '/api/cart',
      aCart([towel], { promoCode: 'SPRING', discounts: [{ label: 'Promo SPRING', amount: 2.5 }] }),
    );
    renderApp('/cart', { as: 'customer' });

    expect(await screen.findByText('Promo code: SPRING')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('checkout', () => {
  it('pays, then shows the order with a notification', async () => {
    let paid = false;
    answer('get', '/api/cart', () => (paid ? anEmptyCart() : aCart([towel])));
    const orders = answer(
      'post',
      '/api/orders',
      () => ((paid = true), anOrder({ id: 77, total: 25 })),
      201,
    );
    answer('get', '/api/orders/77', anOrder({ id: 77, total: 25 }));
    const view = renderApp('/cart', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: 'Checkout' }));

    expect(await screen.findByRole('heading', { name: 'Order 77' })).toBeInTheDocument();
    expect(view.location()).toBe('/account/orders/77');
    expect(await screen.findByText('Thank you! Order 77 is paid.')).toBeInTheDocument();
    expect(orders.last().body).toBeNull();
    expect(orders.last().headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('says how much is missing, with a link to top up', async () => {
    answer('get', '/api/cart', aCart([towel]));
    answer(
      'post',
      '/api/orders',
      anErrorBody(402, 'Insufficient balance: need 25.00 EUR, have 10.00 EUR'),
      402,
    );
    const view = renderApp('/cart', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: 'Checkout' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Insufficient balance: need 25.00 EUR, have 10.00 EUR');
    expect(within(alert).getByRole('link', { name: 'Top up your balance' })).toHaveAttribute(
      'href',
      '/account/balance',
    );
  });

  it('names the product that ran out, and shows the cart as it now is', async () => {
    let checked = false;
    const ranOut = { ...honey, available: false };
    answer('get', '/api/cart', () => (checked ? aCart([towel, ranOut]) : aCart([towel, honey])));
    answer(
      'post',
      '/api/orders',
      () => ((checked = true), anErrorBody(409, 'Out of stock: Honey jar')),
      409,
    );
    const view = renderApp('/cart', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: 'Checkout' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Out of stock: Honey jar');
    expect(await screen.findByText('No longer available')).toBeInTheDocument();
  });

  it('retries with the same key after a lost answer', async () => {
    answer('get', '/api/cart', aCart([towel]));
    const first = answer('post', '/api/orders', anErrorBody(502, 'Bad gateway'), 502);
    const view = renderApp('/cart', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: 'Checkout' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bad gateway');
    const second = answer('post', '/api/orders', anOrder({ id: 78 }), 201);
    answer('get', '/api/orders/78', anOrder({ id: 78 }));
    await view.user.click(screen.getByRole('button', { name: 'Checkout' }));

    expect(await screen.findByRole('heading', { name: 'Order 78' })).toBeInTheDocument();
    expect(second.last().headers.get('Idempotency-Key')).toBe(
      first.last().headers.get('Idempotency-Key'),
    );
  });

  it('says plainly that the cart is empty when it was checked out elsewhere, and shows it empty', async () => {
    let paidElsewhere = false;
    const cart = answer('get', '/api/cart', () => (paidElsewhere ? anEmptyCart() : aCart([towel])));
    const orders = answer(
      'post',
      '/api/orders',
      () => (
        (paidElsewhere = true),
        anErrorBody(400, 'Your cart is empty.', {
          reason: 'CART_EMPTY',
          errors: [{ field: 'cart', message: 'is empty', rule: 'CART_EMPTY' }],
        })
      ),
      400,
    );
    const view = renderApp('/cart', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: 'Checkout' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your cart is empty.');
    expect(alert).not.toHaveTextContent('is empty.cart');
    expect(within(alert).getByRole('link', { name: 'See your orders' })).toHaveAttribute(
      'href',
      '/account/orders',
    );
    expect(await screen.findByRole('heading', { name: 'Your cart is empty' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Checkout' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cart, empty' })).toBeInTheDocument();
    expect(cart.requests.length).toBeGreaterThanOrEqual(2);
    expect(orders.requests).toHaveLength(1);
  });

  it('shows another refusal of the cart in the shop’s words', async () => {
    answer('get', '/api/cart', aCart([towel]));
    answer(
      'post',
      '/api/orders',
      anErrorBody(400, 'Some fields are not valid. Please correct them.', {
        reason: 'INVALID_INPUT',
        errors: [
          {
            field: 'Idempotency-Key',
            message: 'must be at most 255 characters',
            rule: 'TOO_LONG',
            params: { max: 255 },
          },
        ],
      }),
      400,
    );
    const view = renderApp('/cart', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: 'Checkout' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Some fields are not valid. Please correct them.',
    );
    expect(screen.getByText('Linen towel')).toBeInTheDocument();
  });
});
