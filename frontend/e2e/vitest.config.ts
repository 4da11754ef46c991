import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** How every end-to-end run goes: one browser, one journey at a time. */
export const journeySettings = {
  environment: 'node',
  fileParallelism: false,
  testTimeout: 90_000,
  hookTimeout: 60_000,
} as const;

export default defineConfig({
  root,
  test: {
    ...journeySettings,
    include: ['e2e/**/*.e2e.ts'],
  },
});
