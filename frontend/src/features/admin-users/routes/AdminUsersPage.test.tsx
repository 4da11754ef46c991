import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anAdminUser, anAdminUserDetail, anErrorBody, anEvent, aPage } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { getSession } from '@/lib/auth/session';
import { renderApp } from '@/testing/render';

const ann = anAdminUser({ id: 7, fullName: 'Ann Example', email: 'ann@example.com' });
const bob = anAdminUser({
  id: 8,
  fullName: 'Bob Builder',
  email: 'bob@example.com',
  status: 'BLOCKED',
  blockedUntil: null,
  blockReason: 'Chargebacks',
  blockCategory: 'OTHER',
});
const root = anAdminUser({
  id: 1,
  fullName: 'Root Admin',
  email: 'admin@turgus.test',
  roles: ['ADMIN', 'CUSTOMER'],
});

function rowOf(name: string): HTMLElement {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`No row of ${name}`);
  return row;
}

async function openUsers(path = '/admin/users', users = [ann, bob, root]) {
  const list = answer('get', '/api/admin/users', aPage(users));
  const view = renderApp(path, { as: 'admin' });
  await screen.findByRole('heading', { name: 'Users', level: 1 });
  await screen.findByText(users[0]?.fullName ?? '');
  return { view, list };
}

describe('the users page', () => {
  it('lists users with their status, balance and last login', async () => {
    await openUsers();

    const row = rowOf('Bob Builder');
    expect(within(row).getByText('Blocked')).toBeInTheDocument();
    expect(within(row).getByText('€25.00')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Users', selected: true })).toBeInTheDocument();
  });

  it('asks the shop again when the search, filters, sort or page change', async () => {
    const { view, list } = await openUsers('/admin/users', [ann]);
    list.requests.length = 0;

    await view.user.type(screen.getByRole('searchbox', { name: /Search by name/ }), 'ann');
    await waitFor(() => {
      expect(list.last().url.searchParams.get('q')).toBe('ann');
    });
    await view.user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'LOCKED');
    await view.user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'ADMIN');
    await view.user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), '-totalSpent');

    await waitFor(() => {
      expect(list.last().url.searchParams.get('sort')).toBe('-totalSpent');
    });
    const query = list.last().url.searchParams;
    expect(query.get('q')).toBe('ann');
    expect(query.get('status')).toBe('LOCKED');
    expect(query.get('role')).toBe('ADMIN');
    expect(query.get('page')).toBe('0');
    expect(view.location()).toBe('/admin/users?q=ann&status=LOCKED&role=ADMIN&sort=-totalSpent');
  });

  it('pages through the users', async () => {
    const list = answer('get', '/api/admin/users', ({ url }) =>
      aPage([ann], Number(url.searchParams.get('page')), 20, 45),
    );
    const view = renderApp('/admin/users?role=CUSTOMER', { as: 'admin' });
    await screen.findByText('Ann Example');

    await view.user.click(screen.getByLabelText('Page 2'));
    await waitFor(() => {
      expect(list.last().url.searchParams.get('page')).toBe('1');
    });
    expect(list.last().url.searchParams.get('size')).toBe('20');
    expect(list.last().url.searchParams.get('role')).toBe('CUSTOMER');
    expect(view.location()).toBe('/admin/users?role=CUSTOMER&page=2');
  });

  it('shows a failure to load in plain words', async () => {
    answer('get', '/api/admin/users', anErrorBody(500, 'Boom', { errorId: 'e-42' }), 500);
    renderApp('/admin/users', { as: 'admin' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Boom');
    expect(alert).toHaveTextContent('Error id: e-42');
  });
});

describe('bulk actions', () => {
  it('says how many users and what happens, then the outcome of each id', async () => {
    const bulk = answer('post', '/api/admin/users/bulk', {
      succeeded: [7],
      failed: [
        {
          id: 1,
          reason: 'CANNOT_CHANGE_OWN_ACCOUNT',
          message: 'You cannot change your own account',
        },
        { id: 8, reason: 'NOT_FOUND', message: 'User 8 was not found' },
      ],
    });
    const { view } = await openUsers();

    await view.user.click(screen.getByLabelText('Select Ann Example'));
    await view.user.click(screen.getByLabelText('Select Bob Builder'));
    await view.user.click(screen.getByLabelText('Select Root Admin'));
    const bar = screen.getByRole('region', { name: 'Selected users' });
    expect(bar).toHaveTextContent('Users selected: 3');
    await view.user.click(within(bar).getByRole('button', { name: 'Block' }));

    const dialog = await screen.findByRole('dialog', { name: 'Block users (3)' });
    expect(dialog).toHaveTextContent(
      'Block the selected users (3)? They are signed out at once and cannot sign in until the block ends.',
    );
    await view.user.click(within(dialog).getByRole('button', { name: 'Block 3' }));
    expect(await within(dialog).findByText('Enter a reason.')).toBeInTheDocument();
    expect(bulk.requests).toHaveLength(0);

    await view.user.type(
      within(dialog).getByRole('textbox', { name: /Reason \(for admins\)/ }),
      'Spam wave',
    );
    await view.user.selectOptions(
      within(dialog).getByRole('combobox', { name: /What the user is told/ }),
      'SPAM',
    );
    await view.user.click(within(dialog).getByRole('button', { name: 'Block 3' }));

    expect(await within(dialog).findByText('Done: 1')).toBeInTheDocument();
    expect(bulk.last().body).toEqual({
      action: 'block',
      ids: [7, 8, 1],
      reason: 'Spam wave',
      category: 'SPAM',
    });
    expect(dialog).toHaveTextContent('Ann Example (ann@example.com, id 7)');
    expect(dialog).toHaveTextContent('Not done: 2');
    expect(dialog).toHaveTextContent(
      'Root Admin (admin@turgus.test, id 1): Refused: you cannot delete, block or deactivate your own account',
    );
    expect(dialog).toHaveTextContent(
      'Bob Builder (bob@example.com, id 8): This user was not found.',
    );

    // What failed stays selected.
    await view.user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('region', { name: 'Selected users' })).toHaveTextContent(
      'Users selected: 2',
    );
  });

  it('selects the whole page at once and sends a test email to each', async () => {
    const bulk = answer('post', '/api/admin/users/bulk', { succeeded: [7, 8, 1], failed: [] });
    const { view } = await openUsers();

    await view.user.click(screen.getByLabelText('Select all users on this page'));
    await view.user.click(screen.getByRole('button', { name: 'Send test email' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Send a test email to each selected user (3)');
    await view.user.click(within(dialog).getByRole('button', { name: 'Send 3' }));

    expect(await within(dialog).findByText('Done: 3')).toBeInTheDocument();
    expect(bulk.last().body).toEqual({ action: 'send-test-email', ids: [7, 8, 1] });
  });
});

describe('actions on one user', () => {
  it('explains a refusal to deactivate the last admin', async () => {
    answer(
      'post',
      '/api/admin/users/1/deactivate',
      anErrorBody(409, 'The last admin cannot be changed', { reason: 'LAST_ADMIN' }),
      409,
    );
    const { view } = await openUsers();

    await view.user.click(screen.getByLabelText('Actions for Root Admin'));
    await view.user.click(await screen.findByRole('menuitem', { name: 'Deactivate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Root Admin' });
    await view.user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Refused: this is the last active admin.',
    );
  });

  it('unblocks a blocked user from the row', async () => {
    const unblock = answer('post', '/api/admin/users/8/unblock', anAdminUserDetail({ ...bob }));
    const { view } = await openUsers();

    await view.user.click(screen.getByLabelText('Actions for Bob Builder'));
    expect(screen.queryByRole('menuitem', { name: 'Block' })).not.toBeInTheDocument();
    await view.user.click(await screen.findByRole('menuitem', { name: 'Unblock' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unblock Bob Builder' });
    expect(dialog).toHaveTextContent('a lockout after failed logins is lifted too');
    await view.user.click(within(dialog).getByRole('button', { name: 'Unblock' }));

    expect(await screen.findByText('Bob Builder is unblocked.')).toBeInTheDocument();
    expect(unblock.requests).toHaveLength(1);
  });

  it('shows the details in a drawer and blocks from there until a date', async () => {
    answer(
      'get',
      '/api/admin/users/7',
      anAdminUserDetail({
        ...ann,
        sessions: [
          {
            id: 's-1',
            createdAt: '2026-12-01T08:00:00Z',
            lastUsedAt: '2026-12-01T09:00:00Z',
            userAgent: 'Firefox',
            ip: '203.0.113.5',
          },
        ],
        recentOrders: [{ id: 41, status: 'PAID', total: 20, createdAt: '2026-11-20T09:30:00Z' }],
        recentEvents: [anEvent({ id: 9, type: 'LOGIN_SUCCEEDED', details: 'method=password' })],
      }),
    );
    const block = answer('post', '/api/admin/users/7/block', anAdminUserDetail({ ...ann }));
    const { view } = await openUsers();

    await view.user.click(screen.getByLabelText('Details of Ann Example'));
    const drawer = await screen.findByRole('dialog', { name: 'Ann Example' });
    expect(await within(drawer).findByText('203.0.113.5')).toBeInTheDocument();
    expect(within(drawer).getByText('€20.00')).toBeInTheDocument();
    expect(within(drawer).getByText('method=password')).toBeInTheDocument();
    expect(
      within(drawer).getByRole('link', { name: 'All events about this user' }),
    ).toHaveAttribute('href', '/admin/events?userId=7');

    await view.user.click(within(drawer).getByRole('button', { name: 'Block' }));
    const dialog = await screen.findByRole('dialog', { name: 'Block Ann Example' });
    await view.user.type(within(dialog).getByLabelText('Blocked until'), '2099-01-31T12:00');
    await view.user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Abuse');
    await view.user.click(within(dialog).getByRole('button', { name: 'Block' }));

    expect(await screen.findByText('Ann Example is blocked.')).toBeInTheDocument();
    expect(block.last().body).toEqual({
      reason: 'Abuse',
      category: 'OTHER',
      until: new Date('2099-01-31T12:00').toISOString(),
    });
  });

  it('changes roles, keeping at least one', async () => {
    const roles = answer('put', '/api/admin/users/7/roles', anAdminUserDetail({ ...ann }));
    const { view } = await openUsers();

    await view.user.click(screen.getByLabelText('Actions for Ann Example'));
    await view.user.click(await screen.findByRole('menuitem', { name: 'Change roles' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roles of Ann Example' });
    await view.user.click(within(dialog).getByRole('checkbox', { name: 'Customer' }));
    expect(within(dialog).getByText('Choose at least one role.')).toBeInTheDocument();
    await view.user.click(within(dialog).getByRole('checkbox', { name: 'Admin' }));
    await view.user.click(within(dialog).getByRole('button', { name: 'Change roles' }));

    expect(await screen.findByText('The roles of Ann Example are saved.')).toBeInTheDocument();
    expect(roles.last().body).toEqual(['ADMIN']);
    expect(view.location()).toBe('/admin/users');
  });

  it('signs the admin out after changing their own roles, which ends their sessions', async () => {
    answer('put', '/api/admin/users/1/roles', anAdminUserDetail({ ...root, roles: ['ADMIN'] }));
    const { view } = await openUsers();

    await view.user.click(screen.getByLabelText('Actions for Root Admin'));
    await view.user.click(await screen.findByRole('menuitem', { name: 'Change roles' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roles of Root Admin' });
    expect(dialog).toHaveTextContent('A change signs them out everywhere');
    await view.user.click(within(dialog).getByRole('checkbox', { name: 'Customer' }));
    await view.user.click(within(dialog).getByRole('button', { name: 'Change roles' }));

    expect(
      await screen.findByText(
        'Your roles changed, so you were signed out: sign in again to hold the new ones.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(view.location()).toMatch(/^\/login/);
    });
    expect(getSession()).toBeNull();
  });

  it('shows what a blocked user is told', async () => {
    answer(
      'get',
      '/api/admin/users/8',
      anAdminUserDetail({ ...bob, blockCategory: 'FRAUD', blockReason: 'Chargebacks' }),
    );
    const { view } = await openUsers();

    await view.user.click(screen.getByLabelText('Details of Bob Builder'));
    const drawer = await screen.findByRole('dialog', { name: 'Bob Builder' });
    expect(await within(drawer).findByText('The user is told')).toBeInTheDocument();
    expect(within(drawer).getByText('Fraud')).toBeInTheDocument();
    expect(within(drawer).getByText('Chargebacks')).toBeInTheDocument();
  });
});

describe('deleting inactive accounts', () => {
  it('previews how many match the days chosen, then deletes them', async () => {
    answer('get', '/api/admin/users/purge-inactive', ({ url }) => ({
      inactiveDays: Number(url.searchParams.get('inactiveDays')),
      matching: url.searchParams.get('inactiveDays') === '90' ? 4 : 1,
    }));
    const purge = answer('post', '/api/admin/users/purge-inactive', { deleted: 4 });
    const { view } = await openUsers();

    await view.user.click(screen.getByRole('button', { name: 'Delete inactive accounts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete inactive accounts' });
    expect(
      await within(dialog).findByText('Accounts inactive for 365 days or more: 1'),
    ).toBeInTheDocument();
    const days = within(dialog).getByRole('textbox', { name: 'Inactive for days' });
    await view.user.clear(days);
    await view.user.type(days, '90');
    expect(
      await within(dialog).findByText('Accounts inactive for 90 days or more: 4'),
    ).toBeInTheDocument();
    await view.user.click(within(dialog).getByRole('button', { name: 'Delete 4 accounts' }));

    expect(await within(dialog).findByText('Accounts deleted: 4')).toBeInTheDocument();
    expect(purge.last().body).toEqual({ inactiveDays: 90 });
  });
});
