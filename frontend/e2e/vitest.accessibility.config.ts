import { defineConfig } from 'vitest/config';
import { journeySettings, root } from './vitest.config.ts';

/** axe-core on every page (signed out, customer, admin; desktop and phone; light and dark). */
export default defineConfig({
  root,
  test: { ...journeySettings, include: ['e2e/accessibility.e2e.ts'] },
});
