import { defineConfig } from 'vitest/config';
import { journeySettings, root } from './vitest.config.ts';

/** The shopping journey alone: balance, cart, promo code, checkout and orders. */
export default defineConfig({
  root,
  test: { ...journeySettings, include: ['e2e/shopping.e2e.ts'] },
});
