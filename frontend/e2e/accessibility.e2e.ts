import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, screenshot, type Browser } from './browser';
import { newCustomer, registerAndConfirm } from './customers';
import { signIn, signInAsAdmin } from './shop';

/**
 * Every page, as each kind of visitor, at desktop and phone size, in light and dark: no serious or
 * critical axe-core finding. A page is opened once and looked at four times:
 * - desktop, light: every rule;
 * - desktop, dark: the colour rules (the theme changes colours alone);
 * - phone, light: every rule again (the layout differs: the menu button, icon-only buttons,
 *   labels hidden or wrapped, what scrolls);
 * - phone, dark: the colour rules, on what only the phone size shows (Mantine's `hiddenFrom`
 *   elements, such as the menu button). Everything else there is a component already checked in
 *   dark at desktop size, with the same colours: checking it again would find nothing new.
 * axe-core is put into the page once per page load and run there (`axe.run`), reporting the
 * violations alone: a run then takes a fraction of a second. (@axe-core/playwright injected its
 * 0.6 MB script twice per run and finished each run in a new tab, for frames from other origins,
 * which the shop has none of: that was most of this file's time.)
 */
const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 740 },
} as const;
type Theme = 'light' | 'dark';
/** The rules about colour: all that the dark theme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** What only a size below Mantine's breakpoints shows (`hiddenFrom`). */
const SMALL_SIZE_ONLY = '[class*="mantine-hidden-from-"]';

/** Each kind of visitor has a browser of their own, so that no one's sign-in leaks to another. */
let browser: Browser | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function newPage(name: string): Promise<Page> {
  browser = await launchBrowser();
  const page = await browser.context.newPage();
  onTestFailed(async () => {
    // The browser may be closed already by then.
    await screenshot(page, `failed-${name}`).catch(() => undefined);
  });
  return page;
}

/** The page has its heading and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(
    () =>
      document.querySelector('[aria-busy="true"], .mantine-Loader-root, .mantine-Skeleton-root') ===
      null,
  );
}

async function setTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.waitForFunction(
    (wanted) => document.documentElement.getAttribute('data-mantine-color-scheme') === wanted,
    theme,
  );
}

/** What axe says about one element: where it is and, for contrast, the colours it measured. */
function describeNode(node: { target: unknown[]; any: { data?: unknown }[] }): string {
  const data = node.any[0]?.data as
    { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
  const colours = data?.fgColor
    ? ` (${data.fgColor} on ${data.bgColor ?? '?'}: ${String(data.contrastRatio)})`
    : '';
  return `${node.target.map(String).join(' ')}${colours}`;
}

interface Look {
  label: string;
  /** Only the colour rules. */
  colourOnly?: boolean;
  /** Only these elements (and what is inside them). */
  within?: string;
}

/** The serious and critical findings on the page as it is now, one line each. */
async function findings(
  page: Page,
  { label, colourOnly = false, within }: Look,
): Promise<string[]> {
  // A theme or size change starts colour transitions (the segmented controls' labels fade for
  // 200 ms): axe would measure a colour half-way, so it looks once they have ended.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  // Once per page load; only the violations are read, so axe spares itself describing every
  // element that passes.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const result = await page.evaluate(
    ({ rules, include }) =>
      (window as unknown as { axe: typeof axe }).axe.run(
        include ? { include: [include] } : document,
        {
          resultTypes: ['violations'],
          ...(rules && { runOnly: { type: 'rule', values: rules } }),
        },
      ),
    { rules: colourOnly ? COLOUR_RULES : null, include: within ?? null },
  );
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${label}: ${violation.id} on ${String(violation.nodes.length)} element(s), e.g. ${violation.nodes
          .slice(0, 3)
          .map(describeNode)
          .join(' | ')}`,
    );
}

/** Opens each path and checks it at both sizes in both themes (see the top of the file). */
async function checkPages(page: Page, who: string, paths: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    await page.setViewportSize(SIZES.desktop);
    await page.goto(path);
    await setTheme(page, 'light');
    await settled(page).catch((error: unknown) => {
      throw new Error(`${who} ${path} did not finish loading`, { cause: error });
    });
    problems.push(...(await findings(page, { label: `${who} desktop light ${path}` })));
    await setTheme(page, 'dark');
    problems.push(
      ...(await findings(page, { label: `${who} desktop dark ${path}`, colourOnly: true })),
    );

    await page.setViewportSize(SIZES.phone);
    if ((await page.locator(SMALL_SIZE_ONLY).count()) > 0) {
      problems.push(
        ...(await findings(page, {
          label: `${who} phone dark ${path} (phone-only elements)`,
          colourOnly: true,
          within: SMALL_SIZE_ONLY,
        })),
      );
    }
    await setTheme(page, 'light');
    problems.push(...(await findings(page, { label: `${who} phone light ${path}` })));
  }
  return problems;
}

/** Tabs through the page: every stop is shown with a focus ring. */
async function focusStopsWithoutRing(page: Page, path: string, stops: number): Promise<string[]> {
  await page.setViewportSize(SIZES.desktop);
  await page.goto(path);
  await settled(page);
  const missing: string[] = [];
  for (let stop = 0; stop < stops; stop++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return { name: 'body', shown: true };
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      const name = `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 40)}"`;
      return { name, shown: outline || shadow };
    });
    if (!ring.shown) missing.push(`${path}: ${ring.name}`);
  }
  return missing;
}

// Each visitor's pages take a minute or two on a busy machine: more than a journey's 90 s.
describe('accessibility', { timeout: 240_000 }, () => {
  it('finds no serious or critical problem on the pages of a visitor who is signed out', async () => {
    const page = await newPage('a11y-signed-out');
    const problems = await checkPages(page, 'signed out', [
      '/login',
      '/register',
      '/register/confirm?email=someone%40example.com',
      '/password/forgot',
      '/password/reset?token=not-a-real-token',
      '/nowhere',
    ]);
    expect(problems).toEqual([]);
  });

  it('finds no serious or critical problem on the pages of a customer', async () => {
    const page = await newPage('a11y-customer');
    const customer = newCustomer();
    await registerAndConfirm(page, customer);
    await signIn(page, customer.email, customer.password);
    await page.getByRole('heading', { name: 'Catalog', level: 1 }).waitFor();
    const firstProduct = page.locator('a[href^="/products/"]').first();
    await firstProduct.waitFor();
    const productPath = (await firstProduct.getAttribute('href')) ?? '/';
    // Something in the cart, so that the cart shows its lines.
    await page.goto(productPath);
    await page.getByRole('button', { name: 'Add to cart', exact: true }).click();
    await page
      .getByText(/added to the cart/)
      .first()
      .waitFor();

    const problems = await checkPages(page, 'customer', [
      '/',
      productPath,
      '/cart',
      '/account/profile',
      '/account/password',
      '/account/sessions',
      '/account/balance',
      '/account/orders',
      '/admin/dashboard',
    ]);
    expect(problems).toEqual([]);
  });

  it('finds no serious or critical problem on the pages of an admin', async () => {
    const page = await newPage('a11y-admin');
    await signInAsAdmin(page);
    const problems = await checkPages(page, 'admin', [
      '/admin/dashboard',
      '/admin/products',
      '/admin/users',
      '/admin/events',
      '/admin/orders',
      '/admin/discounts',
      '/admin/balance-adjustments',
      '/admin/backups',
      '/admin/mail',
    ]);
    expect(problems).toEqual([]);
  });

  it('shows a focus ring on every stop of the keyboard', async () => {
    const page = await newPage('a11y-keyboard');
    await signInAsAdmin(page);
    const missing = [
      ...(await focusStopsWithoutRing(page, '/', 12)),
      ...(await focusStopsWithoutRing(page, '/admin/products', 16)),
    ];
    expect(missing).toEqual([]);
  });
});
