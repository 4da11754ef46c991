import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

const here = {
  id: 's-1',
  createdAt: '2026-11-20T08:00:00Z',
  lastUsedAt: '2026-11-21T09:30:00Z',
  userAgent:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  ip: '10.0.0.1',
  current: true,
};
const phone = {
  id: 's-2',
  createdAt: '2026-11-19T08:00:00Z',
  lastUsedAt: '2026-11-19T08:00:00Z',
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  ip: '10.0.0.2',
  current: false,
};

function row(device: string): HTMLElement {
  const tr = screen.getByText(device).closest('tr');
  if (!tr) throw new Error(`No row for ${device}`);
  return tr;
}

describe('the sessions page', () => {
  it('lists the signed-in devices, this one marked and first', async () => {
    answer('get', '/api/me/sessions', [phone, here]);
    renderApp('/account/sessions', { as: 'customer' });

    expect(await screen.findByText('Chrome on Linux')).toBeInTheDocument();
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('This device');
    expect(rows[1]).toHaveTextContent('10.0.0.1');
    expect(rows[2]).toHaveTextContent('Safari on iOS');
    expect(rows[2]).not.toHaveTextContent('This device');
    expect(within(row('Safari on iOS')).getByRole('button', { name: 'Sign out' })).toBeEnabled();
  });

  it('signs another device out and shows the shorter list', async () => {
    const listApi = answer('get', '/api/me/sessions', [here, phone]);
    const revokeApi = answer('delete', '/api/me/sessions/s-2', null, 204);
    const view = renderApp('/account/sessions', { as: 'customer' });

    await screen.findByText('Safari on iOS');
    answer('get', '/api/me/sessions', [here]);
    await view.user.click(within(row('Safari on iOS')).getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('status')).toHaveTextContent('The device was signed out.');
    await waitFor(() => {
      expect(screen.queryByText('Safari on iOS')).not.toBeInTheDocument();
    });
    expect(revokeApi.requests).toHaveLength(1);
    expect(listApi.requests).toHaveLength(1);
    expect(localStorage.getItem('turgus.session')).not.toBeNull();
    expect(view.location()).toBe('/account/sessions');
  });

  it('signs this device out here too, and asks to sign in', async () => {
    answer('get', '/api/me/sessions', [here, phone]);
    const revokeApi = answer('delete', '/api/me/sessions/s-1', null, 204);
    const view = renderApp('/account/sessions', { as: 'customer' });

    await screen.findByText('Chrome on Linux');
    await view.user.click(within(row('Chrome on Linux')).getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(view.location()).toMatch(/^\/login(\?|$)/);
    expect(revokeApi.requests).toHaveLength(1);
    expect(localStorage.getItem('turgus.session')).toBeNull();
  });

  it('shows the shop’s words when a device cannot be signed out', async () => {
    answer('get', '/api/me/sessions', [here, phone]);
    answer('delete', '/api/me/sessions/s-2', anErrorBody(404, 'No such session'), 404);
    const view = renderApp('/account/sessions', { as: 'customer' });

    await screen.findByText('Safari on iOS');
    await view.user.click(within(row('Safari on iOS')).getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('No such session');
  });

  it('names a device it cannot recognise plainly', async () => {
    answer('get', '/api/me/sessions', [
      { ...here, userAgent: null, ip: null },
      { ...phone, userAgent: 'curl/8.5.0' },
    ]);
    renderApp('/account/sessions', { as: 'customer' });

    expect(await screen.findByText('Unknown device')).toBeInTheDocument();
    expect(screen.getByText('curl/8.5.0')).toBeInTheDocument();
  });
});
