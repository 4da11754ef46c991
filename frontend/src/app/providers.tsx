import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { getSession, subscribeSession } from '@/lib/auth/session';
import { i18n } from '@/lib/i18n';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme';

// Where the toasts appear. A toast is never the first thing on a page, so its code (and its
// transitions) loads after the first paint; a toast asked for before then waits in the store.
const Toasts = lazy(() => import('./Toasts').then((module) => ({ default: module.Toasts })));

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
  /** `test` turns off transitions and portals. */
  env?: 'default' | 'test';
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
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme="auto"
        env={env}
      >
        <Suspense fallback={null}>
          <Toasts position="bottom-right" />
        </Suspense>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
