import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, screenshot, type Browser } from './browser';
import { newCustomer, registerAndConfirm } from './customers';
import {
  findAdminRow,
  notification,
  openAccountMenu,
  openAdmin,
  openAdminArea,
  openAdminTab,
  openCatalog,
  searchCatalog,
  signIn,
  signInAsAdmin,
  uniqueWord,
} from './shop';

/**
 * The admin back office: blocking a customer, the event log, backups and the dashboard.
 * The admin and the customer each get a browser of their own: one browser profile holds one
 * signed-in session.
 */
let admin: Browser;
let customer: Browser;

beforeAll(async () => {
  admin = await launchBrowser();
  customer = await launchBrowser();
});

afterAll(async () => {
  await admin.close();
  await customer.close();
});

async function newPage(browser: Browser, name: string): Promise<Page> {
  const page = await browser.context.newPage();
  onTestFailed(async () => {
    await screenshot(page, `failed-${name}`);
  });
  return page;
}

/** "€1,234.50" (the browser runs in English) as whole cents. */
function centsOf(text: string): number {
  const sign = /[−-]/.test(text) ? -1 : 1;
  return sign * Math.round(Number(text.replace(/[^0-9.]/g, '')) * 100);
}

/** The users page's row of the one user whose email is `email`. */
async function findUserRow(page: Page, email: string) {
  await page
    .getByRole('searchbox', { name: 'Search by name, email or phone', exact: true })
    .fill(email);
  const row = page.getByRole('row').filter({ hasText: email });
  await row.waitFor();
  return row;
}

/** The dashboard's day (the last of its period, in the shop's time zone) and that day's revenue. */
interface Today {
  day: string;
  zone: string;
  cents: number;
}

/** Today as the dashboard says it: "From … to 5 Dec 2026 (UTC)" and "Today: €12.50 from 3 orders". */
async function today(page: Page): Promise<Today> {
  const line = page.getByText(/^Today: /);
  const period = page.getByText(/^From .+ to .+ \(.+\)$/);
  await line.waitFor();
  const match = /^Today: (.+) from \d+ orders$/.exec((await line.innerText()).trim());
  if (!match?.[1]) throw new Error(`Unexpected dashboard line: ${await line.innerText()}`);
  const [, day = '', zone = ''] =
    /^From .+ to (.+) \((.+)\)$/.exec((await period.innerText()).trim()) ?? [];
  return { day, zone, cents: centsOf(match[1]) };
}

/** How long until midnight in `zone`: an id such as "UTC" or "Europe/Vilnius", or an offset. */
function untilMidnight(zone: string): number {
  const day = 24 * 3600 * 1000;
  // Java's fixed offsets ("Z", "+02:00"), which Intl may not take.
  const offset = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (zone === 'Z' || offset) {
    const shift = offset
      ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000
      : 0;
    return day - ((((Date.now() + shift) % day) + day) % day);
  }
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date());
  const part = (type: string) => Number(parts.find((each) => each.type === type)?.value ?? 0);
  return day - (part('hour') * 3600 + part('minute') * 60 + part('second')) * 1000;
}

/** The journey around an order takes well under this; closer to midnight it waits for the new day. */
const DAY_MARGIN_MS = 60_000;

async function clearCart(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^Cart, / }).click();
  await page.getByRole('heading', { name: 'Cart', level: 1 }).waitFor();
  const empty = page.getByRole('heading', { name: 'Your cart is empty' });
  const clear = page.getByRole('button', { name: 'Clear cart', exact: true });
  await empty.or(clear).waitFor();
  if (await empty.isVisible()) return;
  await clear.click();
  await page
    .getByRole('dialog', { name: 'Clear cart' })
    .getByRole('button', { name: 'Clear cart', exact: true })
    .click();
  await empty.waitFor();
}

async function createProduct(page: Page, name: string, price: string): Promise<void> {
  await page.getByRole('button', { name: 'New product', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'New product' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await form.getByRole('textbox', { name: 'Price', exact: true }).fill(price);
  await form.getByRole('textbox', { name: 'Stock', exact: true }).fill('5');
  await form.getByRole('button', { name: 'Create', exact: true }).click();
  await notification(page, `Product “${name}” created.`);
  await form.waitFor({ state: 'hidden' });
}

describe('the admin back office in a browser', () => {
  it('blocks a customer, whose next request fails, logs it, and unblocks them', async () => {
    const person = newCustomer();
    const shopper = await newPage(customer, 'blocked-customer');
    await registerAndConfirm(shopper, person);
    await signIn(shopper, person.email, person.password);
    await shopper.getByRole('heading', { name: 'Catalog', level: 1 }).waitFor();

    // The admin finds the customer and blocks them.
    const page = await newPage(admin, 'block-customer');
    await signInAsAdmin(page);
    await openAdminArea(page);
    await openAdminTab(page, 'Users', 'Users');
    const row = await findUserRow(page, person.email);
    await row.getByRole('button', { name: `Actions for ${person.fullName}`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Block', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Block ${person.fullName}` });
    await dialog.getByRole('textbox', { name: /^Reason \(for admins\)/ }).fill('E2E check');
    const blocked = page.waitForResponse(
      (response) =>
        /^\/api\/admin\/users\/\d+\/block$/.test(new URL(response.url()).pathname) &&
        response.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: 'Block', exact: true }).click();
    const answer = await blocked;
    expect(answer.status()).toBe(200);
    const userId = /\/users\/(\d+)\/block$/.exec(new URL(answer.url()).pathname)?.[1] ?? '';
    await notification(page, `${person.fullName} is blocked.`);
    await row.getByText('Blocked', { exact: true }).waitFor();

    // The customer's next request is refused: the app asks them to sign in again.
    await shopper.reload();
    await shopper.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();

    // The event log has it.
    await openAdminTab(page, 'Event log', 'Event log');
    const filters = page.getByRole('form', { name: 'Filter events' });
    await filters
      .getByRole('option', { name: 'USER_BLOCKED', exact: true })
      .waitFor({ state: 'attached' });
    await filters.getByLabel('Type', { exact: true }).selectOption('USER_BLOCKED');
    await filters.getByRole('textbox', { name: 'User id', exact: true }).fill(userId);
    await filters.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('userId') === userId);
    await page.locator('table').getByText('USER_BLOCKED', { exact: true }).first().waitFor();

    // Unblocked, the customer signs in again.
    await openAdminTab(page, 'Users', 'Users');
    const again = await findUserRow(page, person.email);
    await again
      .getByRole('button', { name: `Actions for ${person.fullName}`, exact: true })
      .click();
    await page.getByRole('menuitem', { name: 'Unblock', exact: true }).click();
    await page
      .getByRole('dialog', { name: `Unblock ${person.fullName}` })
      .getByRole('button', { name: 'Unblock', exact: true })
      .click();
    await notification(page, `${person.fullName} is unblocked.`);

    await signIn(shopper, person.email, person.password);
    await shopper.getByRole('heading', { name: 'Catalog', level: 1 }).waitFor();
    await shopper.close();
    await page.close();
  });

  it('makes a backup, withdraws a product, restores, and the product is back', async () => {
    const page = await newPage(admin, 'backup-restore');
    const word = uniqueWord();
    const name = `Kettle ${word}`;

    await signInAsAdmin(page);
    await openAdmin(page);
    await createProduct(page, name, '31.00');

    // The backup holds the product on sale.
    await openAdminTab(page, 'Backups', 'Backups');
    await page.getByRole('button', { name: 'Make a backup', exact: true }).click();
    const made = page.getByText(/^Backup of .+ made\.$/);
    await made.waitFor();
    const date = /^Backup of (.+) made\.$/.exec((await made.innerText()).trim())?.[1] ?? '';
    expect(date).not.toBe('');

    // Withdrawn afterwards.
    await openAdminTab(page, 'Products', 'Manage products');
    let row = await findAdminRow(page, word, name);
    await row.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await notification(page, `“${name}” withdrawn from sale.`);
    await row.getByRole('button', { name: 'Reinstate', exact: true }).waitFor();

    // Restored: everything as it was at the backup, and the admin stays signed in.
    await openAdminTab(page, 'Backups', 'Backups');
    await page
      .getByRole('button', { name: `Restore the backup of ${date}`, exact: true })
      .first()
      .click();
    const confirm = page.getByRole('dialog', { name: 'Restore a backup' });
    await confirm.getByText(/will be replaced by the backup’s, from /).waitFor();
    await confirm.getByRole('button', { name: 'Replace all data', exact: true }).click();
    await page.getByText(/^Restored .+ rows\.$/).waitFor({ timeout: 60_000 });

    await openAdminTab(page, 'Products', 'Manage products');
    row = await findAdminRow(page, word, name);
    await row.getByText('Active', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Withdraw', exact: true }).waitFor();

    // Customers find it again.
    await openCatalog(page);
    await searchCatalog(page, word);
    await page.getByRole('link', { name, exact: true }).waitFor();
    await page.close();
  });

  // Near midnight it first waits for the new day (up to DAY_MARGIN_MS).
  it(
    'shows today’s revenue on the dashboard, growing with an order',
    { timeout: 90_000 + DAY_MARGIN_MS },
    async () => {
      const page = await newPage(admin, 'dashboard');
      const word = uniqueWord();
      const name = `Teacup ${word}`;

      await signInAsAdmin(page);
      await clearCart(page);
      await openAdmin(page);
      await createProduct(page, name, '7.30');
      await openAdminTab(page, 'Dashboard', 'Dashboard');
      let before = await today(page);
      // "Today" starts again from nothing at midnight in the shop's time zone: an order on one side
      // of it and a look on the other would not add up. Close to midnight, wait for the new day.
      const left = untilMidnight(before.zone);
      if (left < DAY_MARGIN_MS) {
        await new Promise((resolve) => setTimeout(resolve, left + 2_000));
        await page.reload();
        before = await today(page);
      }

      // The admin tops up and buys the teacup.
      await openAccountMenu(page, 'Balance');
      const topUp = page.getByRole('form', { name: 'Top up' });
      await topUp.getByRole('textbox', { name: 'Amount' }).fill('10');
      await topUp.getByRole('button', { name: 'Top up', exact: true }).click();
      await page.getByText(/^Your balance is now /).waitFor();
      await openCatalog(page);
      await searchCatalog(page, word);
      await page.getByRole('button', { name: `Add to cart: ${name}`, exact: true }).click();
      await notification(page, `“${name}” added to the cart.`);
      await page.getByRole('link', { name: /^Cart, / }).click();
      await page.getByRole('button', { name: 'Checkout', exact: true }).click();
      await page.getByRole('heading', { name: /^Order \S+$/, level: 1 }).waitFor();
      const totalLabel = page.locator('p').filter({ hasText: /^Total$/ });
      const total = centsOf(await totalLabel.locator('xpath=following-sibling::*[1]').innerText());
      expect(total).toBeGreaterThan(0);

      // Today's revenue grew by exactly the order's total, on the same day.
      await openAdminArea(page);
      await expect
        .poll(
          async () => {
            await page.reload();
            const now = await today(page);
            if (now.day !== before.day)
              throw new Error(`The day turned: ${before.day} → ${now.day}`);
            return now.cents - before.cents;
          },
          { timeout: 20_000 },
        )
        .toBe(total);
      await screenshot(page, 'dashboard');
      await page.close();
    },
  );
});
