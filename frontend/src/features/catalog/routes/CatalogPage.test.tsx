import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aPage, aProduct, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

function card(name: string): HTMLElement {
  const article = screen.getByRole('link', { name }).closest('article');
  if (!article) throw new Error(`No card for ${name}`);
  return article;
}

describe('the catalog', () => {
  it('sends signed-out visitors to sign in first', async () => {
    const view = renderApp('/?q=tea');

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(view.location()).toBe('/login?next=%2F%3Fq%3Dtea');
  });

  it('shows each product with its picture, price and stock', async () => {
    answer(
      'get',
      '/api/products',
      aPage([
        aProduct({ id: 1, name: 'Linen towel', price: 12.5, imageUrl: '/images/1.png' }),
        aProduct({ id: 2, name: 'Honey jar', price: 8, salePrice: 6.4, imageUrl: null }),
        aProduct({ id: 3, name: 'Amber ring', price: 120, stock: 0 }),
      ]),
    );
    renderApp('/', { as: 'customer' });

    expect(await screen.findByRole('link', { name: 'Linen towel' })).toHaveAttribute(
      'href',
      '/products/1',
    );
    const towel = card('Linen towel');
    expect(within(towel).getByRole('img', { name: 'Linen towel' })).toHaveAttribute(
      'src',
      '/images/1.png',
    );
    expect(within(towel).getByText('€12.50')).toBeInTheDocument();
    expect(within(towel).queryByText('Out of stock')).not.toBeInTheDocument();

    const honey = card('Honey jar');
    expect(within(honey).getByRole('img', { name: 'No picture' })).toBeInTheDocument();
    expect(within(honey).getByText('€6.40')).toBeInTheDocument();
    expect(within(honey).getByText('€8.00').tagName).toBe('DEL');

    expect(within(card('Amber ring')).getByText('Out of stock')).toBeInTheDocument();
  });

  it('asks for the first page, sorted by name, by default', async () => {
    const productsApi = answer('get', '/api/products', aPage([aProduct()]));
    renderApp('/', { as: 'customer' });

    await screen.findByRole('link', { name: /Product/ });
    expect(Object.fromEntries(productsApi.last().url.searchParams)).toEqual({
      page: '0',
      size: '12',
      sort: 'name',
    });
  });

  it('keeps the search in the address and asks the shop for it', async () => {
    const productsApi = answer('get', '/api/products', ({ url }) =>
      aPage(url.searchParams.get('q') === 'honey' ? [aProduct({ name: 'Honey jar' })] : []),
    );
    const view = renderApp('/?page=3', { as: 'customer' });

    await view.user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'honey');

    expect(await screen.findByRole('link', { name: 'Honey jar' })).toBeInTheDocument();
    expect(view.location()).toBe('/?q=honey');
    expect(productsApi.last().url.searchParams.get('page')).toBe('0');
    // Typing pauses before asking: not one request per key.
    expect(productsApi.requests.filter((r) => r.url.searchParams.has('q'))).toHaveLength(1);
  });

  it('keeps the sort order in the address', async () => {
    const productsApi = answer('get', '/api/products', aPage([aProduct()]));
    const view = renderApp('/', { as: 'customer' });

    await view.user.selectOptions(
      await screen.findByRole('combobox', { name: 'Sort by' }),
      'Price: high to low',
    );

    await waitFor(() => {
      expect(productsApi.last().url.searchParams.get('sort')).toBe('-price');
    });
    expect(view.location()).toBe('/?sort=-price');
  });

  it('pages through the results', async () => {
    const productsApi = answer('get', '/api/products', ({ url }) => {
      const page = Number(url.searchParams.get('page'));
      return aPage([aProduct({ name: `Item on page ${String(page + 1)}` })], page, 12, 30);
    });
    const view = renderApp('/?sort=newest', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: 'Page 2' }));

    expect(await screen.findByRole('link', { name: 'Item on page 2' })).toBeInTheDocument();
    expect(view.location()).toBe('/?sort=newest&page=2');
    expect(productsApi.last().url.searchParams.get('page')).toBe('1');
    expect(screen.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  });

  it('says so when nothing matches', async () => {
    answer('get', '/api/products', aPage([]));
    renderApp('/?q=unicorn', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'No products found' })).toBeInTheDocument();
    expect(screen.getByText('Nothing matches “unicorn”. Try other words.')).toBeInTheDocument();
  });

  it('shows the server message and error id when the shop fails', async () => {
    answer('get', '/api/products', anErrorBody(500, 'Unexpected error', { errorId: 'e-7' }), 500);
    renderApp('/', { as: 'customer' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Unexpected error');
    expect(alert).toHaveTextContent('Error id: e-7');
  });

  it('shows skeletons while loading', () => {
    answer('get', '/api/products', aPage([]));
    renderApp('/', { as: 'customer' });

    expect(screen.getByRole('status')).toHaveTextContent('Loading products');
  });
});
