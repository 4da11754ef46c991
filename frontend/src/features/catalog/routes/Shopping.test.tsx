import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCart, aCartLine, aPage, aProduct, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

function card(name: string): HTMLElement {
  const article = screen.getByRole('link', { name }).closest('article');
  if (!article) throw new Error(`No card for ${name}`);
  return article;
}

describe('adding to the cart', () => {
  it('adds one from a product card, and the header counts it', async () => {
    answer(
      'get',
      '/api/products',
      aPage([
        aProduct({ id: 1, name: 'Linen towel' }),
        aProduct({ id: 3, name: 'Amber ring', stock: 0 }),
      ]),
    );
    const added = answer(
      'post',
      '/api/cart/items',
      aCart([aCartLine({ productId: 1, quantity: 1 })]),
    );
    const view = renderApp('/', { as: 'customer' });

    await screen.findByRole('link', { name: 'Amber ring' });
    expect(await screen.findByRole('link', { name: 'Cart, empty' })).toBeInTheDocument();
    expect(within(card('Amber ring')).getByRole('button', { name: /Add to cart/ })).toBeDisabled();
    await view.user.click(within(card('Linen towel')).getByRole('button', { name: /Add to cart/ }));

    expect(await screen.findByRole('link', { name: 'Cart, 1 items' })).toBeInTheDocument();
    // The toasts' code loads after the first paint.
    expect(await screen.findByText('“Linen towel” added to the cart.')).toBeInTheDocument();
    expect(added.last().body).toEqual({ productId: 1, quantity: 1 });
  });

  it('shows the shop’s words when there is not that much in stock', async () => {
    answer('get', '/api/products', aPage([aProduct({ id: 1, name: 'Linen towel', stock: 1 })]));
    answer('post', '/api/cart/items', anErrorBody(409, 'Only 1 of Linen towel in stock'), 409);
    const view = renderApp('/', { as: 'customer' });

    await view.user.click(
      within(await screen.findByRole('article')).getByRole('button', { name: /Add to cart/ }),
    );

    expect(await within(card('Linen towel')).findByRole('alert')).toHaveTextContent(
      'Only 1 of Linen towel in stock',
    );
  });

  it('adds the chosen quantity from the product page', async () => {
    answer('get', '/api/products/7', aProduct({ id: 7, name: 'Wool socks', stock: 5 }));
    const added = answer('post', '/api/cart/items', anErrorBody(409, 'Only 5 in stock'), 409);
    const view = renderApp('/products/7', { as: 'customer' });

    const quantity = await screen.findByRole('textbox', { name: 'Quantity' });
    await view.user.clear(quantity);
    await view.user.type(quantity, '6');
    await view.user.click(screen.getByRole('button', { name: 'Add to cart' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Only 5 in stock');
    expect(added.last().body).toEqual({ productId: 7, quantity: 6 });

    answer('post', '/api/cart/items', aCart([aCartLine({ productId: 7, quantity: 2 })]));
    await view.user.clear(quantity);
    await view.user.type(quantity, '2');
    await view.user.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(await screen.findByRole('link', { name: 'Cart, 2 items' })).toBeInTheDocument();
  });

  it('cannot add a sold-out product', async () => {
    answer('get', '/api/products/8', aProduct({ id: 8, name: 'Tin cup', stock: 0 }));
    renderApp('/products/8', { as: 'customer' });

    expect(await screen.findByRole('button', { name: 'Add to cart' })).toBeDisabled();
  });
});

describe('recommendations', () => {
  it('shows what was bought together with the product', async () => {
    answer('get', '/api/products/7', aProduct({ id: 7, name: 'Wool socks' }));
    answer('get', '/api/products/7/recommendations', [
      aProduct({ id: 9, name: 'Wool hat' }),
      aProduct({ id: 10, name: 'Mittens' }),
    ]);
    renderApp('/products/7', { as: 'customer' });

    const section = await screen.findByRole('region', { name: 'Bought together' });
    expect(within(section).getByRole('link', { name: 'Wool hat' })).toHaveAttribute(
      'href',
      '/products/9',
    );
    expect(within(section).getByRole('link', { name: 'Mittens' })).toBeInTheDocument();
  });

  it('leaves the section out when there is nothing to recommend', async () => {
    answer('get', '/api/products/7', aProduct({ id: 7, name: 'Wool socks' }));
    const recommendations = answer('get', '/api/products/7/recommendations', []);
    renderApp('/products/7', { as: 'customer' });

    await screen.findByRole('heading', { name: 'Wool socks' });
    await waitFor(() => {
      expect(recommendations.requests).toHaveLength(1);
    });
    expect(screen.queryByRole('heading', { name: 'Bought together' })).not.toBeInTheDocument();
  });

  it.each([404, 503])(
    'leaves the section out, and the page whole, when the shop answers %i',
    async (status) => {
      answer('get', '/api/products/7', aProduct({ id: 7, name: 'Wool socks' }));
      const recommendations = answer(
        'get',
        '/api/products/7/recommendations',
        anErrorBody(status, 'Not found'),
        status,
      );
      const view = renderApp('/products/7', { as: 'customer' });

      await screen.findByRole('heading', { name: 'Wool socks' });
      await waitFor(() => {
        expect(recommendations.requests.length).toBeGreaterThan(0);
      });
      expect(screen.queryByRole('heading', { name: 'Bought together' })).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(screen.queryByText('Not found')).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Add to cart' })).toBeEnabled();
      view.queryClient.clear();
    },
  );
});

describe('trending searches', () => {
  it('are offered while the search box is focused and empty', async () => {
    const productsApi = answer('get', '/api/products', aPage([aProduct()]));
    const trending = answer('get', '/api/search/trending', [
      { query: 'honey', count: 12 },
      { query: 'wool socks', count: 7 },
    ]);
    const view = renderApp('/', { as: 'customer' });

    const search = await screen.findByRole('searchbox', { name: 'Search' });
    expect(screen.queryByRole('navigation', { name: 'Trending searches' })).not.toBeInTheDocument();
    await view.user.click(search);

    const list = await screen.findByRole('navigation', { name: 'Trending searches' });
    expect(trending.last().url.searchParams.get('limit')).toBe('5');
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['honey', 'wool socks']);

    await view.user.type(search, 'w');
    expect(screen.queryByRole('navigation', { name: 'Trending searches' })).not.toBeInTheDocument();
    await view.user.clear(search);

    await view.user.click(
      within(await screen.findByRole('navigation', { name: 'Trending searches' })).getByRole(
        'button',
        { name: 'honey' },
      ),
    );
    expect(search).toHaveValue('honey');
    await waitFor(() => {
      expect(view.location()).toBe('/?q=honey');
    });
    expect(productsApi.last().url.searchParams.get('q')).toBe('honey');
  });

  it.each([404, 500])(
    'are not offered, and the search still works, when the shop answers %i',
    async (status) => {
      const productsApi = answer('get', '/api/products', aPage([aProduct()]));
      const trending = answer('get', '/api/search/trending', anErrorBody(status, 'Oops'), status);
      const view = renderApp('/', { as: 'customer' });

      const search = await screen.findByRole('searchbox', { name: 'Search' });
      await view.user.click(search);
      await waitFor(() => {
        expect(trending.requests.length).toBeGreaterThan(0);
      });
      expect(
        screen.queryByRole('navigation', { name: 'Trending searches' }),
      ).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(screen.queryByText('Oops')).not.toBeInTheDocument();

      await view.user.type(search, 'honey');
      await waitFor(() => {
        expect(productsApi.last().url.searchParams.get('q')).toBe('honey');
      });
      view.queryClient.clear();
    },
  );
});
