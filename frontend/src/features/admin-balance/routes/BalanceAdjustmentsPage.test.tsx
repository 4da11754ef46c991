import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

const ann = { id: 7, fullName: 'Ann Example', email: 'ann@example.com' };

function fields() {
  return {
    user: screen.getByRole('textbox', { name: /User id/ }),
    amount: screen.getByRole('textbox', { name: /Amount/ }),
    reason: screen.getByRole('textbox', { name: /Reason/ }),
    submit: screen.getByRole('button', { name: 'Adjust balance' }),
  };
}

describe('the balance adjustment page', () => {
  it('needs a user id, an amount other than 0 and a reason', async () => {
    const adjust = answer('post', '/api/admin/users/:id/balance-adjustments', {}, 201);
    const view = renderApp('/admin/balance-adjustments', { as: 'admin' });

    await screen.findByRole('form', { name: 'Adjust a balance' });
    const { amount, submit } = fields();
    await view.user.type(amount, '0');
    await view.user.click(submit);

    expect(await screen.findByText('Enter a user id.')).toBeInTheDocument();
    expect(
      screen.getByText('Enter an amount other than 0, up to 1,000,000 either way.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Enter a reason.')).toBeInTheDocument();
    expect(adjust.requests).toHaveLength(0);
  });

  it.each(['ann@example.com', '0', '-3', '4.5', '12abc', '99999999999999999999'])(
    'takes only a whole number above 0 as the user id, not “%s”',
    async (typed) => {
      const adjust = answer('post', '/api/admin/users/:id/balance-adjustments', {}, 201);
      const view = renderApp('/admin/balance-adjustments', { as: 'admin' });

      await screen.findByRole('form', { name: 'Adjust a balance' });
      const { user, amount, reason, submit } = fields();
      await view.user.type(user, typed);
      await view.user.type(amount, '5');
      await view.user.type(reason, 'Gift');
      await view.user.click(submit);

      expect(
        await screen.findByText('Enter a user id: a whole number above 0.'),
      ).toBeInTheDocument();
      expect(user).toHaveAttribute('aria-invalid', 'true');
      expect(adjust.requests).toHaveLength(0);
    },
  );

  it('adjusts the balance of the user with the id', async () => {
    const adjust = answer('post', '/api/admin/users/12/balance-adjustments', {}, 201);
    const view = renderApp('/admin/balance-adjustments', { as: 'admin' });

    await screen.findByRole('form', { name: 'Adjust a balance' });
    const { user, amount, reason, submit } = fields();
    await view.user.type(user, ' 12 ');
    await view.user.type(amount, '-7.50');
    await view.user.type(reason, 'Damaged parcel fee');
    await view.user.click(submit);

    expect(await screen.findByText('Balance adjusted by -€7.50.')).toBeInTheDocument();
    expect(adjust.last().body).toEqual({ amount: -7.5, reason: 'Damaged parcel fee' });
    // Ready for the next adjustment of the same user.
    expect(user).toHaveValue('12');
    expect(amount).toHaveValue('');
  });

  it('says beside the id when no user has it', async () => {
    answer(
      'post',
      '/api/admin/users/999/balance-adjustments',
      anErrorBody(404, 'User 999 was not found'),
      404,
    );
    const view = renderApp('/admin/balance-adjustments', { as: 'admin' });

    await screen.findByRole('form', { name: 'Adjust a balance' });
    const { user, amount, reason, submit } = fields();
    await view.user.type(user, '999');
    await view.user.type(amount, '5');
    await view.user.type(reason, 'Gift');
    await view.user.click(submit);

    expect(await screen.findByText('User 999 was not found')).toBeInTheDocument();
    expect(user).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows why the shop refused the amount beside it', async () => {
    answer(
      'post',
      '/api/admin/users/15/balance-adjustments',
      anErrorBody(400, 'Some fields are not valid. Please correct them.', {
        errors: [
          {
            field: 'amount',
            message: 'must not take the balance below zero (the balance is 4.00 EUR)',
          },
        ],
      }),
      400,
    );
    const view = renderApp('/admin/balance-adjustments', { as: 'admin' });

    await screen.findByRole('form', { name: 'Adjust a balance' });
    const { user, amount, reason, submit } = fields();
    await view.user.type(user, '15');
    await view.user.type(amount, '-100');
    await view.user.type(reason, 'Correction');
    await view.user.click(submit);

    expect(
      await screen.findByText('must not take the balance below zero (the balance is 4.00 EUR)'),
    ).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a failure of the shop above the form', async () => {
    answer('post', '/api/admin/users/15/balance-adjustments', anErrorBody(503, 'Down'), 503);
    const view = renderApp('/admin/balance-adjustments', { as: 'admin' });

    await screen.findByRole('form', { name: 'Adjust a balance' });
    const { user, amount, reason, submit } = fields();
    await view.user.type(user, '15');
    await view.user.type(amount, '5');
    await view.user.type(reason, 'Gift');
    await view.user.click(submit);

    expect(await screen.findByRole('alert')).toHaveTextContent('Down');
  });
});

describe('the balance adjustment page opened for a customer', () => {
  it('has the id filled in and names the customer while the id is theirs', async () => {
    const adjust = answer('post', '/api/admin/users/7/balance-adjustments', {}, 201);
    const view = renderApp('/admin/balance-adjustments?user=7', {
      as: 'admin',
      state: { customer: ann },
    });

    await screen.findByRole('form', { name: 'Adjust a balance' });
    const { user, amount, reason, submit } = fields();
    expect(user).toHaveValue('7');
    expect(screen.getByText('Ann Example (ann@example.com)')).toBeInTheDocument();

    await view.user.type(user, '1');
    expect(screen.queryByText('Ann Example (ann@example.com)')).not.toBeInTheDocument();
    await view.user.type(user, '{Backspace}');
    expect(screen.getByText('Ann Example (ann@example.com)')).toBeInTheDocument();

    await view.user.type(amount, '10');
    await view.user.type(reason, 'Late delivery');
    await view.user.click(submit);
    expect(await screen.findByText('Balance adjusted by €10.00.')).toBeInTheDocument();
    expect(adjust.last().body).toEqual({ amount: 10, reason: 'Late delivery' });
  });

  it('fills in the id from the address alone, naming no one it was not told about', async () => {
    renderApp('/admin/balance-adjustments?user=8', { as: 'admin', state: { customer: ann } });

    await screen.findByRole('form', { name: 'Adjust a balance' });
    expect(fields().user).toHaveValue('8');
    expect(screen.queryByText(/Ann Example/)).not.toBeInTheDocument();
  });
});
