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
}

/** Renders the whole app at `path`, as a person would open it. */
export function renderApp(path: string, { as }: RenderAppOptions = {}) {
  if (as === 'admin') setSession(aSession(['ADMIN', 'CUSTOMER'], 'admin@turgus.test'));
  if (as === 'customer') setSession(aSession(['CUSTOMER'], 'ann@example.com'));
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient({ retry: false, staleTime: 0 });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  /** The address bar: path and query string. */
  const location = () => router.state.location.pathname + router.state.location.search;
  return { ...view, user, router, queryClient, location };
}
