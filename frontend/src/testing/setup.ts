import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { clearSession } from '@/lib/auth/session';
import { i18n, loadLanguage } from '@/lib/i18n';
import { server } from './server';

// Browser APIs that Mantine uses and jsdom lacks.
if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) =>
      Object.assign(new EventTarget(), {
        matches: false,
        media: query,
        onchange: null,
      }) as unknown as MediaQueryList,
  });
}

// A loaded two-core CI machine can take more than the default second to render a screen;
// waiting longer only slows a failing test, never a passing one.
configure({ asyncUtilTimeout: 5000 });

const nothing = () => undefined;

class NoopResizeObserver {
  observe = nothing;
  unobserve = nothing;
  disconnect = nothing;
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: NoopResizeObserver });
}
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: Object.assign(new EventTarget(), { ready: Promise.resolve() }),
  });
}
Element.prototype.scrollIntoView = nothing;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await Promise.all([loadLanguage('lt'), loadLanguage('ru')]);
});

beforeEach(async () => {
  localStorage.clear();
  clearSession();
  await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
  notifications.clean();
  server.resetHandlers();
});

afterAll(() => {
  server.close();
});
