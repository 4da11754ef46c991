import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aPage, anAdminProduct, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

const loyalty = { minCompletedOrders: 3, minTotalSpent: 500, percent: 5 };
const gold = { name: 'Gold', minCompletedOrders: 10, minTotalSpent: 2000, percent: 10 };
const platinum = { name: 'Platinum', minCompletedOrders: 25, minTotalSpent: 5000, percent: 15 };

function openDiscounts(tiers: unknown[] = [gold], products: unknown[] = []) {
  answer('get', '/api/admin/discounts', { loyalty, tiers });
  answer('get', '/api/admin/promo-codes', []);
  const productsApi = answer('get', '/api/admin/products', aPage(products));
  const view = renderApp('/admin/discounts', { as: 'admin' });
  return { ...view, productsApi };
}

async function tiersForm() {
  return screen.findByRole('form', { name: 'Further tiers' });
}

function cell(
  form: HTMLElement,
  what: 'Name' | 'Completed orders' | 'Spent in total (EUR)' | 'Percent',
  n: number,
) {
  return within(form).getByRole('textbox', { name: `${what} of tier ${String(n)}` });
}

describe('the loyalty tiers', () => {
  it('are shown as rows to edit, after a word on how they follow the loyalty rule', async () => {
    openDiscounts([gold, platinum]);

    const form = await tiersForm();
    expect(form).toHaveTextContent('The loyalty discount above is the first level.');
    const rows = within(within(form).getByRole('table', { name: 'Tiers' })).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(cell(form, 'Name', 1)).toHaveValue('Gold');
    expect(cell(form, 'Completed orders', 1)).toHaveValue('10');
    expect(cell(form, 'Spent in total (EUR)', 1)).toHaveValue('2000');
    expect(cell(form, 'Percent', 1)).toHaveValue('10');
    expect(cell(form, 'Name', 2)).toHaveValue('Platinum');
  });

  it('are added, edited and removed, then saved all at once, lowest first', async () => {
    const saved = [
      { ...gold, percent: 12 },
      { name: 'Diamond', minCompletedOrders: 50, minTotalSpent: 10000.5, percent: 20 },
    ];
    const save = answer('put', '/api/admin/discounts/tiers', { loyalty, tiers: saved });
    const view = openDiscounts([gold, platinum]);
    const form = await tiersForm();

    await view.user.clear(cell(form, 'Percent', 1));
    await view.user.type(cell(form, 'Percent', 1), '12');
    await view.user.click(within(form).getByRole('button', { name: 'Remove tier 2' }));
    expect(within(form).queryByRole('textbox', { name: 'Name of tier 2' })).not.toBeInTheDocument();
    await view.user.click(within(form).getByRole('button', { name: 'Add tier' }));
    await view.user.type(cell(form, 'Name', 2), ' Diamond ');
    await view.user.type(cell(form, 'Completed orders', 2), '50');
    await view.user.type(cell(form, 'Spent in total (EUR)', 2), '10000,50');
    await view.user.type(cell(form, 'Percent', 2), '20');
    await view.user.click(within(form).getByRole('button', { name: 'Save tiers' }));

    expect(await screen.findByText('Tiers saved.')).toBeInTheDocument();
    expect(save.last().body).toEqual(saved);
    const after = await tiersForm();
    expect(cell(after, 'Name', 2)).toHaveValue('Diamond');
    expect(cell(after, 'Spent in total (EUR)', 2)).toHaveValue('10000.5');
  });

  it('can all be removed, which sends an empty list', async () => {
    const save = answer('put', '/api/admin/discounts/tiers', { loyalty, tiers: [] });
    const view = openDiscounts([gold]);
    const form = await tiersForm();

    await view.user.click(within(form).getByRole('button', { name: 'Remove tier 1' }));
    expect(
      within(form).getByText('No further tiers: every loyal customer gets the loyalty discount.'),
    ).toBeInTheDocument();
    await view.user.click(within(form).getByRole('button', { name: 'Save tiers' }));

    expect(await screen.findByText('Tiers saved.')).toBeInTheDocument();
    expect(save.last().body).toEqual([]);
  });

  it('are checked before saving', async () => {
    const save = answer('put', '/api/admin/discounts/tiers', { loyalty, tiers: [] });
    const view = openDiscounts([]);
    const form = await tiersForm();

    await view.user.click(within(form).getByRole('button', { name: 'Add tier' }));
    await view.user.type(cell(form, 'Completed orders', 1), '2.5');
    await view.user.type(cell(form, 'Spent in total (EUR)', 1), '10.005');
    await view.user.type(cell(form, 'Percent', 1), '101');
    await view.user.click(within(form).getByRole('button', { name: 'Save tiers' }));

    expect(await within(form).findByText('Enter a name.')).toBeInTheDocument();
    expect(within(form).getByText('Enter a whole number, 0 or more.')).toBeInTheDocument();
    expect(within(form).getByText('Use at most 2 decimals.')).toBeInTheDocument();
    expect(within(form).getByText('Enter a whole number from 1 to 100.')).toBeInTheDocument();
    expect(cell(form, 'Name', 1)).toHaveAttribute('aria-invalid', 'true');

    await view.user.type(cell(form, 'Name', 1), 'x'.repeat(51));
    await view.user.click(within(form).getByRole('button', { name: 'Save tiers' }));
    expect(await within(form).findByText('Use at most 50 characters.')).toBeInTheDocument();
    expect(save.requests).toHaveLength(0);
  });

  it('show the shop’s refusal beside the row’s field, and the rule they break above the table', async () => {
    answer(
      'put',
      '/api/admin/discounts/tiers',
      anErrorBody(400, 'Some fields are not valid. Please correct them.', {
        errors: [
          {
            field: 'tiers[1].percent',
            message: 'must be between 0 and 100',
            rule: 'OUT_OF_RANGE',
            params: { min: 0, max: 100 },
          },
          {
            field: 'tiers[0].name',
            message: 'must be at most 50 characters',
            rule: 'TOO_LONG',
            params: { max: 50 },
          },
          {
            field: 'tiers',
            message: 'Platinum must give a larger discount than Gold',
            rule: 'TIER_DISCOUNT_NOT_LARGER',
            params: { tier: 'Platinum', below: 'Gold' },
          },
        ],
      }),
      400,
    );
    const view = openDiscounts([gold, platinum]);
    const form = await tiersForm();

    await view.user.click(within(form).getByRole('button', { name: 'Save tiers' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Platinum must give a larger discount than Gold',
    );
    expect(within(form).getByRole('alert')).not.toHaveTextContent('must be between 0 and 100');
    expect(cell(form, 'Percent', 2)).toHaveAttribute('aria-invalid', 'true');
    expect(cell(form, 'Percent', 2)).toHaveAccessibleDescription('must be between 0 and 100');
    expect(cell(form, 'Name', 1)).toHaveAccessibleDescription('must be at most 50 characters');
    expect(cell(form, 'Percent', 1)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('name the row of a refusal that fits no field', async () => {
    answer(
      'put',
      '/api/admin/discounts/tiers',
      anErrorBody(400, 'Some fields are not valid. Please correct them.', {
        errors: [{ field: 'tiers[0]', message: 'is required', rule: 'REQUIRED' }],
      }),
      400,
    );
    const view = openDiscounts([gold]);
    const form = await tiersForm();

    await view.user.click(within(form).getByRole('button', { name: 'Save tiers' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('Tier 1: is required');
  });

  it('show a failure of the shop above the table', async () => {
    answer(
      'put',
      '/api/admin/discounts/tiers',
      anErrorBody(500, 'Broken', { errorId: 'e-1' }),
      500,
    );
    const view = openDiscounts([gold]);
    const form = await tiersForm();

    await view.user.click(within(form).getByRole('button', { name: 'Save tiers' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Broken');
    expect(alert).toHaveTextContent('e-1');
  });
});

describe('the product sales', () => {
  it('list the products on sale now, each with a way to edit it', async () => {
    const tea = anAdminProduct({
      id: 5,
      name: 'Green tea',
      price: 10,
      salePrice: 8,
      salePercent: 20,
      saleEndsAt: '2026-12-01T00:00:00Z',
    });
    const honey = anAdminProduct({
      id: 6,
      name: 'Honey & co',
      price: 20,
      salePrice: 18,
      salePercent: 10,
    });
    const ended = anAdminProduct({ id: 7, name: 'Old socks', salePrice: null, salePercent: 30 });
    const plain = anAdminProduct({ id: 8, name: 'Plain mug' });
    const view = openDiscounts([], [tea, honey, ended, plain]);

    const table = await screen.findByRole('table', { name: 'Product sales' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Green tea');
    expect(rows[1]).toHaveTextContent('€10.00');
    expect(rows[1]).toHaveTextContent('20%');
    expect(rows[1]).toHaveTextContent('€8.00');
    expect(rows[2]).toHaveTextContent('No end date');
    expect(within(table).queryByText('Old socks')).not.toBeInTheDocument();
    expect(within(table).queryByText('Plain mug')).not.toBeInTheDocument();
    expect(view.productsApi.last().url.searchParams.get('status')).toBe('active');
    expect(
      within(table).getByRole('link', { name: 'Edit the sale of Honey & co' }),
    ).toHaveAttribute('href', '/admin/products?q=Honey+%26+co&edit=6');
  });

  it('are asked of the shop with its sale filter, and say when there are more than shown', async () => {
    answer('get', '/api/admin/discounts', { loyalty, tiers: [] });
    answer('get', '/api/admin/promo-codes', []);
    const productsApi = answer(
      'get',
      '/api/admin/products',
      aPage([anAdminProduct({ id: 1, name: 'First', salePrice: 1, salePercent: 10 })], 0, 100, 140),
    );
    renderApp('/admin/discounts', { as: 'admin' });

    const table = await screen.findByRole('table', { name: 'Product sales' });
    expect(within(table).getByText('First')).toBeInTheDocument();
    expect(await screen.findByText('Showing 1 of the 140 products on sale.')).toBeInTheDocument();
    expect(productsApi.requests).toHaveLength(1);
    const asked = productsApi.last().url.searchParams;
    expect(asked.get('onSale')).toBe('true');
    expect(asked.get('status')).toBe('active');
    expect(asked.get('size')).toBe('100');
  });

  it('say so when no product is on sale', async () => {
    openDiscounts([], [anAdminProduct({ name: 'Plain mug' })]);

    expect(await screen.findByText('No product is on sale now.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Product sales' })).not.toBeInTheDocument();
  });

  it('open the product’s edit dialog in the products section', async () => {
    const tea = anAdminProduct({
      id: 5,
      name: 'Green tea',
      price: 10,
      salePrice: 8,
      salePercent: 20,
    });
    const view = openDiscounts([], [tea]);

    await view.user.click(await screen.findByRole('link', { name: 'Edit the sale of Green tea' }));

    const dialog = await screen.findByRole('dialog', { name: 'Edit product' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Green tea');
    expect(view.productsApi.last().url.searchParams.get('q')).toBe('Green tea');
    await view.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(view.location()).toBe('/admin/products?q=Green+tea');
    });
    expect(screen.queryByRole('dialog', { name: 'Edit product' })).not.toBeInTheDocument();
  });
});
