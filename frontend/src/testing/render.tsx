import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { AppProviders } from '@/app/providers';
import { AppRoutes } from '@/app/routes';
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

/** Keeps the current path and query string where a test can read them. */
function AddressBar({ onChange }: { onChange: (address: string) => void }) {
  const { pathname, search } = useLocation();
  useLayoutEffect(() => {
    onChange(pathname + search);
  }, [onChange, pathname, search]);
  return null;
}

/** Renders the whole app at `path`, as a person would open it. */
export function renderApp(path: string, { as, state, advanceTimers }: RenderAppOptions = {}) {
  if (as === 'admin') setSession(aSession(['ADMIN', 'CUSTOMER'], 'admin@turgus.test'));
  if (as === 'customer') setSession(aSession(['CUSTOMER'], 'ann@example.com'));
  const url = new URL(path, 'http://turgus.test');
  const address = { current: '' };
  const queryClient = createQueryClient({ retry: false, staleTime: 0 });
  const user = userEvent.setup(advanceTimers ? { advanceTimers } : {});
  const view = render(
    <AppProviders queryClient={queryClient} env="test">
      <MemoryRouter initialEntries={[{ pathname: url.pathname, search: url.search, state }]}>
        <AddressBar onChange={(value) => (address.current = value)} />
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  /** The address bar: path and query string. */
  const location = () => address.current;
  return { ...view, user, queryClient, location };
}

/**
 * A header menu's button once its menu has loaded (DeferredMenu): pressing it then opens the menu
 * at once, where a press on the stand-in button opens it only when its code has arrived.
 */
export async function findMenuButton(name: string): Promise<HTMLElement> {
  return waitFor(() => {
    const button = screen.getByRole('button', { name });
    if (button.hasAttribute('data-deferred')) throw new Error(`The ${name} menu is still loading`);
    return button;
  });
}
