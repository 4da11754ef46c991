import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aUser, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

async function changePassword(
  view: ReturnType<typeof renderApp>,
  {
    old = 'Old$ecret1',
    next = 'New$ecret2',
    repeated = next,
  }: { old?: string; next?: string; repeated?: string } = {},
) {
  const current = await screen.findByLabelText('Current password');
  if (old) await view.user.type(current, old);
  await view.user.type(screen.getByLabelText('New password'), next);
  await view.user.type(screen.getByLabelText('Repeat the new password'), repeated);
  await view.user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('the password change', () => {
  it('changes the password and says "Congrats. Your password was changed."', async () => {
    const changeApi = answer('post', '/api/me/password', null, 204);
    const view = renderApp('/account/password', { as: 'customer' });

    await changePassword(view);

    expect(
      await screen.findByRole('heading', { name: 'Congrats. Your password was changed.' }),
    ).toBeInTheDocument();
    expect(view.location()).toBe('/account/password/done');
    expect(changeApi.last().body).toEqual({
      oldPassword: 'Old$ecret1',
      newPassword: 'New$ecret2',
      newPasswordConfirmation: 'New$ecret2',
    });
    expect(localStorage.getItem('turgus.session')).not.toBeNull();

    answer('get', '/api/me', aUser());
    const back = screen.getByRole('link', { name: 'Back to profile' });
    expect(back).toHaveAttribute('href', '/account/profile');
    await view.user.click(back);
    expect(await screen.findByRole('heading', { name: 'Profile' })).toBeInTheDocument();
  });

  it('shows a wrong current password beside it', async () => {
    answer(
      'post',
      '/api/me/password',
      anErrorBody(400, 'Some fields are not valid. Please correct them.', {
        errors: [
          {
            field: 'oldPassword',
            message: 'does not match your current password',
            rule: 'PASSWORD_MISMATCH',
          },
        ],
      }),
      400,
    );
    const view = renderApp('/account/password', { as: 'customer' });

    await changePassword(view, { old: 'Wrong$one1' });

    expect(await screen.findByText('does not match your current password')).toBeVisible();
    expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription(
      'does not match your current password',
    );
    expect(view.location()).toBe('/account/password');
  });

  it('shows a refusal without field errors above the form', async () => {
    answer('post', '/api/me/password', anErrorBody(400, 'The old password is wrong'), 400);
    const view = renderApp('/account/password', { as: 'customer' });

    await changePassword(view);

    expect(await screen.findByRole('alert')).toHaveTextContent('The old password is wrong');
  });

  it('checks the new password and its repetition before sending', async () => {
    const changeApi = answer('post', '/api/me/password', null, 204);
    const view = renderApp('/account/password', { as: 'customer' });

    await changePassword(view, { old: '', next: 'Пароль$Secret1', repeated: 'other' });

    expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription(
      'Enter your current password.',
    );
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      'The password does not meet every rule below.',
    );
    expect(screen.getByLabelText('Repeat the new password')).toHaveAccessibleDescription(
      'The passwords do not match.',
    );
    expect(screen.getByRole('list', { name: 'Password rules' })).toHaveTextContent(
      'Only Latin letters, digits, punctuation and spaces: not yet',
    );
    expect(changeApi.requests).toHaveLength(0);
  });
});
