import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { getSession } from '@/lib/auth/session';
import { aBackup, anErrorBody, aTokenPair } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { formatSize } from './AdminBackupsPage';

const backup = aBackup({ id: 'b-1', createdAt: '2026-12-03T10:15:00Z', sizeBytes: 1536 });
const WHEN = 'Dec 3, 2026, 10:15 AM';

function outcome(signIn: unknown) {
  return {
    restoredFrom: 'b-1',
    createdAt: '2026-12-03T10:15:00Z',
    tables: { users: 4000, products: 300, orders: 21 },
    rows: 4321,
    signIn,
  };
}

async function openBackups(list = [backup]) {
  answer('get', '/api/admin/backups', list);
  const view = renderApp('/admin/backups', { as: 'admin' });
  await screen.findByRole('heading', { name: 'Backups', level: 1 });
  return view;
}

describe('the backups page', () => {
  it('lists backups with their date and size', async () => {
    await openBackups();
    expect(await screen.findByText(WHEN)).toBeInTheDocument();
    expect(screen.getByText('1.5 KB')).toBeInTheDocument();
  });

  it('makes a backup', async () => {
    const create = answer('post', '/api/admin/backups', aBackup({ id: 'b-2' }), 201);
    const view = await openBackups([]);
    expect(await screen.findByText('No backups yet.')).toBeInTheDocument();

    await view.user.click(screen.getByRole('button', { name: 'Make a backup' }));
    expect(await screen.findByText(`Backup of ${WHEN} made.`)).toBeInTheDocument();
    expect(create.requests).toHaveLength(1);
  });

  it('downloads the protected file with the bearer token', async () => {
    const seen: Headers[] = [];
    server.use(
      http.get('/api/admin/backups/:id', ({ request }) => {
        seen.push(request.headers);
        return new HttpResponse(new Blob(['PK']), {
          headers: { 'Content-Type': 'application/zip' },
        });
      }),
    );
    const createObjectURL = vi.fn(() => 'blob:backup');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const view = await openBackups();

    await view.user.click(await screen.findByLabelText(`Download the backup of ${WHEN}`));

    await waitFor(() => {
      expect(click).toHaveBeenCalledTimes(1);
    });
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('turgus-backup-b-1.zip');
    expect(link.getAttribute('href')).toBe('blob:backup');
    expect(seen[0]?.get('Authorization')).toBe('Bearer access-token');
    expect(seen[0]?.get('Accept')).toContain('application/zip');
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:backup');
  });

  it('deletes a backup once confirmed', async () => {
    const remove = answer('delete', '/api/admin/backups/b-1', null, 204);
    const view = await openBackups();

    await view.user.click(await screen.findByLabelText(`Delete the backup of ${WHEN}`));
    const dialog = await screen.findByRole('dialog', { name: 'Delete backup' });
    expect(dialog).toHaveTextContent(`Delete the backup of ${WHEN}?`);
    await view.user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText(`Backup of ${WHEN} deleted.`)).toBeInTheDocument();
    expect(remove.requests).toHaveLength(1);
  });

  it('says that everything is replaced, and stays signed in with the new tokens', async () => {
    const restore = answer(
      'post',
      '/api/admin/backups/b-1/restore',
      outcome({ ...aTokenPair('fresh-access', 'fresh-refresh'), roles: ['ADMIN', 'CUSTOMER'] }),
    );
    const view = await openBackups();

    await view.user.click(await screen.findByLabelText(`Restore the backup of ${WHEN}`));
    const dialog = await screen.findByRole('dialog', { name: 'Restore a backup' });
    expect(dialog).toHaveTextContent(
      `All current data (users, products, orders, balances, discounts, events, pictures …) will be replaced by the backup’s, from ${WHEN}.`,
    );
    expect(restore.requests).toHaveLength(0);
    await view.user.click(within(dialog).getByRole('button', { name: 'Replace all data' }));

    expect(
      await screen.findByText(`Restored b-1 of ${WHEN}: 3 tables, 4321 rows.`),
    ).toBeInTheDocument();
    expect(getSession()?.accessToken).toBe('fresh-access');
    expect(getSession()?.refreshToken).toBe('fresh-refresh');
    expect(view.location()).toBe('/admin/backups');
  });

  it('sends the admin to the sign-in page when the backup does not have their account', async () => {
    answer('post', '/api/admin/backups/b-1/restore', outcome(null));
    const view = await openBackups();

    await view.user.click(await screen.findByLabelText(`Restore the backup of ${WHEN}`));
    await view.user.click(await screen.findByRole('button', { name: 'Replace all data' }));

    await waitFor(() => {
      expect(view.location()).toMatch(/^\/login/);
    });
    expect(getSession()).toBeNull();
  });

  it('restores an uploaded file, and explains a file that is no backup', async () => {
    const upload = answer(
      'post',
      '/api/admin/backups/restore',
      anErrorBody(400, 'Not a backup', { reason: 'BACKUP_INVALID' }),
      400,
    );
    const view = await openBackups();
    const file = new File(['not a zip'], 'shop.zip', { type: 'application/zip' });

    const section = screen.getByRole('region', { name: 'Restore from a file' });
    const input = section.querySelector('input[type="file"]');
    if (!(input instanceof HTMLInputElement)) throw new Error('No file input');
    await view.user.upload(input, file);
    await view.user.click(screen.getByRole('button', { name: 'Restore from this file' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore a backup' });
    expect(dialog).toHaveTextContent('will be replaced by the data of the file shop.zip');
    await view.user.click(within(dialog).getByRole('button', { name: 'Replace all data' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This file is not a backup of this shop, or it is damaged. Nothing was changed.',
    );
    // jsdom loses the file's name on the way; the part and its content arrive.
    expect(upload.last().body).toEqual({
      backup: expect.objectContaining({ type: 'application/zip', size: 9 }) as unknown,
    });
    expect(getSession()?.accessToken).toBe('access-token');
  });
});

describe('formatSize', () => {
  it.each([
    [512, '512 B'],
    [1536, '1.5 KB'],
    [5 * 1024 * 1024, '5 MB'],
  ])('writes %i bytes as %s', (bytes, text) => {
    expect(formatSize(bytes, 'en')).toBe(text);
  });
});
