import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anErrorBody, anEvent, aPage } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { detailPairs } from '../components/EventsTable';

const TYPES = ['LOGIN_SUCCEEDED', 'USER_BLOCKED', 'UNEXPECTED_ERROR'];

async function openEvents(path = '/admin/events', events = [anEvent()]) {
  answer('get', '/api/admin/events/types', TYPES);
  const list = answer('get', '/api/admin/events', aPage(events));
  const view = renderApp(path, { as: 'admin' });
  await screen.findByRole('heading', { name: 'Event log', level: 1 });
  return { view, list };
}

describe('the event log', () => {
  it('lists events and opens one to show its details', async () => {
    const { view } = await openEvents('/admin/events', [
      anEvent({
        id: 77,
        type: 'UNEXPECTED_ERROR',
        actorId: null,
        details: 'errorId=abc-1 method=GET path=/api/cart',
      }),
    ]);

    expect(await screen.findByText('UNEXPECTED_ERROR', { selector: 'code' })).toBeInTheDocument();
    expect(screen.queryByText('/api/cart')).not.toBeInTheDocument();
    const show = screen.getByLabelText('Show details of event 77');
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await view.user.click(show);

    expect(screen.getByText('abc-1')).toBeInTheDocument();
    expect(screen.getByText('/api/cart')).toBeInTheDocument();
    expect(screen.getByLabelText('Hide details of event 77')).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('puts the filters into the query, as instants', async () => {
    const { view, list } = await openEvents();
    await screen.findByText('LOGIN_SUCCEEDED', { selector: 'code' });
    const form = screen.getByRole('form', { name: 'Filter events' });
    await waitFor(() => {
      expect(
        within(form)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toContain('USER_BLOCKED');
    });

    await view.user.selectOptions(within(form).getByLabelText('Type'), 'USER_BLOCKED');
    await view.user.type(within(form).getByLabelText('User id'), '7');
    await view.user.type(within(form).getByLabelText('Done by (user id)'), '1');
    await view.user.type(within(form).getByLabelText('From'), '2026-12-01T00:00');
    await view.user.type(within(form).getByLabelText('Until'), '2026-12-02T00:00');
    await view.user.click(within(form).getByRole('button', { name: 'Show' }));

    await waitFor(() => {
      expect(list.last().url.searchParams.get('type')).toBe('USER_BLOCKED');
    });
    const query = list.last().url.searchParams;
    expect(query.get('userId')).toBe('7');
    expect(query.get('actorId')).toBe('1');
    expect(query.get('from')).toBe(new Date('2026-12-01T00:00').toISOString());
    expect(query.get('to')).toBe(new Date('2026-12-02T00:00').toISOString());
    expect(query.get('page')).toBe('0');
  });

  it('refuses an id that is not a number and a window that ends before it starts', async () => {
    const { view, list } = await openEvents();
    await screen.findByText('LOGIN_SUCCEEDED', { selector: 'code' });
    const asked = list.requests.length;
    const form = screen.getByRole('form', { name: 'Filter events' });

    await view.user.type(within(form).getByLabelText('User id'), 'ann');
    await view.user.type(within(form).getByLabelText('From'), '2026-12-02T00:00');
    await view.user.type(within(form).getByLabelText('Until'), '2026-12-01T00:00');
    await view.user.click(within(form).getByRole('button', { name: 'Show' }));

    expect(await screen.findByText('Enter a user id: a whole number above 0.')).toBeInTheDocument();
    expect(screen.getByText('Choose a time after “From”.')).toBeInTheDocument();
    expect(list.requests).toHaveLength(asked);
  });

  it('pages newest first from the address, and clears the filters', async () => {
    const { view, list } = await openEvents('/admin/events?type=USER_BLOCKED&page=2');
    await screen.findByText('LOGIN_SUCCEEDED', { selector: 'code' });
    expect(list.last().url.searchParams.get('page')).toBe('1');
    expect(list.last().url.searchParams.get('type')).toBe('USER_BLOCKED');

    await view.user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => {
      expect(list.last().url.searchParams.get('type')).toBeNull();
    });
    expect(view.location()).toBe('/admin/events');
  });

  it('shows a failure in plain words', async () => {
    answer('get', '/api/admin/events/types', TYPES);
    answer(
      'get',
      '/api/admin/events',
      anErrorBody(400, 'Unknown type', { reason: 'INVALID_INPUT' }),
      400,
    );
    renderApp('/admin/events', { as: 'admin' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Some fields are not valid. Please correct them.',
    );
  });
});

describe('detailPairs', () => {
  it.each([
    [
      'a=1 b=two',
      [
        ['a', '1'],
        ['b', 'two'],
      ],
    ],
    [
      'errorId=x method=GET path=/api/x',
      [
        ['errorId', 'x'],
        ['method', 'GET'],
        ['path', '/api/x'],
      ],
    ],
    [
      'before=Old name after=New name',
      [
        ['before', 'Old name'],
        ['after', 'New name'],
      ],
    ],
    ['just text', [['', 'just text']]],
  ])('reads %s', (details, pairs) => {
    expect(detailPairs(details)).toEqual(pairs);
  });
});
