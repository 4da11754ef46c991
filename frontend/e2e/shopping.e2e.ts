import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, screenshot, type Browser } from './browser';
import {
  findAdminRow,
  notification,
  openAccountMenu,
  openAdmin,
  openCatalog,
  searchCatalog,
  signInAsAdmin,
  uniqueWord,
} from './shop';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function newPage(name: string): Promise<Page> {
  const page = await browser.context.newPage();
  onTestFailed(async () => {
    await screenshot(page, `failed-${name}`);
  });
  return page;
}

/** "€1,234.50" (the browser runs in English) as 1234.5. */
function amountOf(text: string): number {
  const sign = /[−-]/.test(text) ? -1 : 1;
  return sign * Number(text.replace(/[^0-9.]/g, ''));
}

/** Amounts compared in whole cents, so that 0.1 + 0.2 equals 0.3. */
function cents(amount: number): number {
  return Math.round(amount * 100);
}

/** The shop's most expensive price (the admin form's limit): more than this run's balance. */
const TOP_PRICE = 1_000_000;

/** The balance page's figure; it may still be the one fetched before, until the shop answers. */
async function shownBalance(page: Page): Promise<number> {
  const label = page.getByText('Current balance', { exact: true });
  const value = label.locator('xpath=following-sibling::*[1]');
  await value.waitFor();
  return amountOf(await value.innerText());
}

async function openBalance(page: Page): Promise<void> {
  await openAccountMenu(page, 'Balance');
  await page.getByRole('heading', { name: 'Balance', level: 1 }).waitFor();
}

/** Opens the balance page and waits until it shows `expected` (in cents). */
async function expectBalance(page: Page, expected: number): Promise<void> {
  await openBalance(page);
  await expect
    .poll(async () => cents(await shownBalance(page)), { timeout: 10_000 })
    .toBe(expected);
}

/** The total of the order page shown, as paid. */
async function readOrderTotal(page: Page): Promise<number> {
  const label = page.locator('p').filter({ hasText: /^Total$/ });
  const value = label.locator('xpath=following-sibling::*[1]');
  await value.waitFor();
  return amountOf(await value.innerText());
}

async function createProduct(page: Page, name: string, price: string, stock: string) {
  await page.getByRole('button', { name: 'New product', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'New product' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await form.getByRole('textbox', { name: 'Price', exact: true }).fill(price);
  await form.getByRole('textbox', { name: 'Stock', exact: true }).fill(stock);
  await form.getByRole('button', { name: 'Create', exact: true }).click();
  await notification(page, `Product “${name}” created.`);
  await form.waitFor({ state: 'hidden' });
}

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

async function addToCart(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Add to cart: ${name}`, exact: true }).click();
  await notification(page, `“${name}” added to the cart.`);
}

describe('shopping in a browser', () => {
  // Runs again and again on the same shop: whatever the balance at the start, every amount is
  // checked against it; the admin may be loyal by now, so the order's own total is what counts.
  it('tops up, buys two products with a promo code, and is refused an order it cannot pay', async () => {
    const page = await newPage('shopping');
    const word = uniqueWord();
    const lantern = `Lantern ${word}`;
    const candle = `Candle ${word}`;
    const chandelier = `Chandelier ${word}`;
    const code = `E2E-${word.toUpperCase()}`;

    await signInAsAdmin(page);
    await clearCart(page);
    // A fresh page: the balance it shows is the shop's.
    await openBalance(page);
    const start = await shownBalance(page);
    // Enough chandeliers to cost more than the balance will ever be in this run (after + 100).
    const chandeliers = Math.floor((start + 100) / TOP_PRICE) + 1;

    // The admin puts three products on sale and creates a promo code.
    await openAdmin(page);
    await createProduct(page, lantern, '24.90', '5');
    await createProduct(page, candle, '6.50', '10');
    await createProduct(page, chandelier, String(TOP_PRICE), String(chandeliers));
    await page.getByRole('tab', { name: 'Discounts', exact: true }).click();
    await page.getByRole('button', { name: 'New promo code', exact: true }).click();
    const promo = page.getByRole('dialog', { name: 'New promo code' });
    await promo.getByRole('textbox', { name: 'Code' }).fill(code);
    await promo.getByRole('textbox', { name: 'Amount off (EUR)', exact: true }).fill('5');
    await promo.getByRole('textbox', { name: 'Minimum order (EUR)', exact: true }).fill('10');
    await promo.getByRole('textbox', { name: 'Uses allowed', exact: true }).fill('1');
    await promo.getByRole('button', { name: 'Create', exact: true }).click();
    await notification(page, `Promo code ${code} created.`);
    await page.getByRole('cell', { name: code, exact: true }).waitFor();

    // Top up 100.00.
    await openAccountMenu(page, 'Balance');
    const topUp = page.getByRole('form', { name: 'Top up' });
    await topUp.getByRole('textbox', { name: 'Amount' }).fill('100');
    await topUp.getByRole('button', { name: 'Top up', exact: true }).click();
    await page.getByText(/^Your balance is now /).waitFor();
    const toppedUp = cents(start) + 10_000;
    await expectBalance(page, toppedUp);

    // Two products in the cart, and the promo code.
    await openCatalog(page);
    await searchCatalog(page, word);
    await addToCart(page, lantern);
    await addToCart(page, candle);
    await page.getByRole('link', { name: 'Cart, 2 items', exact: true }).click();
    await page.getByRole('heading', { name: 'Cart', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Promo code', exact: true }).fill(code);
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByText(`Promo code: ${code}`, { exact: true }).waitFor();
    await page.getByText('−€5.00', { exact: true }).waitFor();
    await screenshot(page, 'cart');

    // Checkout: the order appears, with the promo code's 5.00 off 31.40 (and the loyalty
    // discount, once the admin has bought enough to be loyal).
    await page.getByRole('button', { name: 'Checkout', exact: true }).click();
    const heading = page.getByRole('heading', { name: /^Order \S+$/, level: 1 });
    await heading.waitFor();
    const orderTitle = await heading.innerText();
    await page.getByText(`Thank you! ${orderTitle} is paid.`, { exact: true }).waitFor();
    await page.getByRole('cell', { name: lantern, exact: true }).waitFor();
    await page.getByRole('cell', { name: candle, exact: true }).waitFor();
    await page.getByText('−€5.00', { exact: true }).first().waitFor();
    const total = await readOrderTotal(page);
    expect(total).toBeGreaterThan(0);
    expect(cents(total)).toBeLessThanOrEqual(cents(31.4 - 5));
    await openAccountMenu(page, 'Orders');
    await page.getByRole('link', { name: orderTitle, exact: true }).waitFor();

    // The balance dropped by exactly the order's total, recorded as a purchase of that order.
    const left = toppedUp - cents(total);
    await expectBalance(page, left);
    const purchase = page.getByRole('row').filter({ hasText: 'Purchase' }).first();
    await purchase.getByRole('link', { name: orderTitle, exact: true }).waitFor();

    // The stock dropped.
    await openCatalog(page);
    await searchCatalog(page, word);
    await page.getByRole('link', { name: lantern, exact: true }).click();
    await page.getByText('In stock: 4', { exact: true }).waitFor();

    // An order that costs more than the balance is refused with the shop's explanation.
    expect(cents(chandeliers * TOP_PRICE)).toBeGreaterThan(left);
    await openCatalog(page);
    await searchCatalog(page, word);
    await page.getByRole('link', { name: chandelier, exact: true }).click();
    await page.getByRole('heading', { name: chandelier, level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Quantity', exact: true }).fill(String(chandeliers));
    await page.getByRole('button', { name: 'Add to cart', exact: true }).click();
    await notification(page, `“${chandelier}” added to the cart.`);
    await page
      .getByRole('link', { name: `Cart, ${String(chandeliers)} items`, exact: true })
      .click();
    await page.getByRole('button', { name: 'Checkout', exact: true }).click();
    // The shop's words say how much is needed and how much there is.
    const topUpLink = page.getByRole('link', { name: 'Top up your balance', exact: true });
    const refusal = page.getByRole('alert').filter({ has: topUpLink });
    await refusal.waitFor();
    expect((await refusal.innerText()).trim().length).toBeGreaterThan('Top up your balance'.length);
    await screenshot(page, 'checkout-refused');
    await expectBalance(page, left);

    // Leave the cart empty and the catalog without the chandelier for the next run.
    await clearCart(page);
    await openAdmin(page);
    const row = await findAdminRow(page, word, chandelier);
    await row.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await notification(page, `“${chandelier}” withdrawn from sale.`);
    await page.close();
  });
});
