import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aPage, anAdminProduct, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

const towel = anAdminProduct({ id: 11, name: 'Linen towel', price: 12.5, stock: 3 });
const ring = anAdminProduct({ id: 12, name: 'Amber ring', price: 120, stock: 0, active: false });

function row(name: string): HTMLElement {
  const cell = screen.getByRole('cell', { name });
  const tr = cell.closest('tr');
  if (!tr) throw new Error(`No row for ${name}`);
  return tr;
}

async function openAdmin() {
  const listApi = answer('get', '/api/admin/products', aPage([towel, ring]));
  const view = renderApp('/admin/products', { as: 'admin' });
  await screen.findByRole('cell', { name: 'Linen towel' });
  return { view, listApi };
}

async function openNewProductForm(view: ReturnType<typeof renderApp>) {
  await view.user.click(screen.getByRole('button', { name: 'New product' }));
  return screen.findByRole('dialog', { name: 'New product' });
}

describe('the admin product table', () => {
  it('lists all products, withdrawn ones too', async () => {
    const { listApi } = await openAdmin();

    expect(within(row('Linen towel')).getByText('Active')).toBeInTheDocument();
    expect(within(row('Amber ring')).getByText('Withdrawn')).toBeInTheDocument();
    expect(within(row('Amber ring')).getByRole('button', { name: 'Reinstate' })).toBeEnabled();
    expect(Object.fromEntries(listApi.last().url.searchParams)).toEqual({
      page: '0',
      size: '20',
      status: 'all',
    });
  });

  it('filters by status and search', async () => {
    const { view, listApi } = await openAdmin();

    await view.user.click(screen.getByRole('radio', { name: 'Withdrawn' }));
    await waitFor(() => {
      expect(listApi.last().url.searchParams.get('status')).toBe('withdrawn');
    });
    await view.user.type(screen.getByRole('searchbox', { name: 'Search products' }), 'ring');
    await waitFor(() => {
      expect(listApi.last().url.searchParams.get('q')).toBe('ring');
    });
    expect(view.location()).toBe('/admin/products?q=ring&status=withdrawn');
  });

  it('is for admins only', async () => {
    renderApp('/admin/products', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'Admins only' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });
});

describe('the new product form', () => {
  it('refuses an empty name and a price with 3 decimals without asking the shop', async () => {
    const createApi = answer('post', '/api/admin/products', towel, 201);
    const { view } = await openAdmin();
    const dialog = await openNewProductForm(view);

    await view.user.type(within(dialog).getByRole('textbox', { name: 'Price' }), '12.345');
    await view.user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
      'Enter a name.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Price' })).toHaveAccessibleDescription(
      expect.stringContaining('Use at most 2 decimals.') as string,
    );
    expect(createApi.requests).toHaveLength(0);
  });

  it('creates the product, tells so and shows it in the table', async () => {
    const created = anAdminProduct({ id: 13, name: 'Birch spoon', price: 4.2, stock: 7 });
    const createApi = answer('post', '/api/admin/products', created, 201);
    const { view } = await openAdmin();
    const dialog = await openNewProductForm(view);

    answer('get', '/api/admin/products', aPage([towel, ring, created]));
    await view.user.type(within(dialog).getByRole('textbox', { name: 'Name' }), ' Birch spoon ');
    await view.user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Carved.');
    await view.user.type(within(dialog).getByRole('textbox', { name: 'Price' }), '4,20');
    await view.user.clear(within(dialog).getByRole('textbox', { name: 'Stock' }));
    await view.user.type(within(dialog).getByRole('textbox', { name: 'Stock' }), '7');
    await view.user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('Product “Birch spoon” created.')).toBeInTheDocument();
    expect(createApi.last().body).toEqual({
      name: 'Birch spoon',
      description: 'Carved.',
      price: 4.2,
      stock: 7,
    });
    expect(await screen.findByRole('cell', { name: 'Birch spoon' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the server field errors next to their fields', async () => {
    answer(
      'post',
      '/api/admin/products',
      anErrorBody(400, 'Invalid product', {
        errors: [
          {
            field: 'name',
            message: 'must be at most 200 characters',
            rule: 'TOO_LONG',
            params: { max: 200 },
          },
        ],
      }),
      400,
    );
    const { view } = await openAdmin();
    const dialog = await openNewProductForm(view);

    await view.user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Linen towel');
    await view.user.type(within(dialog).getByRole('textbox', { name: 'Price' }), '3');
    await view.user.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() => {
      expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
        'must be at most 200 characters',
      );
    });
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a failure that concerns no field above the form', async () => {
    answer('post', '/api/admin/products', anErrorBody(409, 'The catalog is being restored'), 409);
    const { view } = await openAdmin();
    const dialog = await openNewProductForm(view);

    await view.user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Spoon');
    await view.user.type(within(dialog).getByRole('textbox', { name: 'Price' }), '3');
    await view.user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The catalog is being restored',
    );
  });
});

describe('the row actions', () => {
  it('restock adds the quantity given', async () => {
    const restockApi = answer('post', '/api/admin/products/11/restock', { ...towel, stock: 8 });
    const { view } = await openAdmin();

    await view.user.click(within(row('Linen towel')).getByRole('button', { name: 'Restock' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restock' });
    await view.user.type(within(dialog).getByRole('textbox', { name: 'Quantity' }), '0');
    await view.user.click(within(dialog).getByRole('button', { name: 'Add stock' }));
    expect(within(dialog).getByRole('textbox', { name: 'Quantity' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter a whole number above 0.') as string,
    );

    await view.user.clear(within(dialog).getByRole('textbox', { name: 'Quantity' }));
    await view.user.type(within(dialog).getByRole('textbox', { name: 'Quantity' }), '5');
    await view.user.click(within(dialog).getByRole('button', { name: 'Add stock' }));

    expect(await screen.findByText('Added 5 to “Linen towel”.')).toBeInTheDocument();
    expect(restockApi.last().body).toEqual({ quantity: 5 });
  });

  it('edit sends only what was changed', async () => {
    const updateApi = answer('patch', '/api/admin/products/11', { ...towel, price: 10 });
    const { view } = await openAdmin();

    await view.user.click(within(row('Linen towel')).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit product' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Linen towel');
    await view.user.clear(within(dialog).getByRole('textbox', { name: 'Price' }));
    await view.user.type(within(dialog).getByRole('textbox', { name: 'Price' }), '10');
    await view.user.type(within(dialog).getByRole('textbox', { name: 'Sale percent' }), '20');
    await view.user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Product “Linen towel” saved.')).toBeInTheDocument();
    expect(updateApi.last().body).toEqual({ price: 10, salePercent: 20 });
  });

  it('edit refuses a sale above 90 percent', async () => {
    const updateApi = answer('patch', '/api/admin/products/11', towel);
    const { view } = await openAdmin();

    await view.user.click(within(row('Linen towel')).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit product' });
    await view.user.type(within(dialog).getByRole('textbox', { name: 'Sale percent' }), '95');
    await view.user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      within(dialog).getByRole('textbox', { name: 'Sale percent' }),
    ).toHaveAccessibleDescription(expect.stringContaining('from 0 to 90') as string);
    expect(updateApi.requests).toHaveLength(0);
  });

  it('withdraw takes the product off sale and tells so', async () => {
    const withdrawApi = answer('post', '/api/admin/products/11/withdraw', {
      ...towel,
      active: false,
    });
    const { view } = await openAdmin();

    await view.user.click(within(row('Linen towel')).getByRole('button', { name: 'Withdraw' }));

    expect(await screen.findByText('“Linen towel” withdrawn from sale.')).toBeInTheDocument();
    expect(withdrawApi.requests).toHaveLength(1);
  });

  it('reports a failed reinstate in plain words', async () => {
    answer(
      'post',
      '/api/admin/products/12/reinstate',
      anErrorBody(500, 'Boom', { errorId: 'x' }),
      500,
    );
    const { view } = await openAdmin();

    await view.user.click(within(row('Amber ring')).getByRole('button', { name: 'Reinstate' }));

    expect(await screen.findByText('Not saved')).toBeInTheDocument();
  });

  it('uploads a picture as the multipart part "image"', async () => {
    const uploadApi = answer('put', '/api/admin/products/11/image', {
      ...towel,
      imageUrl: '/images/11.png',
    });
    const { view } = await openAdmin();

    await view.user.click(within(row('Linen towel')).getByRole('button', { name: 'Picture' }));
    const dialog = await screen.findByRole('dialog', { name: 'Product picture' });
    await view.user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    expect(await within(dialog).findByText('Choose a file.')).toBeInTheDocument();

    const file = new File(['<svg/>'], 'towel.svg', { type: 'image/svg+xml' });
    const input = dialog.querySelector('input[type="file"]');
    if (!(input instanceof HTMLInputElement)) throw new Error('No file input');
    await view.user.upload(input, file);
    await view.user.click(within(dialog).getByRole('button', { name: 'Upload' }));

    // Encoding a multipart body is slow under jsdom.
    expect(
      await screen.findByText('Picture of “Linen towel” updated.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(uploadApi.last().body).toEqual({
      image: expect.objectContaining({ type: 'image/svg+xml', size: 6 }) as unknown,
    });
  });
});
