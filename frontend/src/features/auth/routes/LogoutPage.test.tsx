import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aPage, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

describe('the sign-out page', () => {
  it('asks first, then signs out on "LogOut"', async () => {
    const logoutApi = answer('post', '/api/auth/logout', null, 204);
    const view = renderApp('/logout', { as: 'customer' });

    expect(
      await screen.findByRole('heading', { name: 'Are you sure you want to logout?' }),
    ).toBeInTheDocument();
    await view.user.click(screen.getByRole('button', { name: 'LogOut' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(view.location()).toBe('/login');
    expect(logoutApi.requests).toHaveLength(1);
    expect(localStorage.getItem('turgus.session')).toBeNull();
  });

  it('signs out on this device even when the shop fails to answer', async () => {
    answer('post', '/api/auth/logout', anErrorBody(500, 'Boom'), 500);
    const view = renderApp('/logout', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: 'LogOut' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(localStorage.getItem('turgus.session')).toBeNull();
  });

  it('goes back where the person came from on "Cancel"', async () => {
    answer('get', '/api/products/5', anErrorBody(404, 'Not found'), 404);
    const logoutApi = answer('post', '/api/auth/logout', null, 204);
    const view = renderApp('/logout', { as: 'customer', state: { from: '/products/5' } });

    await view.user.click(await screen.findByRole('link', { name: 'Cancel' }));

    expect(view.location()).toBe('/products/5');
    expect(logoutApi.requests).toHaveLength(0);
    expect(localStorage.getItem('turgus.session')).not.toBeNull();
  });

  it('goes to the catalog on "Cancel" when opened directly', async () => {
    answer('get', '/api/products', aPage([]));
    const view = renderApp('/logout', { as: 'customer' });

    await view.user.click(await screen.findByRole('link', { name: 'Cancel' }));

    expect(await screen.findByRole('heading', { name: 'Catalog' })).toBeInTheDocument();
    expect(view.location()).toBe('/');
  });

  it('sends a signed-out visitor to the sign-in page', async () => {
    const view = renderApp('/logout');
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(view.location()).toBe('/login');
  });
});
