import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/routes';
import { setSession } from '@/lib/auth/session';
import { createQueryClient } from '@/lib/query-client';
import { aSession } from './fixtures';

interface RenderAppOptions {
  /** Who is signed in: nobody by default. */
  as?: 'admin' | 'customer';
  /** What the page before handed over in the history entry. */
  state?: unknown;
  /** With fake timers: how typing and clicking let time pass (`vi.advanceTimersByTime`). */
  advanceTimers?: (ms: number) => unknown;
}

/** Renders the whole app at `path`, as a person would open it. */
export function renderApp(path: string, { as, state, advanceTimers }: RenderAppOptions = {}) {
  if (as === 'admin') setSession(aSession(['ADMIN', 'CUSTOMER'], 'admin@turgus.test'));
  if (as === 'customer') setSession(aSession(['CUSTOMER'], 'ann@example.com'));
  const url = new URL(path, 'http://turgus.test');
  const router = createMemoryRouter(routes, {
    initialEntries: [{ pathname: url.pathname, search: url.search, state }],
  });
  const queryClient = createQueryClient({ retry: false, staleTime: 0 });
  const user = userEvent.setup(advanceTimers ? { advanceTimers } : {});
  const view = render(
    <AppProviders queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  /** The address bar: path and query string. */
  const location = () => router.state.location.pathname + router.state.location.search;
  return { ...view, user, router, queryClient, location };
}
