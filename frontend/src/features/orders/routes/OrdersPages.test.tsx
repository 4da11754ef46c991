import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aPage, anErrorBody, anOrder } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

describe('the orders page', () => {
  it('lists the customer’s orders, newest first as the shop sends them', async () => {
    const ordersApi = answer(
      'get',
      '/api/orders',
      aPage([anOrder({ id: 42, total: 18.5, status: 'REFUNDED' }), anOrder({ id: 41, total: 20 })]),
    );
    renderApp('/account/orders', { as: 'customer' });

    const latest = await screen.findByRole('row', { name: /Order 42/ });
    const earlier = screen.getByRole('row', { name: /Order 41/ });
    expect(within(latest).getByRole('link', { name: 'Order 42' })).toHaveAttribute(
      'href',
      '/account/orders/42',
    );
    expect(within(latest).getByText('Refunded')).toBeInTheDocument();
    expect(within(latest).getByText('€18.50')).toBeInTheDocument();
    expect(within(earlier).getByText('Paid')).toBeInTheDocument();
    expect(ordersApi.last().url.searchParams.get('page')).toBe('0');
  });

  it('says so when there are none', async () => {
    answer('get', '/api/orders', aPage([]));
    renderApp('/account/orders', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'No orders yet.' })).toBeInTheDocument();
  });
});

describe('the order page', () => {
  it('shows every line, the subtotal, each discount and the total', async () => {
    answer(
      'get',
      '/api/orders/41',
      anOrder({
        id: 41,
        lines: [
          { productId: 1, name: 'Linen towel', unitPrice: 12.5, quantity: 2, lineTotal: 25 },
          { productId: 2, name: 'Honey jar', unitPrice: 8, quantity: 1, lineTotal: 8 },
        ],
        subtotal: 33,
        discounts: [
          { label: 'Loyalty 5%', amount: 1.65 },
          { label: 'Promo SPRING', amount: 3 },
        ],
        total: 28.35,
      }),
    );
    renderApp('/account/orders/41', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'Order 41' })).toBeInTheDocument();
    expect(screen.getByText('Paid')).toBeInTheDocument();
    const towel = screen.getByText('Linen towel').closest('tr') as HTMLElement;
    expect(within(towel).getByText('€12.50')).toBeInTheDocument();
    expect(within(towel).getByText('€25.00')).toBeInTheDocument();
    expect(screen.getByText('€33.00')).toBeInTheDocument();
    expect(screen.getByText('Loyalty 5%')).toBeInTheDocument();
    expect(screen.getByText('−€1.65')).toBeInTheDocument();
    expect(screen.getByText('Promo SPRING')).toBeInTheDocument();
    expect(screen.getByText('−€3.00')).toBeInTheDocument();
    expect(screen.getByText('€28.35')).toBeInTheDocument();
    expect(screen.getByText(/^Placed /)).toBeInTheDocument();
    expect(screen.queryByText(/^Refunded /)).not.toBeInTheDocument();
  });

  it('says when a refunded order was refunded', async () => {
    answer(
      'get',
      '/api/orders/42',
      anOrder({ id: 42, status: 'REFUNDED', refundedAt: '2026-11-22T14:05:00Z' }),
    );
    renderApp('/account/orders/42', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'Order 42' })).toBeInTheDocument();
    expect(screen.getByText(/^Refunded \S/)).toHaveTextContent('2026');
  });

  it('says "Order not found" for someone else’s or an unknown order', async () => {
    answer('get', '/api/orders/99', anErrorBody(404, 'Not found'), 404);
    renderApp('/account/orders/99', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'Order not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to orders/ })).toHaveAttribute(
      'href',
      '/account/orders',
    );
  });
});
