import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anAdminUser, anAdminUserDetail, anErrorBody, aPage } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

const ann = anAdminUser({ id: 7, fullName: 'Ann Example', email: 'ann@example.com' });
const bob = anAdminUser({ id: 12, fullName: 'Bob Builder', email: 'bob@example.com' });

function fields() {
  return {
    amount: screen.getByRole('textbox', { name: /Amount/ }),
    reason: screen.getByRole('textbox', { name: /Reason/ }),
    submit: screen.getByRole('button', { name: 'Adjust balance' }),
  };
}

async function open(path = '/admin/balance-adjustments', state?: unknown) {
  const search = answer('get', '/api/admin/users', ({ url }) =>
    aPage([ann, bob].filter((user) => user.fullName.includes(url.searchParams.get('q') ?? ''))),
  );
  const view = renderApp(path, { as: 'admin', state });
  await screen.findByRole('form', { name: 'Adjust a balance' });
  return { view, search };
}

async function pick(view: Awaited<ReturnType<typeof open>>['view'], typed: string, name: RegExp) {
  await view.user.type(screen.getByRole('searchbox', { name: 'Find the user' }), typed);
  await view.user.click(await screen.findByRole('button', { name }));
}

describe('the balance adjustment page', () => {
  it('needs a user, an amount other than 0 and a reason', async () => {
    const adjust = answer('post', '/api/admin/users/:id/balance-adjustments', {}, 201);
    const { view } = await open();

    const { amount, submit } = fields();
    await view.user.type(amount, '0');
    await view.user.click(submit);

    expect(await screen.findByText('Choose a user.')).toBeInTheDocument();
    expect(
      screen.getByText('Enter an amount other than 0, up to 1,000,000 either way.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Enter a reason.')).toBeInTheDocument();
    expect(adjust.requests).toHaveLength(0);
  });

  it('finds the user by what is typed and asks, naming them, before adjusting', async () => {
    const adjust = answer('post', '/api/admin/users/12/balance-adjustments', {}, 201);
    const { view, search } = await open();

    await pick(view, 'Bob', /Choose Bob Builder/);
    expect(search.last().url.searchParams.get('q')).toBe('Bob');
    expect(screen.getByRole('group', { name: 'Balance of' })).toHaveTextContent('bob@example.com');

    const { amount, reason, submit } = fields();
    await view.user.type(amount, '-7.50');
    await view.user.type(reason, 'Damaged parcel fee');
    await view.user.click(submit);

    const dialog = await screen.findByRole('dialog', { name: 'Adjust the balance' });
    expect(dialog).toHaveTextContent(
      'Take €7.50 from the balance of Bob Builder (bob@example.com)?',
    );
    expect(adjust.requests).toHaveLength(0);
    await view.user.click(within(dialog).getByRole('button', { name: 'Adjust' }));

    expect(
      await screen.findByText('Balance of Bob Builder adjusted by -€7.50.'),
    ).toBeInTheDocument();
    expect(adjust.last().body).toEqual({ amount: -7.5, reason: 'Damaged parcel fee' });
    expect(fields().amount).toHaveValue('');
  });

  it('changes nothing when the admin cancels the confirmation', async () => {
    const adjust = answer('post', '/api/admin/users/7/balance-adjustments', {}, 201);
    const { view } = await open();

    await pick(view, 'Ann', /Choose Ann Example/);
    const { amount, reason, submit } = fields();
    await view.user.type(amount, '5');
    await view.user.type(reason, 'Gift');
    await view.user.click(submit);
    const dialog = await screen.findByRole('dialog', { name: 'Adjust the balance' });
    expect(dialog).toHaveTextContent('Add €5.00 to the balance of Ann Example (ann@example.com)?');
    await view.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(adjust.requests).toHaveLength(0);
  });

  it('says when no user matches', async () => {
    const { view } = await open();
    await view.user.type(screen.getByRole('searchbox', { name: 'Find the user' }), 'Zed');
    expect(await screen.findByText('No user matches.')).toBeInTheDocument();
  });

  it('shows why the shop refused the amount beside it', async () => {
    answer(
      'post',
      '/api/admin/users/7/balance-adjustments',
      anErrorBody(400, 'Some fields are not valid. Please correct them.', {
        reason: 'INVALID_INPUT',
        errors: [
          {
            field: 'amount',
            message: 'must not take the balance below zero (the balance is 4.00 EUR)',
            rule: 'BALANCE_BELOW_ZERO',
            params: { balance: 4 },
          },
        ],
      }),
      400,
    );
    const { view } = await open();

    await pick(view, 'Ann', /Choose Ann Example/);
    const { amount, reason, submit } = fields();
    await view.user.type(amount, '-100');
    await view.user.type(reason, 'Correction');
    await view.user.click(submit);
    await view.user.click(await screen.findByRole('button', { name: 'Adjust' }));

    expect(
      await screen.findByText('must not take the balance below zero (the balance is €4.00)'),
    ).toBeInTheDocument();
    expect(fields().amount).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a failure of the shop above the form', async () => {
    answer('post', '/api/admin/users/7/balance-adjustments', anErrorBody(503, 'Down'), 503);
    const { view } = await open();

    await pick(view, 'Ann', /Choose Ann Example/);
    const { amount, reason, submit } = fields();
    await view.user.type(amount, '5');
    await view.user.type(reason, 'Gift');
    await view.user.click(submit);
    await view.user.click(await screen.findByRole('button', { name: 'Adjust' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Down');
  });
});

describe('the balance adjustment page opened for a customer', () => {
  it('starts with the handed-over customer picked', async () => {
    const adjust = answer('post', '/api/admin/users/7/balance-adjustments', {}, 201);
    const { view } = await open('/admin/balance-adjustments?user=7', {
      customer: { id: 7, fullName: 'Ann Example', email: 'ann@example.com' },
    });

    expect(screen.getByRole('group', { name: 'Balance of' })).toHaveTextContent('Ann Example');
    const { amount, reason, submit } = fields();
    await view.user.type(amount, '10');
    await view.user.type(reason, 'Late delivery');
    await view.user.click(submit);
    await view.user.click(await screen.findByRole('button', { name: 'Adjust' }));

    expect(
      await screen.findByText('Balance of Ann Example adjusted by €10.00.'),
    ).toBeInTheDocument();
    expect(adjust.last().body).toEqual({ amount: 10, reason: 'Late delivery' });
  });

  it('names a user given only by id in the address as the shop knows them', async () => {
    answer('get', '/api/admin/users/12', anAdminUserDetail({ ...bob }));
    await open('/admin/balance-adjustments?user=12', {
      customer: { id: 7, fullName: 'Ann Example', email: 'ann@example.com' },
    });

    expect(await screen.findByRole('group', { name: 'Balance of' })).toHaveTextContent(
      'Bob Builder',
    );
    expect(screen.queryByText(/Ann Example/)).not.toBeInTheDocument();
  });

  it('lets the admin choose another user', async () => {
    const { view } = await open('/admin/balance-adjustments?user=7', {
      customer: { id: 7, fullName: 'Ann Example', email: 'ann@example.com' },
    });
    await view.user.click(screen.getByRole('button', { name: 'Choose another user' }));
    await pick(view, 'Bob', /Choose Bob Builder/);
    expect(screen.getByRole('group', { name: 'Balance of' })).toHaveTextContent('Bob Builder');
  });
});
