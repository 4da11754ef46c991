import { defineConfig } from 'vitest/config';
import { journeySettings, root } from './vitest.config.ts';

/** axe-core on every page (signed out, customer, admin; desktop and phone; light and dark). */
export default defineConfig({
  root,
  test: { ...journeySettings, testTimeout: 180_000, include: ['e2e/accessibility.e2e.ts'] },
});
