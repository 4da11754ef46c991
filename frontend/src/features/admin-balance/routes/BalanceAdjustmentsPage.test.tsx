import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aPage, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

describe('the balance adjustment page', () => {
  it('needs a user, an amount other than 0 and a reason', async () => {
    const adjust = answer('post', '/api/admin/users/:id/balance-adjustments', {}, 201);
    const view = renderApp('/admin/balance-adjustments', { as: 'admin' });

    await view.user.type(await screen.findByRole('textbox', { name: /Amount/ }), '0');
    await view.user.click(screen.getByRole('button', { name: 'Adjust balance' }));

    expect(await screen.findByText('Enter a user id or email.')).toBeInTheDocument();
    expect(
      screen.getByText('Enter an amount other than 0, up to 1,000,000 either way.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Enter a reason.')).toBeInTheDocument();
    expect(adjust.requests).toHaveLength(0);
  });

  it('adjusts the balance of a user given by id', async () => {
    const adjust = answer('post', '/api/admin/users/12/balance-adjustments', {}, 201);
    const view = renderApp('/admin/balance-adjustments', { as: 'admin' });

    await view.user.type(await screen.findByRole('textbox', { name: /User id or email/ }), '12');
    await view.user.type(screen.getByRole('textbox', { name: /Amount/ }), '-7.50');
    await view.user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Damaged parcel fee');
    await view.user.click(screen.getByRole('button', { name: 'Adjust balance' }));

    expect(await screen.findByText('Balance adjusted by -€7.50.')).toBeInTheDocument();
    expect(adjust.last().body).toEqual({ amount: -7.5, reason: 'Damaged parcel fee' });
  });

  it('finds the user by email, and shows a refusal beside the amount', async () => {
    const users = answer(
      'get',
      '/api/admin/users',
      aPage([{ id: 15, email: 'bob@example.com', fullName: 'Bob' }]),
    );
    const adjust = answer(
      'post',
      '/api/admin/users/15/balance-adjustments',
      anErrorBody(400, 'The balance would go below zero'),
      400,
    );
    const view = renderApp('/admin/balance-adjustments', { as: 'admin' });

    await view.user.type(
      await screen.findByRole('textbox', { name: /User id or email/ }),
      'Bob@example.com',
    );
    await view.user.type(screen.getByRole('textbox', { name: /Amount/ }), '-100');
    await view.user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Correction');
    await view.user.click(screen.getByRole('button', { name: 'Adjust balance' }));

    expect(await screen.findByText('The balance would go below zero')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Amount/ })).toHaveAttribute('aria-invalid', 'true');
    expect(users.last().url.searchParams.get('q')).toBe('Bob@example.com');
    expect(adjust.requests).toHaveLength(1);
  });

  it('says so when no user has the email', async () => {
    answer('get', '/api/admin/users', aPage([]));
    const view = renderApp('/admin/balance-adjustments', { as: 'admin' });

    await view.user.type(
      await screen.findByRole('textbox', { name: /User id or email/ }),
      'nobody@example.com',
    );
    await view.user.type(screen.getByRole('textbox', { name: /Amount/ }), '5');
    await view.user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Gift');
    await view.user.click(screen.getByRole('button', { name: 'Adjust balance' }));

    expect(await screen.findByText('No user has this email.')).toBeInTheDocument();
  });
});
