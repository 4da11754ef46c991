import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it, onTestFailed } from 'vitest';
import { launchBrowser, screenshot, screenshotsDir, type Browser } from './browser';
import { signInAsAdmin } from './shop';

/**
 * Pictures of the main screens for the README (e2e/screenshots/screen-*.png): catalog, product,
 * cart, orders and the admin dashboard, on a desktop and a phone, in English and Lithuanian.
 * Saved under target/e2e-screenshots; with UPDATE_SCREENSHOTS=1 over the README's (browser.ts).
 */
const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 740 },
} as const;
const LANGUAGES = ['en', 'lt'] as const;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Everything on the screen has loaded: headings, data and the pictures in view. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(
    () =>
      document.querySelector('[aria-busy="true"], .mantine-Loader-root, .mantine-Skeleton-root') ===
        null &&
      [...document.images]
        .filter((image) => image.getBoundingClientRect().top < window.innerHeight)
        .every((image) => image.complete),
  );
}

async function capture(page: Page, name: string): Promise<void> {
  await mkdir(screenshotsDir, { recursive: true });
  await page.screenshot({ path: join(screenshotsDir, `screen-${name}.png`) });
}

describe('screenshots of the main screens', () => {
  it('saves catalog, product, cart, orders and dashboard, desktop and phone, en and lt', async () => {
    const page = await browser.context.newPage();
    onTestFailed(async () => {
      await screenshot(page, 'failed-screenshots');
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await signInAsAdmin(page);

    // One product in the cart, so that the cart shows a line.
    await page.goto('/');
    const firstProduct = page.locator('a[href^="/products/"]').first();
    await firstProduct.waitFor();
    const productPath = (await firstProduct.getAttribute('href')) ?? '/';
    await page.goto(productPath);
    const addToCart = page.getByRole('button', { name: 'Add to cart', exact: true });
    await addToCart.waitFor();
    await addToCart.click();
    await page
      .getByText(/added to the cart/)
      .first()
      .waitFor();

    const screens: [string, string][] = [
      ['catalog', '/'],
      ['product', productPath],
      ['cart', '/cart'],
      ['orders', '/account/orders'],
      ['dashboard', '/admin/dashboard'],
    ];
    for (const language of LANGUAGES) {
      await page.evaluate((chosen) => {
        localStorage.setItem('turgus.language', chosen);
      }, language);
      for (const [size, viewport] of Object.entries(SIZES)) {
        await page.setViewportSize(viewport);
        for (const [name, path] of screens) {
          await page.goto(path);
          await settled(page);
          await capture(page, `${name}-${size}-${language}`);
        }
      }
    }

    // The cart as it was.
    await page.evaluate(() => {
      localStorage.setItem('turgus.language', 'en');
    });
    await page.setViewportSize(SIZES.desktop);
    await page.goto('/cart');
    await page
      .getByRole('button', { name: /^Remove / })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Your cart is empty' }).waitFor();
    await page.close();
  });
});
