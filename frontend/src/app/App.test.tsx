import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCart, aCartLine, aPage, aProduct, anEmptyStats, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { findMenuButton, renderApp } from '@/testing/render';

describe('the app shell', () => {
  it('switches language, and remembers the choice', async () => {
    answer('get', '/api/products', aPage([aProduct({ stock: 0 })]));
    const view = renderApp('/', { as: 'customer' });
    expect(await screen.findByRole('heading', { name: 'Catalog' })).toBeInTheDocument();

    await view.user.click(await findMenuButton('EN – Language: English'));
    await view.user.click(await screen.findByRole('menuitem', { name: 'Lietuvių' }));

    expect(await screen.findByRole('heading', { name: 'Katalogas' })).toBeInTheDocument();
    expect(screen.getByText('Išparduota')).toBeInTheDocument();
    await view.user.click(await findMenuButton('Paskyra'));
    expect(await screen.findByRole('menuitem', { name: 'Atsijungti' })).toBeInTheDocument();
    await view.user.keyboard('{Escape}');
    expect(localStorage.getItem('turgus.language')).toBe('lt');
    expect(document.documentElement.lang).toBe('lt');

    await view.user.click(await findMenuButton('LT – Kalba: Lietuvių'));
    await view.user.click(await screen.findByRole('menuitem', { name: 'Русский' }));
    expect(await screen.findByRole('heading', { name: 'Каталог' })).toBeInTheDocument();
  });

  it('shows the Admin tab to admins only', async () => {
    answer('get', '/api/products', aPage([]));
    renderApp('/', { as: 'admin' });
    expect(await screen.findByRole('link', { name: 'Admin' })).toHaveAttribute(
      'href',
      '/admin/dashboard',
    );
    expect(screen.getByRole('link', { name: 'Catalog' })).toBeInTheDocument();
  });

  it('offers the same navigation in a menu on small screens', async () => {
    answer('get', '/api/products', aPage([]));
    answer('get', '/api/admin/stats', anEmptyStats());
    const view = renderApp('/', { as: 'admin' });

    await view.user.click(await screen.findByRole('button', { name: 'Open navigation' }));
    const menu = await screen.findByRole('dialog');
    await view.user.click(within(menu).getByRole('link', { name: 'Admin' }));

    // The dashboard's chunk (charts) is loaded on first use, which takes a while on a busy machine.
    expect(
      await screen.findByRole('heading', { name: 'Dashboard' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(view.location()).toBe('/admin/dashboard');
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
  });

  it('hides the Admin tab from customers', async () => {
    answer('get', '/api/products', aPage([]));
    renderApp('/', { as: 'customer' });
    expect(await screen.findByRole('link', { name: 'Catalog' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('offers to sign in or register when signed out', async () => {
    renderApp('/login');
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    expect(screen.getByRole('link', { name: 'Register' })).toHaveAttribute('href', '/register');
    expect(screen.queryByRole('link', { name: 'Catalog' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Account' })).not.toBeInTheDocument();
  });

  it('offers the account pages in a menu when signed in', async () => {
    answer('get', '/api/products', aPage([]));
    const view = renderApp('/', { as: 'customer' });

    await view.user.click(await findMenuButton('Account'));

    expect(await screen.findByRole('menuitem', { name: 'Profile' })).toHaveAttribute(
      'href',
      '/account/profile',
    );
    expect(screen.getByRole('menuitem', { name: 'Password' })).toHaveAttribute(
      'href',
      '/account/password',
    );
    expect(screen.getByRole('menuitem', { name: 'Sessions' })).toHaveAttribute(
      'href',
      '/account/sessions',
    );
    expect(screen.getByRole('menuitem', { name: 'Balance' })).toHaveAttribute(
      'href',
      '/account/balance',
    );
    expect(screen.getByRole('menuitem', { name: 'Orders' })).toHaveAttribute(
      'href',
      '/account/orders',
    );
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toHaveAttribute('href', '/logout');
    expect(screen.queryByRole('link', { name: 'Register' })).not.toBeInTheDocument();
  });

  it('shows the cart in the header with how many items it holds', async () => {
    answer('get', '/api/products', aPage([]));
    answer(
      'get',
      '/api/cart',
      aCart([aCartLine({ productId: 1, quantity: 2 }), aCartLine({ productId: 2, quantity: 3 })]),
    );
    renderApp('/', { as: 'customer' });

    expect(await screen.findByRole('link', { name: 'Cart, 5 items' })).toHaveAttribute(
      'href',
      '/cart',
    );
  });

  it('moves between the admin sections with tabs', async () => {
    answer('get', '/api/admin/stats', anEmptyStats());
    answer('get', '/api/admin/orders', aPage([]));
    const view = renderApp('/admin', { as: 'admin' });

    const sections = await screen.findByRole('tablist', { name: 'Admin sections' });
    expect(
      within(sections)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual([
      'Dashboard',
      'Products',
      'Orders',
      'Users',
      'Discounts',
      'Users balance',
      'Event log',
      'Backups',
      'Mail check',
    ]);
    expect(within(sections).getByRole('tab', { name: 'Dashboard' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await view.user.click(within(sections).getByRole('tab', { name: 'Orders' }));

    expect(await screen.findByRole('heading', { name: 'Orders' })).toBeInTheDocument();
    expect(view.location()).toBe('/admin/orders');
  });

  it.each([
    ['/profile', '/account/profile'],
    ['/password/change', '/account/password'],
    ['/password/change/done', '/account/password/done'],
  ])('leads the old address %s to %s', async (from, to) => {
    const view = renderApp(from, { as: 'customer' });
    await waitFor(() => {
      expect(view.location()).toBe(to);
    });
  });

  it.each(['/register', '/login'])(
    'sends a signed-in person from %s to the catalog',
    async (from) => {
      const view = renderApp(from, { as: 'customer' });
      expect(await screen.findByRole('heading', { name: 'Catalog', level: 1 })).toBeInTheDocument();
      expect(view.location()).toBe('/');
    },
  );

  it('shows unknown addresses as "Page not found" inside the app', async () => {
    renderApp('/account/nowhere');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Turgus, home' })).toBeInTheDocument();
  });

  it('signs out once confirmed: the server is told and the sign-in page shown', async () => {
    answer('get', '/api/products', aPage([]));
    const logoutApi = answer('post', '/api/auth/logout', null, 204);
    const view = renderApp('/', { as: 'customer' });

    await view.user.click(await findMenuButton('Account'));
    await view.user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(
      await screen.findByRole('heading', { name: 'Are you sure you want to logout?' }),
    ).toBeInTheDocument();
    expect(logoutApi.requests).toHaveLength(0);
    await view.user.click(screen.getByRole('button', { name: 'LogOut' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(logoutApi.last().headers.get('Authorization')).toBe('Bearer access-token');
    expect(localStorage.getItem('turgus.session')).toBeNull();
    expect(view.location()).toBe('/login');
  });

  it('signs out locally and asks to sign in again when the session cannot be renewed', async () => {
    answer('get', '/api/products/5', anErrorBody(401, 'Unauthorized'), 401);
    const tokenApi = answer('post', '/api/auth/token', anErrorBody(401, 'Unauthorized'), 401);
    const view = renderApp('/products/5', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(view.location()).toBe('/login?next=%2Fproducts%2F5');
    expect(localStorage.getItem('turgus.session')).toBeNull();
    expect(tokenApi.last().body).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'refresh-token',
    });
  });

  it('toggles between light and dark', async () => {
    const view = renderApp('/login');

    await view.user.click(screen.getByRole('button', { name: 'Switch to dark mode' }));

    await waitFor(() => {
      expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    });
    expect(screen.getByRole('button', { name: 'Switch to light mode' })).toBeInTheDocument();
    expect(localStorage.getItem('turgus.color-scheme')).toBe('dark');
  });
});
