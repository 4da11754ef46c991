import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

const pending = { email: 'ann@example.com', expiresAt: '2099-01-01T10:15:00Z' };

function rule(name: string): HTMLElement {
  const list = screen.getByRole('list', { name: 'Password rules' });
  const item = within(list)
    .getAllByRole('listitem')
    .find((li) => li.textContent.startsWith(name));
  if (!item) throw new Error(`No password rule "${name}"`);
  return item;
}

async function fillIn(
  view: ReturnType<typeof renderApp>,
  values: Partial<Record<'fullName' | 'email' | 'phone' | 'password' | 'repeated', string>> = {},
) {
  const {
    fullName = 'Ann Example',
    email = 'Ann@Example.com ',
    phone = '+7 (912) 345-67-89',
    password = 'Secret$pass1',
    repeated = password,
  } = values;
  await view.user.type(screen.getByRole('textbox', { name: 'Full name' }), fullName);
  await view.user.type(screen.getByRole('textbox', { name: 'Email' }), email);
  await view.user.type(screen.getByRole('textbox', { name: 'Phone' }), phone);
  await view.user.type(screen.getByLabelText('Password'), password);
  await view.user.type(screen.getByLabelText('Repeat the password'), repeated);
}

async function submit(view: ReturnType<typeof renderApp>) {
  await view.user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('the registration page', () => {
  it('ticks off each password rule as the password is typed', async () => {
    const view = renderApp('/register');
    const password = await screen.findByLabelText('Password');

    await view.user.type(password, 'secret');
    expect(rule('At least 8 characters')).toHaveTextContent('At least 8 characters: not yet');
    expect(rule('At least one upper-case letter')).toHaveTextContent(': not yet');
    expect(rule('At least one of $ % & ! :')).toHaveTextContent(': not yet');
    expect(rule('Only Latin letters')).toHaveTextContent(': done');
    expect(rule('At most 128 characters')).toHaveTextContent(': done');

    await view.user.type(password, 'pass');
    expect(rule('At least 8 characters')).toHaveTextContent(': done');
    await view.user.type(password, 'S');
    expect(rule('At least one upper-case letter')).toHaveTextContent(': done');
    await view.user.type(password, '!');
    expect(rule('At least one of $ % & ! :')).toHaveTextContent(': done');

    await view.user.type(password, 'Ж');
    expect(rule('Only Latin letters')).toHaveTextContent(': not yet');
    await view.user.type(password, '{Backspace}');
    expect(rule('Only Latin letters')).toHaveTextContent(': done');

    await view.user.clear(password);
    await view.user.click(password);
    await view.user.paste(`Secret$${'a'.repeat(122)}`);
    expect(password).toHaveValue(`Secret$${'a'.repeat(122)}`);
    expect(rule('At most 128 characters')).toHaveTextContent(': not yet');
    await view.user.type(password, '{Backspace}');
    expect(rule('At most 128 characters')).toHaveTextContent(': done');

    // Only the shop knows the commonly used passwords.
    expect(rule('Not a commonly used password')).toHaveTextContent(
      'checked by the shop when you send the form',
    );
  });

  it('sends the registration and goes on to enter the code', async () => {
    const registerApi = answer('post', '/api/auth/register', pending, 202);
    const view = renderApp('/register');

    await fillIn(view);
    await submit(view);

    expect(await screen.findByRole('heading', { name: 'Confirm your email' })).toBeInTheDocument();
    expect(view.location()).toBe('/register/confirm?email=ann%40example.com');
    expect(
      screen.getByText(
        /^If ann@example\.com is new to Turgus, we have sent a 6-digit code to it\./,
      ),
    ).toBeInTheDocument();
    expect(registerApi.last().body).toEqual({
      fullName: 'Ann Example',
      email: 'ann@example.com',
      phone: '+7 (912) 345-67-89',
      password: 'Secret$pass1',
      passwordConfirmation: 'Secret$pass1',
    });
    expect(registerApi.last().headers.get('Authorization')).toBeNull();
    expect(screen.getByRole('timer')).toBeInTheDocument();
  });

  it('checks every field before sending anything', async () => {
    const registerApi = answer('post', '/api/auth/register', pending, 202);
    const view = renderApp('/register');

    await fillIn(view, { phone: '9 912 345 67 89', password: 'secret', repeated: 'other' });
    await view.user.clear(screen.getByRole('textbox', { name: 'Full name' }));
    await submit(view);

    // The form checks its fields asynchronously: the messages come together once it has.
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveAccessibleDescription(
        'Enter your full name.',
      );
    });
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter +7 or 8 and 10 digits') as string,
    );
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'The password does not meet every rule below.',
    );
    expect(screen.getByLabelText('Repeat the password')).toHaveAccessibleDescription(
      'The passwords do not match.',
    );
    expect(registerApi.requests).toHaveLength(0);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the shop’s field errors beside their fields, under "Invalid credentials. Try again"', async () => {
    answer(
      'post',
      '/api/auth/register',
      anErrorBody(400, 'Some fields are not valid. Please correct them.', {
        errors: [
          {
            field: 'password',
            message: 'is one of the most common leaked passwords; choose another one',
            rule: 'PASSWORD_RULE',
            params: { id: 'not-common' },
          },
          {
            field: 'fullName',
            message: 'must be at most 200 characters',
            rule: 'TOO_LONG',
            params: { max: 200 },
          },
        ],
      }),
      400,
    );
    const view = renderApp('/register');

    await fillIn(view, { password: 'Password1!' });
    await submit(view);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Invalid credentials. Try again');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'is one of the most common leaked passwords',
    );
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveAccessibleDescription(
      'must be at most 200 characters',
    );
    expect(view.location()).toBe('/register');
  });

  it('reports a failure to reach the shop in plain words', async () => {
    answer('post', '/api/auth/register', anErrorBody(500, 'Boom', { errorId: 'e-1' }), 500);
    const view = renderApp('/register');

    await fillIn(view);
    await submit(view);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Boom');
    expect(alert).toHaveTextContent('Error id: e-1');
    expect(alert).not.toHaveTextContent('Invalid credentials');
  });
});
