import { MantineProvider } from '@mantine/core';
import { notificationsStore } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { getSession, subscribeSession } from '@/lib/auth/session';
import { i18n } from '@/lib/i18n';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme';

// Where the toasts appear. A toast is never the first thing on a page, so its code (and its
// transitions) loads with the first toast asked for, which waits in the store until then.
const Toasts = lazy(() => import('./Toasts').then((module) => ({ default: module.Toasts })));

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
  /** `test` turns off transitions and portals. */
  env?: 'default' | 'test';
}

function hasToasts(): boolean {
  const { notifications, queue } = notificationsStore.getState();
  return notifications.length > 0 || queue.length > 0;
}

/** Whether a toast has been asked for yet (then and from then on, the toasts' code is wanted). */
function useToastsWanted(): boolean {
  const asked = useSyncExternalStore(notificationsStore.subscribe, hasToasts);
  const [wanted, setWanted] = useState(asked);
  // Stays wanted once asked: the last toast leaving must not take the container with it.
  if (asked && !wanted) setWanted(true);
  return asked || wanted;
}

/** Signed out (here or by a 401): nothing fetched for the last user stays in memory. */
function useClearCacheOnSignOut(queryClient: QueryClient) {
  useEffect(
    () =>
      subscribeSession(() => {
        if (getSession() === null) queryClient.clear();
      }),
    [queryClient],
  );
}

export function AppProviders({ queryClient, children, env = 'default' }: AppProvidersProps) {
  useClearCacheOnSignOut(queryClient);
  const toastsWanted = useToastsWanted();
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme="auto"
        env={env}
      >
        {toastsWanted && (
          <Suspense fallback={null}>
            <Toasts position="bottom-right" />
          </Suspense>
        )}
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
