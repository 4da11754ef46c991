import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aPage, anErrorBody, anOrder } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

const customer = { id: 7, fullName: 'Ann Example', email: 'ann@example.com' };

function anAdminOrder(overrides: Record<string, unknown> = {}) {
  return { ...anOrder({ id: 41, total: 20 }), customer, ...overrides };
}

describe('the admin orders page', () => {
  it('is for admins only', async () => {
    renderApp('/admin/orders', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'Admins only' })).toBeInTheDocument();
  });

  it('lists orders with their customers and searches them', async () => {
    const ordersApi = answer('get', '/api/admin/orders', ({ url }) =>
      aPage(url.searchParams.get('q') === 'ann' ? [anAdminOrder()] : []),
    );
    const view = renderApp('/admin/orders?q=ann', { as: 'admin' });

    expect(await screen.findByText('Ann Example')).toBeInTheDocument();
    expect(screen.getByText('ann@example.com')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Orders', selected: true })).toBeInTheDocument();
    expect(ordersApi.last().url.searchParams.get('q')).toBe('ann');

    await view.user.clear(screen.getByRole('searchbox', { name: 'Search orders' }));
    await view.user.type(screen.getByRole('searchbox', { name: 'Search orders' }), 'zed');
    expect(await screen.findByRole('heading', { name: 'No orders match.' })).toBeInTheDocument();
    // The heading can already show for what was typed so far: on a loaded machine the whole
    // word can still be on its way to the address when it appears.
    await waitFor(() => {
      expect(view.location()).toBe('/admin/orders?q=zed');
    });
  });

  it('refunds an order once confirmed', async () => {
    let refunded = false;
    answer('get', '/api/admin/orders', () =>
      aPage([anAdminOrder({ status: refunded ? 'REFUNDED' : 'PAID' })]),
    );
    const refund = answer(
      'post',
      '/api/admin/orders/41/refund',
      () => ((refunded = true), anOrder({ id: 41, status: 'REFUNDED' })),
    );
    const view = renderApp('/admin/orders', { as: 'admin' });

    await view.user.click(await screen.findByRole('button', { name: 'Refund order 41' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refund order 41' });
    expect(dialog).toHaveTextContent(
      'Refund €20.00 to Ann Example and put the products back in stock?',
    );
    await view.user.click(within(dialog).getByRole('button', { name: 'Refund' }));

    expect(await screen.findByText('Order 41 refunded.')).toBeInTheDocument();
    expect(await screen.findByText('Refunded')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refund order 41' })).not.toBeInTheDocument();
    expect(refund.requests).toHaveLength(1);
  });

  it('shows that an order was already refunded', async () => {
    answer('get', '/api/admin/orders', aPage([anAdminOrder()]));
    answer('post', '/api/admin/orders/41/refund', anErrorBody(409, 'Order already refunded'), 409);
    const view = renderApp('/admin/orders', { as: 'admin' });

    await view.user.click(await screen.findByRole('button', { name: 'Refund order 41' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refund order 41' });
    await view.user.click(within(dialog).getByRole('button', { name: 'Refund' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Order already refunded');
  });

  it('opens the balance adjustment with the customer picked', async () => {
    answer('get', '/api/admin/orders', aPage([anAdminOrder()]));
    const adjust = answer('post', '/api/admin/users/7/balance-adjustments', {}, 201);
    const view = renderApp('/admin/orders', { as: 'admin' });

    const link = await screen.findByRole('link', { name: 'Adjust balance of Ann Example' });
    expect(link).toHaveTextContent('Adjust balance');
    await view.user.click(link);

    const form = await screen.findByRole('form', { name: 'Adjust a balance' });
    expect(view.location()).toBe('/admin/balance-adjustments?user=7');
    expect(screen.getByRole('tab', { name: 'Users balance', selected: true })).toBeInTheDocument();
    const picked = within(form).getByRole('group', { name: 'Balance of' });
    expect(picked).toHaveTextContent('Ann Example');
    expect(picked).toHaveTextContent('ann@example.com');

    await view.user.type(within(form).getByRole('textbox', { name: /Amount/ }), '3');
    await view.user.type(within(form).getByRole('textbox', { name: /Reason/ }), 'Sorry');
    await view.user.click(within(form).getByRole('button', { name: 'Adjust balance' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adjust the balance' });
    expect(dialog).toHaveTextContent('Add €3.00 to the balance of Ann Example (ann@example.com)?');
    await view.user.click(within(dialog).getByRole('button', { name: 'Adjust' }));
    expect(
      await screen.findByText('Balance of Ann Example adjusted by €3.00.'),
    ).toBeInTheDocument();
    expect(adjust.last().body).toEqual({ amount: 3, reason: 'Sorry' });
  });
});
