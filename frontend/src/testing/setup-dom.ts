import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * For the files that render (`*.test.tsx`), after `setup.ts`: the browser APIs Mantine needs,
 * the DOM matchers, and a clean page after each test. Files that test plain functions
 * (`*.test.ts`) do without, and without loading Mantine and Testing Library.
 */

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

afterEach(() => {
  cleanup();
  notifications.clean();
});
