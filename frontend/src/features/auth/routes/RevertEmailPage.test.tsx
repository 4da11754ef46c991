import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

const CONFIRM = 'Undo the email change and sign out every device';
const DONE = 'Your email is back. Every device was signed out. To be safe, choose a new password.';
const INVALID = 'This link is invalid, used or expired.';

describe('the page that undoes an email change', () => {
  it('asks for a click first, then undoes the change with the token of the link', async () => {
    const revertApi = answer('post', '/api/auth/email/revert', null, 204);
    const view = renderApp('/account/email/revert?token=abc123');

    const confirm = await screen.findByRole('button', { name: CONFIRM });
    expect(revertApi.requests).toHaveLength(0);
    await view.user.click(confirm);

    expect(await screen.findByRole('status')).toHaveTextContent(DONE);
    expect(revertApi.last().body).toEqual({ token: 'abc123' });
    expect(revertApi.last().headers.get('Authorization')).toBeNull();
    const main = within(screen.getByRole('main'));
    expect(main.getByRole('link', { name: 'Choose a new password' })).toHaveAttribute(
      'href',
      '/password/forgot',
    );
    await view.user.click(main.getByRole('link', { name: 'Sign in' }));
    // The address changes once the sign-in page's code is here.
    await waitFor(() => {
      expect(view.location()).toBe('/login');
    });
  });

  it('forgets the session of this device, which the shop ended with every other one', async () => {
    answer('post', '/api/auth/email/revert', null, 204);
    const view = renderApp('/account/email/revert?token=abc123', { as: 'customer' });
    expect(localStorage.getItem('turgus.session')).not.toBeNull();

    await view.user.click(await screen.findByRole('button', { name: CONFIRM }));

    expect(await screen.findByRole('status')).toHaveTextContent(DONE);
    expect(localStorage.getItem('turgus.session')).toBeNull();
  });

  it.each([
    [400, INVALID, 'token', 'INVALID_INPUT', 'UNDO_LINK_INVALID'],
    [
      409,
      'Another account has your previous email by now, so it cannot be restored. Please contact us.',
      'email',
      'PREVIOUS_EMAIL_TAKEN',
      'TAKEN',
    ],
  ])('shows the shop’s words when it answers %i', async (status, message, field, reason, rule) => {
    answer(
      'post',
      '/api/auth/email/revert',
      anErrorBody(status, message, { reason, errors: [{ field, message, rule }] }),
      status,
    );
    const view = renderApp('/account/email/revert?token=old', { as: 'customer' });

    await view.user.click(await screen.findByRole('button', { name: CONFIRM }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('alert')).not.toHaveTextContent(`${field}:`);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(localStorage.getItem('turgus.session')).not.toBeNull();
  });

  it('explains a link without its token, and sends nothing', async () => {
    const revertApi = answer('post', '/api/auth/email/revert', null, 204);
    renderApp('/account/email/revert');

    expect(
      await screen.findByText('This link is incomplete. Open the link from the email again.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: CONFIRM })).not.toBeInTheDocument();
    expect(revertApi.requests).toHaveLength(0);
  });
});
