import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { clearSession } from '@/lib/auth/session';
import { i18n } from '@/lib/i18n';
import { server } from './server';

/**
 * What every test file starts from: the API as `server` plays it, nobody signed in, nothing
 * stored, English. Lithuanian and Russian load in the files that ask for them (`loadLanguage`,
 * or the app's own language menu), not in every file. Files that render (`*.test.tsx`) also get
 * `setup-dom.ts`.
 */
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

beforeEach(async () => {
  localStorage.clear();
  clearSession();
  await i18n.changeLanguage('en');
});

afterEach(() => {
  server.resetHandlers();
});

afterAll(() => {
  server.close();
});
