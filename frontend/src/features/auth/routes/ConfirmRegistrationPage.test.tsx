import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aUser, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

const PAGE = '/register/confirm?email=ann%40example.com';

async function enterCode(view: ReturnType<typeof renderApp>, code: string) {
  await view.user.click(await screen.findByRole('textbox', { name: 'Digit 1 of 6' }));
  await view.user.keyboard(code);
  await view.user.click(screen.getByRole('button', { name: 'Confirm' }));
}

describe('the confirmation page', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('creates the account with the mailed code and offers to sign in', async () => {
    const confirmApi = answer('post', '/api/auth/register/confirm', aUser(), 201);
    const view = renderApp(PAGE);

    expect(await screen.findByRole('group', { name: 'Confirmation code' })).toBeInTheDocument();
    await enterCode(view, '042917');

    expect(
      await screen.findByRole('heading', { name: 'Your account is ready' }),
    ).toBeInTheDocument();
    expect(confirmApi.last().body).toEqual({ email: 'ann@example.com', code: '042917' });
    const signIn = within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' });
    await view.user.click(signIn);
    // The address changes once the sign-in page's code is here.
    await waitFor(() => {
      expect(view.location()).toBe('/login');
    });
  });

  it('says the code is wrong and how many tries are left, and lets the person try again', async () => {
    answer(
      'post',
      '/api/auth/register/confirm',
      anErrorBody(400, 'Some fields are not valid. Please correct them.', {
        reason: 'INVALID_INPUT',
        errors: [
          {
            field: 'code',
            message: 'is wrong; 4 tries left',
            rule: 'CODE_WRONG',
            params: { attemptsLeft: 4 },
          },
        ],
      }),
      400,
    );
    const view = renderApp(PAGE);

    await enterCode(view, '111111');

    expect(await screen.findByRole('alert')).toHaveTextContent('The code is wrong; tries left: 4.');
    expect(screen.getByRole('textbox', { name: 'Digit 1 of 6' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Digit 1 of 6' })).toHaveFocus();
    expect(view.location()).toBe(PAGE);
  });

  it('says the phone belongs to another account when the shop finds so at confirmation (409)', async () => {
    answer(
      'post',
      '/api/auth/register/confirm',
      anErrorBody(409, 'An account with this phone number already exists', {
        reason: 'PHONE_TAKEN',
        errors: [
          {
            field: 'phone',
            message: 'An account with this phone number already exists',
            rule: 'TAKEN',
          },
        ],
      }),
      409,
    );
    const view = renderApp(PAGE);

    await enterCode(view, '042917');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This phone number belongs to another account. Register again with another number, or sign in to that account.',
    );
    expect(screen.getByRole('link', { name: 'Register again' })).toHaveAttribute(
      'href',
      '/register',
    );
  });

  it('does not say whether the address had an account: the code or a notice went to it', () => {
    renderApp(PAGE);

    expect(
      screen.getByText(
        'If ann@example.com is new to Turgus, we have sent a 6-digit code to it. If it already has an account, we have sent a note on how to sign in instead.',
      ),
    ).toBeInTheDocument();
  });

  it('asks for all 6 digits before sending', async () => {
    const confirmApi = answer('post', '/api/auth/register/confirm', aUser(), 201);
    const view = renderApp(PAGE);

    await enterCode(view, '123');

    expect(await screen.findByText('Enter all 6 digits of the code.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Digit 1 of 6' })).toHaveAccessibleDescription(
      'Enter all 6 digits of the code.',
    );
    expect(confirmApi.requests).toHaveLength(0);
  });

  it('counts down to when the code expires, as the registration said', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const expiresAt = new Date(Date.now() + 90_000).toISOString();
    renderApp(PAGE, { state: { expiresAt }, advanceTimers: vi.advanceTimersByTime });

    expect(await screen.findByText(/The code is valid for/)).toHaveTextContent(
      'The code is valid for 01:30.',
    );
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('01:00');
    act(() => {
      vi.advanceTimersByTime(61_000);
    });
    expect(
      screen.getByText('The code has expired. Register again to get a new one.'),
    ).toBeInTheDocument();
  });

  it('says the code is valid for 15 minutes when it does not know since when', async () => {
    renderApp(PAGE);
    expect(await screen.findByText('The code is valid for 15 minutes.')).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('sends a person without an email back to the registration form', async () => {
    renderApp('/register/confirm');
    expect(await screen.findByRole('link', { name: 'Register again' })).toHaveAttribute(
      'href',
      '/register',
    );
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
  });
});
