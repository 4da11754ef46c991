import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const e2eDir = dirname(fileURLToPath(import.meta.url));
/**
 * Where a run saves its screenshots: the build folder `target/e2e-screenshots`, so that a run
 * leaves the checkout as it was. `UPDATE_SCREENSHOTS=1` saves them into `e2e/screenshots` instead,
 * where the README's pictures (`screen-*.png`) are kept in git: the way to refresh those.
 */
export const screenshotsDir =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? join(e2eDir, 'screenshots')
    : join(e2eDir, '..', 'target', 'e2e-screenshots');

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name} to run the end-to-end tests (see e2e/README.md).`);
  return value;
}

/** The settings of a run; each is asked for only by the journeys that need it. */
export const env = {
  baseUrl: required('E2E_BASE_URL'),
  get adminEmail(): string {
    return required('E2E_ADMIN_EMAIL');
  },
  get adminPassword(): string {
    return required('E2E_ADMIN_PASSWORD');
  },
  /** The shop's mail outbox folder (`<data folder>/outbox`), where it saves mails as `.eml`. */
  get outboxDir(): string {
    return required('E2E_OUTBOX_DIR');
  },
  chromium: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
};

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Debian's Chromium, headless, on a fresh profile that is thrown away afterwards. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'turgus-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: env.chromium,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    baseURL: env.baseUrl,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(15_000);
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
