import { defineConfig } from 'vitest/config';
import { journeySettings, root } from './vitest.config.ts';

/** The account journeys alone: they need the shop's mail outbox (E2E_OUTBOX_DIR). */
export default defineConfig({
  root,
  test: { ...journeySettings, include: ['e2e/accounts.e2e.ts'] },
});
