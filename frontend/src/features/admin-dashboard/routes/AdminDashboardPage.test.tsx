import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anEmptyStats, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

function busyWeek() {
  const stats = anEmptyStats(7);
  const today = stats.revenueByDay.at(-1);
  if (today) Object.assign(today, { revenue: 120.5, orders: 3, refunds: 10 });
  return {
    ...stats,
    totals: { revenue: 1234.5, orders: 17, refunds: 45, newCustomers: 6 },
    activeCarts: 4,
    topProductsByRevenue: [{ productId: 3, name: 'Brass lantern', revenue: 498, units: 20 }],
    topProductsByUnits: [{ productId: 5, name: 'Linen towel', revenue: 90, units: 45 }],
    trendingSearches: [{ query: 'tea', count: 12 }],
  };
}

describe('the dashboard', () => {
  it('is the first admin page', async () => {
    answer('get', '/api/admin/stats', anEmptyStats());
    const view = renderApp('/admin', { as: 'admin' });
    expect(await screen.findByRole('heading', { name: 'Dashboard', level: 1 })).toBeInTheDocument();
    expect(view.location()).toBe('/admin/dashboard');
    expect(screen.getByRole('tab', { name: 'Dashboard', selected: true })).toBeInTheDocument();
  });

  it('shows the headline numbers, today, top products and trending searches', async () => {
    answer('get', '/api/admin/stats', busyWeek());
    renderApp('/admin/dashboard?days=7', { as: 'admin' });

    const revenue = await screen.findByRole('group', { name: 'Revenue' });
    expect(revenue).toHaveTextContent('€1,234.50');
    expect(screen.getByRole('group', { name: 'Orders' })).toHaveTextContent('17');
    expect(screen.getByRole('group', { name: 'Refunds' })).toHaveTextContent('€45.00');
    expect(screen.getByRole('group', { name: 'New customers' })).toHaveTextContent('6');
    expect(screen.getByRole('group', { name: 'Active carts' })).toHaveTextContent('4');
    expect(screen.getByText('Today: €120.50 from 3 orders')).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Top products by revenue' })).getByText(
        'Brass lantern',
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Top products by units' })).getByText('45'),
    ).toBeInTheDocument();
    expect(screen.getByText('“tea”: 12')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Revenue per day' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'New customers per day' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Revenue per day' })).getByRole('img', {
        name: 'Revenue: highest €120.50, on Dec 4; Refunds: highest €10.00, on Dec 4',
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Orders per day' })).getByRole('img', {
        name: 'Orders: highest 3, on Dec 4',
      }),
    ).toBeInTheDocument();
  });

  it('asks for the period chosen', async () => {
    const stats = answer('get', '/api/admin/stats', ({ url }) =>
      anEmptyStats(Number(url.searchParams.get('days'))),
    );
    const view = renderApp('/admin/dashboard', { as: 'admin' });
    await screen.findByRole('group', { name: 'Revenue' });
    expect(stats.last().url.searchParams.get('days')).toBe('30');

    await view.user.click(screen.getByRole('radio', { name: '90 days' }));
    await waitFor(() => {
      expect(stats.last().url.searchParams.get('days')).toBe('90');
    });
    expect(view.location()).toBe('/admin/dashboard?days=90');
    await view.user.click(screen.getByRole('radio', { name: '365 days' }));
    await waitFor(() => {
      expect(stats.last().url.searchParams.get('days')).toBe('365');
    });
  });

  it('says when nothing sold', async () => {
    answer('get', '/api/admin/stats', anEmptyStats(7));
    renderApp('/admin/dashboard?days=7', { as: 'admin' });
    expect(await screen.findAllByText('No sales in this period.')).toHaveLength(2);
    expect(screen.getByText('No searches in this period.')).toBeInTheDocument();
  });

  it('shows a failure with a way to try again', async () => {
    answer('get', '/api/admin/stats', anErrorBody(500, 'Boom', { errorId: 'x-1' }), 500);
    renderApp('/admin/dashboard', { as: 'admin' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Boom');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('speaks Lithuanian and Russian', async () => {
    answer('get', '/api/admin/stats', busyWeek());
    localStorage.setItem('turgus.language', 'lt');
    // The app's own switch: it loads the language's messages first.
    const { changeLanguage } = await import('@/lib/i18n');
    await changeLanguage('lt');
    renderApp('/admin/dashboard?days=7', { as: 'admin' });
    expect(await screen.findByRole('heading', { name: 'Apžvalga', level: 1 })).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'Pajamos' })).toBeInTheDocument();
    await changeLanguage('ru');
    expect(await screen.findByRole('heading', { name: 'Сводка', level: 1 })).toBeInTheDocument();
  });
});
