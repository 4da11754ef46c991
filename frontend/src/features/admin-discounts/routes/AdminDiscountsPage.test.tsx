import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aPage, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

const settings = {
  loyalty: { minCompletedOrders: 3, minTotalSpent: 500, percent: 5 },
  tiers: [{ name: 'GOLD', minCompletedOrders: 10, minTotalSpent: 2000, percent: 10 }],
};

const spring = {
  code: 'SPRING',
  percent: 10,
  amount: null,
  minOrderTotal: 20,
  validFrom: '2026-11-01T00:00:00Z',
  validUntil: '2026-12-01T00:00:00Z',
  maxUses: 100,
  timesUsed: 4,
};

function openDiscounts(promoCodes: unknown[] = [spring]) {
  answer('get', '/api/admin/discounts', settings);
  answer('get', '/api/admin/promo-codes', promoCodes);
  answer('get', '/api/admin/products', aPage([]));
  return renderApp('/admin/discounts', { as: 'admin' });
}

describe('the loyalty discount form', () => {
  it('shows the rule in force', async () => {
    openDiscounts();

    const form = await screen.findByRole('form', { name: 'Loyalty discount' });
    expect(within(form).getByRole('textbox', { name: 'Completed orders' })).toHaveValue('3');
    expect(within(form).getByRole('textbox', { name: 'Spent in total (EUR)' })).toHaveValue('500');
    expect(within(form).getByRole('textbox', { name: 'Percent' })).toHaveValue('5');
  });

  it('checks the values before saving them', async () => {
    const save = answer('put', '/api/admin/discounts/loyalty', settings.loyalty);
    const view = openDiscounts();
    const form = await screen.findByRole('form', { name: 'Loyalty discount' });
    const orders = within(form).getByRole('textbox', { name: 'Completed orders' });
    const spent = within(form).getByRole('textbox', { name: 'Spent in total (EUR)' });
    const percent = within(form).getByRole('textbox', { name: 'Percent' });

    await view.user.clear(orders);
    await view.user.type(orders, '2.5');
    await view.user.clear(spent);
    await view.user.type(spent, '100.005');
    await view.user.clear(percent);
    await view.user.type(percent, '91');
    await view.user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Enter a whole number, 0 or more.')).toBeInTheDocument();
    expect(screen.getByText('Use at most 2 decimals.')).toBeInTheDocument();
    expect(screen.getByText('Enter a whole number from 1 to 90.')).toBeInTheDocument();
    expect(save.requests).toHaveLength(0);

    await view.user.clear(percent);
    await view.user.type(percent, '0');
    await view.user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter a whole number from 1 to 90.')).toBeInTheDocument();

    await view.user.clear(orders);
    await view.user.type(orders, '4');
    await view.user.clear(spent);
    await view.user.type(spent, '450.50');
    await view.user.clear(percent);
    await view.user.type(percent, '7');
    await view.user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Loyalty discount saved.')).toBeInTheDocument();
    expect(save.last().body).toEqual({ minCompletedOrders: 4, minTotalSpent: 450.5, percent: 7 });
  });
});

describe('promo codes', () => {
  it('are listed with their discount and use', async () => {
    openDiscounts();

    const row = (await screen.findByText('SPRING')).closest('tr') as HTMLElement;
    expect(within(row).getByText('10%')).toBeInTheDocument();
    expect(within(row).getByText('€20.00')).toBeInTheDocument();
    expect(within(row).getByText('4 / 100')).toBeInTheDocument();
  });

  it('take a percent or an amount, not both and not neither', async () => {
    const create = answer('post', '/api/admin/promo-codes', null, 201);
    const view = openDiscounts([]);

    await view.user.click(await screen.findByRole('button', { name: 'New promo code' }));
    const dialog = await screen.findByRole('dialog', { name: 'New promo code' });
    await view.user.type(within(dialog).getByRole('textbox', { name: /Code/ }), 'winter-5');
    await view.user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(
      await within(dialog).findAllByText('Give either a percent or an amount, not both.'),
    ).toHaveLength(2);

    await view.user.type(within(dialog).getByRole('textbox', { name: 'Percent off' }), '10');
    await view.user.type(within(dialog).getByRole('textbox', { name: 'Amount off (EUR)' }), '5');
    await view.user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(
      await within(dialog).findAllByText('Give either a percent or an amount, not both.'),
    ).toHaveLength(2);
    expect(create.requests).toHaveLength(0);

    await view.user.clear(within(dialog).getByRole('textbox', { name: 'Percent off' }));
    await view.user.type(
      within(dialog).getByRole('textbox', { name: 'Minimum order (EUR)' }),
      '30',
    );
    await view.user.type(within(dialog).getByRole('textbox', { name: /Uses allowed/ }), '50');
    answer('get', '/api/admin/promo-codes', [
      { ...spring, code: 'WINTER-5', percent: null, amount: 5 },
    ]);
    await view.user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('Promo code WINTER-5 created.')).toBeInTheDocument();
    expect(create.last().body).toEqual({
      code: 'WINTER-5',
      amount: 5,
      minOrderTotal: 30,
      maxUses: 50,
    });
    expect(await screen.findByText('WINTER-5')).toBeInTheDocument();
  });

  it('are edited without changing the code', async () => {
    const patch = answer('patch', '/api/admin/promo-codes/SPRING', spring);
    const view = openDiscounts();

    await view.user.click(await screen.findByRole('button', { name: 'Edit promo code SPRING' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit promo code SPRING' });
    expect(within(dialog).getByRole('textbox', { name: /Code/ })).toBeDisabled();
    const percent = within(dialog).getByRole('textbox', { name: 'Percent off' });
    await view.user.clear(percent);
    await view.user.type(percent, '15');
    await view.user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Promo code SPRING saved.')).toBeInTheDocument();
    expect(patch.last().body).toMatchObject({ percent: 15, amount: null, maxUses: 100 });
  });

  it('are deleted once confirmed, with the shop’s refusal shown', async () => {
    const removal = answer(
      'delete',
      '/api/admin/promo-codes/SPRING',
      anErrorBody(409, 'In use'),
      409,
    );
    const view = openDiscounts();

    await view.user.click(await screen.findByRole('button', { name: 'Delete promo code SPRING' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete promo code SPRING' });
    await view.user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('In use');

    answer('delete', '/api/admin/promo-codes/SPRING', null, 204);
    answer('get', '/api/admin/promo-codes', []);
    await view.user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Promo code SPRING deleted.')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('heading', { name: 'No promo codes yet.' })).toBeInTheDocument();
    });
    expect(removal.requests).toHaveLength(1);
  });
});
