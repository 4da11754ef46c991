import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aPage, aProduct, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

describe('the app shell', () => {
  it('switches language, and remembers the choice', async () => {
    answer('get', '/api/products', aPage([aProduct({ stock: 0 })]));
    const view = renderApp('/', { as: 'customer' });
    expect(await screen.findByRole('heading', { name: 'Catalog' })).toBeInTheDocument();

    await view.user.click(screen.getByRole('button', { name: 'Language: English' }));
    await view.user.click(screen.getByRole('menuitem', { name: 'Lietuvių' }));

    expect(await screen.findByRole('heading', { name: 'Katalogas' })).toBeInTheDocument();
    expect(screen.getByText('Išparduota')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Atsijungti' })).toBeInTheDocument();
    expect(localStorage.getItem('turgus.language')).toBe('lt');
    expect(document.documentElement.lang).toBe('lt');

    await view.user.click(screen.getByRole('button', { name: 'Kalba: Lietuvių' }));
    await view.user.click(screen.getByRole('menuitem', { name: 'Русский' }));
    expect(await screen.findByRole('heading', { name: 'Каталог' })).toBeInTheDocument();
  });

  it('shows the Admin tab to admins only', async () => {
    answer('get', '/api/products', aPage([]));
    renderApp('/', { as: 'admin' });
    expect(await screen.findByRole('link', { name: 'Admin' })).toHaveAttribute(
      'href',
      '/admin/products',
    );
    expect(screen.getByRole('link', { name: 'Catalog' })).toBeInTheDocument();
  });

  it('offers the same navigation in a menu on small screens', async () => {
    answer('get', '/api/products', aPage([]));
    answer('get', '/api/admin/products', aPage([]));
    const view = renderApp('/', { as: 'admin' });

    await view.user.click(await screen.findByRole('button', { name: 'Open navigation' }));
    const menu = await screen.findByRole('dialog');
    await view.user.click(within(menu).getByRole('link', { name: 'Admin' }));

    expect(await screen.findByRole('heading', { name: 'Manage products' })).toBeInTheDocument();
    expect(view.location()).toBe('/admin/products');
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

  it('offers to sign in when signed out', async () => {
    renderApp('/login');
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    expect(screen.queryByRole('link', { name: 'Catalog' })).not.toBeInTheDocument();
  });

  it('shows unknown addresses as "Page not found" inside the app', async () => {
    renderApp('/account/profile');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Turgus, home' })).toBeInTheDocument();
  });

  it('signs out: the server is told and the sign-in page shown', async () => {
    answer('get', '/api/products', aPage([]));
    const logoutApi = answer('post', '/api/auth/logout', null, 204);
    const view = renderApp('/', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(logoutApi.last().headers.get('Authorization')).toBe('Bearer access-token');
    expect(localStorage.getItem('turgus.session')).toBeNull();
    expect(view.location()).toBe('/login');
  });

  it('signs out locally and asks to sign in again when the shop answers 401', async () => {
    answer('get', '/api/products/5', anErrorBody(401, 'Unauthorized'), 401);
    const view = renderApp('/products/5', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(view.location()).toBe('/login?next=%2Fproducts%2F5');
    expect(localStorage.getItem('turgus.session')).toBeNull();
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
