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
    restoreMocks: true,
    // Screens render slowly on a loaded two-core machine; see asyncUtilTimeout in setup-dom.ts.
    testTimeout: 20_000,
    // Tests of plain functions (`*.test.ts`) skip what only rendering needs (Mantine, Testing
    // Library, the DOM matchers): loading those in every file is most of a small file's time.
    projects: [
      {
        extends: true,
        test: {
          name: 'screens',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./src/testing/setup.ts', './src/testing/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'functions',
          include: ['src/**/*.test.ts'],
          setupFiles: ['./src/testing/setup.ts'],
        },
      },
    ],
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
