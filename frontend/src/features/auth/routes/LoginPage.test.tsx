import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aPage, aProduct, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
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
  await view.user.type(await screen.findByLabelText('Email or phone'), username);
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

  describe('while the account is locked', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('counts down to the second, with signing in off until the time is up', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const loginApi = answer(
        'post',
        '/api/auth/login',
        anErrorBody(429, 'Too many failed logins', { retryAfterSeconds: 65 }),
        429,
      );
      const view = renderApp('/login', { advanceTimers: vi.advanceTimersByTime });

      await signIn(view, 'ann@example.com', 'wrong');

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Too many attempts. Try again in 01:05.',
      );
      const submit = screen.getByRole('button', { name: 'Sign in' });
      expect(submit).toBeDisabled();

      act(() => {
        vi.advanceTimersByTime(5_000);
      });
      expect(screen.getByRole('timer')).toHaveTextContent('01:00');
      expect(submit).toBeDisabled();

      act(() => {
        vi.advanceTimersByTime(60_000);
      });
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(submit).toBeEnabled();
      await view.user.click(submit);
      expect(loginApi.requests).toHaveLength(2);
    });

    it('takes the time from the Retry-After header when the body does not say', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      server.use(
        http.post('/api/auth/login', () =>
          HttpResponse.json(anErrorBody(429, 'Too many requests'), {
            status: 429,
            headers: { 'Retry-After': '3600' },
          }),
        ),
      );
      const view = renderApp('/login', { advanceTimers: vi.advanceTimersByTime });

      await signIn(view, 'ann@example.com', 'wrong');

      expect(await screen.findByRole('timer')).toHaveTextContent('1:00:00');
      expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled();
    });

    it('says to try later when the shop does not say how long', async () => {
      answer('post', '/api/auth/login', anErrorBody(429, 'Locked'), 429);
      const view = renderApp('/login');

      await signIn(view, 'ann@example.com', 'wrong');

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Too many attempts. Try again later.',
      );
      expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    });
  });

  it('leads to registration and to the forgotten password', async () => {
    renderApp('/login');

    expect(await screen.findByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/register',
    );
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toHaveAttribute(
      'href',
      '/password/forgot',
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
    ['/logout', '/'],
    ['/register/confirm?email=a%40b.c', '/'],
    ['/password/reset?token=t', '/'],
    ['/account/sessions', '/account/sessions'],
  ])('%s leads to %s', (next, path) => {
    expect(safeNextPath(next)).toBe(path);
  });
});
