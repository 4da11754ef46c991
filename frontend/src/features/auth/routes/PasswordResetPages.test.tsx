import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

const SENT =
  'If an account exists for this email, we have sent a link to reset the password. It is valid for 15 minutes.';

describe('the forgotten password page', () => {
  it.each([
    ['known', 'ann@example.com'],
    ['unknown', 'nobody@example.com'],
  ])('says the same for the %s email', async (_, email) => {
    const forgotApi = answer('post', '/api/auth/password/forgot', null, 202);
    const view = renderApp('/password/forgot');

    await view.user.type(await screen.findByRole('textbox', { name: 'Email' }), ` ${email} `);
    await view.user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(SENT);
    expect(forgotApi.last().body).toEqual({ email });
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute('href', '/login');
  });

  it('asks for a well-formed email first', async () => {
    const forgotApi = answer('post', '/api/auth/password/forgot', null, 202);
    const view = renderApp('/password/forgot');

    await view.user.type(await screen.findByRole('textbox', { name: 'Email' }), 'ann');
    await view.user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'Enter an email such as ann@example.com.',
    );
    expect(forgotApi.requests).toHaveLength(0);
  });
});

describe('the password reset page', () => {
  async function setPassword(view: ReturnType<typeof renderApp>, password: string) {
    await view.user.type(await screen.findByLabelText('New password'), password);
    await view.user.type(screen.getByLabelText('Repeat the new password'), password);
    await view.user.click(screen.getByRole('button', { name: 'Set the new password' }));
  }

  it('sets the new password with the token of the link, then asks to sign in', async () => {
    const resetApi = answer('post', '/api/auth/password/reset', null, 204);
    const view = renderApp('/password/reset?token=abc123');

    await setPassword(view, 'New$ecret9');

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your password was reset. Please sign in.',
    );
    expect(resetApi.last().body).toEqual({
      token: 'abc123',
      newPassword: 'New$ecret9',
      newPasswordConfirmation: 'New$ecret9',
    });
    await view.user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' }));
    // The address changes once the sign-in page's code is here.
    await waitFor(() => {
      expect(view.location()).toBe('/login');
    });
    expect(localStorage.getItem('turgus.session')).toBeNull();
  });

  it('shows the shop’s words for an expired link, and offers a new one', async () => {
    answer(
      'post',
      '/api/auth/password/reset',
      anErrorBody(400, 'This link has expired. Ask for a new one.'),
      400,
    );
    const view = renderApp('/password/reset?token=old');

    await setPassword(view, 'New$ecret9');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link has expired. Ask for a new one.',
    );
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/password/forgot',
    );
  });

  it('shows a password the shop refuses beside the password', async () => {
    answer(
      'post',
      '/api/auth/password/reset',
      anErrorBody(400, 'Some fields are not valid. Please correct them.', {
        errors: [
          {
            field: 'newPassword',
            message: 'is one of the most common leaked passwords; choose another one',
            rule: 'PASSWORD_RULE',
            params: { id: 'not-common' },
          },
        ],
      }),
      400,
    );
    const view = renderApp('/password/reset?token=abc123');

    await setPassword(view, 'Password1!');

    expect(await screen.findByText('is one of the most common leaked passwords')).toBeVisible();
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      'is one of the most common leaked passwords',
    );
    expect(screen.queryByRole('link', { name: 'Ask for a new link' })).not.toBeInTheDocument();
  });

  it('checks the new password against the rules before sending', async () => {
    const resetApi = answer('post', '/api/auth/password/reset', null, 204);
    const view = renderApp('/password/reset?token=abc123');

    await setPassword(view, 'short');

    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      'The password does not meet every rule below.',
    );
    expect(
      within(screen.getByRole('list', { name: 'Password rules' })).getByText(
        'At least 8 characters',
      ),
    ).toBeInTheDocument();
    expect(resetApi.requests).toHaveLength(0);
  });

  it('explains a link without its token', async () => {
    renderApp('/password/reset');
    expect(await screen.findByRole('link', { name: 'Ask for a new link' })).toBeInTheDocument();
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  });
});
