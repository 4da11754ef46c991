import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { POLL_INTERVAL_MS, RETRY_POLL_INTERVAL_MS } from '../api/test-mail';

async function send(to: string, advanceTimers?: (ms: number) => unknown) {
  const view = renderApp('/admin/mail', { as: 'admin', advanceTimers });
  await view.user.type(await screen.findByRole('textbox', { name: /Send to/ }), to);
  await view.user.click(screen.getByRole('button', { name: 'Send test mail' }));
  return view;
}

describe('the mail check', () => {
  // The page asks again every POLL_INTERVAL_MS, or RETRY_POLL_INTERVAL_MS after a failed attempt:
  // the tests that follow a mail move the clock on rather than wait.
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends a test mail and follows it until it is sent', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const queue = answer('post', '/api/admin/mail/test', { id: 31 }, 202);
    let asked = 0;
    const poll = answer('get', '/api/admin/mail/test/31', () => {
      asked += 1;
      return { id: 31, to: 'ops@example.com', status: asked < 2 ? 'QUEUED' : 'SENT', error: null };
    });
    await send(' ops@example.com ', vi.advanceTimersByTime);

    expect(await screen.findByText(/Waiting for the mail to ops@example.com/)).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(POLL_INTERVAL_MS);
    });
    expect(
      await screen.findByText(
        'The mail to ops@example.com was handed to the mail server (or saved in the outbox).',
      ),
    ).toBeInTheDocument();
    expect(queue.last().body).toEqual({ to: 'ops@example.com' });
    expect(poll.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('shows the delivery error in plain words', async () => {
    answer('post', '/api/admin/mail/test', { id: 32 }, 202);
    answer('get', '/api/admin/mail/test/32', {
      id: 32,
      to: 'ops@example.com',
      status: 'FAILED',
      error: 'The mail server refused the sign-in (check the user name and password).',
    });
    await send('ops@example.com');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The mail to ops@example.com could not be delivered:');
    expect(alert).toHaveTextContent(
      'The mail server refused the sign-in (check the user name and password).',
    );
  });

  it('follows a failed mail, which turns sent when a later attempt gets through', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    answer('post', '/api/admin/mail/test', { id: 33 }, 202);
    let failed = true;
    const poll = answer('get', '/api/admin/mail/test/33', () => ({
      id: 33,
      to: 'ops@example.com',
      status: failed ? 'FAILED' : 'SENT',
      error: failed ? 'The mail to ops@example.com could not be sent (Connection refused)' : null,
    }));
    await send('ops@example.com', vi.advanceTimersByTime);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The shop tries again in a few minutes',
    );
    failed = false;
    const askedWhileFailed = poll.requests.length;
    // Not asked again before the retry interval is up.
    act(() => {
      vi.advanceTimersByTime(RETRY_POLL_INTERVAL_MS - 1000);
    });
    expect(poll.requests).toHaveLength(askedWhileFailed);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(
      await screen.findByText(
        'The mail to ops@example.com was handed to the mail server (or saved in the outbox).',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for an address before sending', async () => {
    const queue = answer('post', '/api/admin/mail/test', { id: 1 }, 202);
    await send('not an address');
    expect(await screen.findByText('Enter an email address.')).toBeInTheDocument();
    expect(queue.requests).toHaveLength(0);
  });

  it('shows why the shop refused to queue it', async () => {
    answer(
      'post',
      '/api/admin/mail/test',
      anErrorBody(400, 'Some fields are not valid. Please correct them.', {
        reason: 'INVALID_INPUT',
        errors: [{ field: 'to', message: 'must be a valid email address', rule: 'INVALID_EMAIL' }],
      }),
      400,
    );
    await send('a@b');
    expect(await screen.findByRole('alert')).toHaveTextContent('must be a valid email address');
  });
});
