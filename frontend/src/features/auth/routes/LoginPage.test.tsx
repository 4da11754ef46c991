import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aPage, aProduct, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { safeNextPath } from './LoginPage';

const tokens = {
  access_token: 'new-access',
  refresh_token: 'new-refresh',
  token_type: 'Bearer',
  expires_in: 900,
  username: 'admin@turgus.test',
  roles: ['ADMIN'],
};

async function signIn(view: ReturnType<typeof renderApp>, username: string, password: string) {
  await view.user.type(screen.getByLabelText('Email or phone'), username);
  await view.user.type(screen.getByLabelText('Password'), password);
  await view.user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('the sign-in page', () => {
  it('stores the tokens and goes on to the page that was asked for', async () => {
    const loginApi = answer('post', '/api/auth/login', tokens);
    answer('get', '/api/products', aPage([aProduct({ name: 'Rye bread' })]));
    const view = renderApp('/login?next=%2F%3Fq%3Dbread');

    await signIn(view, ' admin@turgus.test ', 'S3cret!pass');

    expect(await screen.findByRole('heading', { name: 'Catalog' })).toBeInTheDocument();
    expect(view.location()).toBe('/?q=bread');
    expect(loginApi.last().body).toEqual({
      username: 'admin@turgus.test',
      password: 'S3cret!pass',
    });
    const stored = JSON.parse(localStorage.getItem('turgus.session') ?? '{}') as Record<
      string,
      unknown
    >;
    expect(stored).toMatchObject({ accessToken: 'new-access', refreshToken: 'new-refresh' });
    expect(screen.getByText('admin@turgus.test')).toBeInTheDocument();
  });

  it('says "Invalid credentials. Try again" on a 401', async () => {
    answer('post', '/api/auth/login', anErrorBody(401, 'Invalid credentials. Try again'), 401);
    const view = renderApp('/login');

    await signIn(view, 'ann@example.com', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid credentials. Try again');
    expect(localStorage.getItem('turgus.session')).toBeNull();
    expect(view.location()).toBe('/login');
  });

  it('says how long to wait when the account is locked', async () => {
    answer(
      'post',
      '/api/auth/login',
      anErrorBody(429, 'Too many failed logins', { retryAfterSeconds: 300 }),
      429,
    );
    const view = renderApp('/login');

    await signIn(view, 'ann@example.com', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Try again in 5 minutes.',
    );
  });

  it('shows the server message of a blocked account', async () => {
    answer(
      'post',
      '/api/auth/login',
      anErrorBody(403, 'Your account is blocked until 2026-12-01'),
      403,
    );
    const view = renderApp('/login');

    await signIn(view, 'ann@example.com', 'right');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your account is blocked until 2026-12-01',
    );
  });

  it('asks for both fields before sending anything', async () => {
    const loginApi = answer('post', '/api/auth/login', tokens);
    const view = renderApp('/login');

    await view.user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your email or phone.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(loginApi.requests).toHaveLength(0);
  });

  it('sends a signed-in visitor straight on', async () => {
    answer('get', '/api/products', aPage([]));
    const view = renderApp('/login', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'Catalog' })).toBeInTheDocument();
    expect(view.location()).toBe('/');
  });
});

describe('safeNextPath', () => {
  it.each([
    ['/products/7', '/products/7'],
    [null, '/'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/login?next=/', '/'],
  ])('%s leads to %s', (next, path) => {
    expect(safeNextPath(next)).toBe(path);
  });
});
