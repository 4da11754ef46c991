import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig(({ command }) => ({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // React Router's package points every bundler at its development build (with warnings for
      // developers); the shop ships its production build.
      ...(command === 'build' && {
        'react-router': fileURLToPath(
          new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
        ),
      }),
    },
  },
  server: {
    // ../docs: a unit test reads the refusal reasons of docs/errors.md.
    fs: { allow: ['.', '../docs'] },
    proxy: {
      '/api': process.env.TURGUS_API_URL ?? 'http://localhost:8080',
      '/media': process.env.TURGUS_API_URL ?? 'http://localhost:8080',
    },
  },
  // `vite preview` in front of a running shop (TURGUS_API_URL), e.g. for the end-to-end tests.
  preview: {
    proxy: {
      '/api': process.env.TURGUS_API_URL ?? 'http://localhost:8080',
      '/media': process.env.TURGUS_API_URL ?? 'http://localhost:8080',
    },
  },
  build: {
    rolldownOptions: {
      output: {
        // React changes less often than the shop: it keeps a chunk of its own. Other libraries
        // go with the screens that use them, so that the first page loads only what it needs.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
            },
            // zod with its setting (src/lib/zod-config.ts) in one chunk: the setting takes effect
            // before any schema is made.
            {
              name: 'zod',
              test: /node_modules[\\/]zod[\\/]|src[\\/]lib[\\/]zod-config\.ts$/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Screens render slowly on a loaded two-core machine; see asyncUtilTimeout in setup.ts.
    testTimeout: 20_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: [
        'src/**/*.test.{ts,tsx}',
        'src/testing/**',
        'src/main.tsx',
        'src/vite-env.d.ts',
        'src/lib/api/generated/**',
      ],
      reporter: ['text-summary', 'json-summary'],
    },
  },
}));
