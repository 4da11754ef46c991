import { defineConfig } from 'vitest/config';
import { journeySettings, root } from './vitest.config.ts';

/** The admin back office's journeys: block and unblock, event log, backup and restore, dashboard. */
export default defineConfig({
  root,
  test: { ...journeySettings, include: ['e2e/admin.e2e.ts'] },
});
