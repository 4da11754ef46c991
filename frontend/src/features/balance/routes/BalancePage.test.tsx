import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aPage, anErrorBody } from '@/testing/fixtures';
import { answer, failNetwork } from '@/testing/http';
import { renderApp } from '@/testing/render';

function aTransaction(overrides: Record<string, unknown> = {}) {
  return {
    id: 1,
    type: 'TOP_UP',
    amount: 50,
    balanceAfter: 50,
    createdAt: '2026-11-20T10:00:00Z',
    orderId: null,
    note: null,
    ...overrides,
  };
}

function openBalance(balance = 25) {
  answer('get', '/api/me/balance', { balance, currency: 'EUR' });
  answer('get', '/api/me/balance/transactions', aPage([]));
  return renderApp('/account/balance', { as: 'customer' });
}

describe('the balance page', () => {
  it('shows the balance', async () => {
    openBalance(1234.5);

    expect(await screen.findByText('€1,234.50')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No movements yet.' })).toBeInTheDocument();
  });

  it.each([
    ['0', 'Enter an amount above 0 and up to 10,000.00.'],
    ['10000.01', 'Enter an amount above 0 and up to 10,000.00.'],
    ['5.123', 'Use at most 2 decimals.'],
    ['-5', 'Enter an amount above 0 and up to 10,000.00.'],
    ['ten', 'Enter an amount such as 12.50.'],
  ])('refuses to top up by %s before asking the shop', async (amount, message) => {
    const topUps = answer('post', '/api/me/balance/top-ups', {}, 201);
    const view = openBalance();

    await view.user.type(await screen.findByRole('textbox', { name: /Amount/ }), amount);
    await view.user.click(screen.getByRole('button', { name: 'Top up' }));

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(topUps.requests).toHaveLength(0);
  });

  it('tops up with an idempotency key, and shows the new balance', async () => {
    const view = openBalance(10);
    const topUps = answer(
      'post',
      '/api/me/balance/top-ups',
      { balance: 20.5, transaction: aTransaction({ amount: 10.5, balanceAfter: 20.5 }) },
      201,
    );
    answer('get', '/api/me/balance', { balance: 20.5, currency: 'EUR' });

    await view.user.type(await screen.findByRole('textbox', { name: /Amount/ }), '10,50');
    await view.user.click(screen.getByRole('button', { name: 'Top up' }));

    expect(await screen.findByText('Your balance is now €20.50.')).toBeInTheDocument();
    expect(topUps.last().body).toEqual({ amount: 10.5 });
    expect(topUps.last().headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByRole('textbox', { name: /Amount/ })).toHaveValue('');
  });

  it('sends the same key again when retrying a top-up that got no answer', async () => {
    const view = openBalance();
    const amount = await screen.findByRole('textbox', { name: /Amount/ });
    const keys: (string | null)[] = [];
    const failing = answer(
      'post',
      '/api/me/balance/top-ups',
      ({ headers }) => {
        keys.push(headers.get('Idempotency-Key'));
        return anErrorBody(503, 'Try again later');
      },
      503,
    );

    await view.user.type(amount, '40');
    await view.user.click(screen.getByRole('button', { name: 'Top up' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again later');

    failNetwork('post', '/api/me/balance/top-ups');
    await view.user.click(screen.getByRole('button', { name: 'Top up' }));
    expect(
      await screen.findByText('Cannot reach the shop. Check your connection.'),
    ).toBeInTheDocument();

    const retried = answer(
      'post',
      '/api/me/balance/top-ups',
      { balance: 65, transaction: aTransaction({ amount: 40, balanceAfter: 65 }) },
      201,
    );
    await view.user.click(screen.getByRole('button', { name: 'Top up' }));
    await screen.findByText('Your balance is now €65.00.');

    expect(failing.requests).toHaveLength(1);
    expect(retried.last().headers.get('Idempotency-Key')).toBe(keys[0]);

    // A new top-up is a new submission: a new key.
    await view.user.type(amount, '5');
    await view.user.click(screen.getByRole('button', { name: 'Top up' }));
    await waitFor(() => {
      expect(retried.requests).toHaveLength(2);
    });
    expect(retried.last().headers.get('Idempotency-Key')).not.toBe(keys[0]);
  });

  it('shows the shop’s refusal beside the amount', async () => {
    const view = openBalance();
    answer('post', '/api/me/balance/top-ups', anErrorBody(400, 'Amount is too large'), 400);

    await view.user.type(await screen.findByRole('textbox', { name: /Amount/ }), '99');
    await view.user.click(screen.getByRole('button', { name: 'Top up' }));

    expect(await screen.findByText('Amount is too large')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Amount/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('lists every movement with its type, signed amount and order', async () => {
    answer('get', '/api/me/balance', { balance: 62.5, currency: 'EUR' });
    answer(
      'get',
      '/api/me/balance/transactions',
      aPage([
        aTransaction({ id: 4, type: 'ADJUSTMENT', amount: -5, balanceAfter: 62.5, note: 'Fee' }),
        aTransaction({ id: 3, type: 'REFUND', amount: 20, balanceAfter: 67.5, orderId: 41 }),
        aTransaction({ id: 2, type: 'PURCHASE', amount: -32.5, balanceAfter: 47.5, orderId: 41 }),
        aTransaction({ id: 1, type: 'TOP_UP', amount: 80, balanceAfter: 80 }),
      ]),
    );
    renderApp('/account/balance', { as: 'customer' });

    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      'Adjustment',
      'Refund',
      'Purchase',
      'Top-up',
    ]);
    const [adjustment, refund, purchase, topUp] = rows as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(within(adjustment).getByText('−€5.00')).toBeInTheDocument();
    expect(within(adjustment).getByText('Fee')).toBeInTheDocument();
    expect(within(refund).getByText('+€20.00')).toBeInTheDocument();
    expect(within(purchase).getByText('−€32.50')).toBeInTheDocument();
    expect(within(purchase).getByRole('link', { name: 'Order 41' })).toHaveAttribute(
      'href',
      '/account/orders/41',
    );
    expect(within(topUp).getByText('+€80.00')).toBeInTheDocument();
    expect(within(topUp).queryByRole('link')).not.toBeInTheDocument();
  });

  it('pages through the movements', async () => {
    answer('get', '/api/me/balance', { balance: 0, currency: 'EUR' });
    const ledger = answer('get', '/api/me/balance/transactions', ({ url }) => {
      const page = Number(url.searchParams.get('page'));
      return aPage(
        [aTransaction({ id: page + 1, note: `Page ${String(page + 1)}` })],
        page,
        20,
        30,
      );
    });
    const view = renderApp('/account/balance', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: 'Page 2' }));

    expect(await screen.findByText('Page 2')).toBeInTheDocument();
    expect(view.location()).toBe('/account/balance?page=2');
    expect(ledger.last().url.searchParams.get('page')).toBe('1');
  });
});
