import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { env, launchBrowser, screenshot, type Browser } from './browser';
import {
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

async function readBalance(page: Page): Promise<number> {
  await openAccountMenu(page, 'Balance');
  await page.getByRole('heading', { name: 'Balance', level: 1 }).waitFor();
  const label = page.getByText('Current balance', { exact: true });
  const value = label.locator('xpath=following-sibling::*[1]');
  await value.waitFor();
  return amountOf(await value.innerText());
}

/** Takes the admin's balance to zero through the adjustment page, whatever it was. */
async function emptyBalance(page: Page): Promise<void> {
  const balance = await readBalance(page);
  if (balance === 0) return;
  await openAdmin(page);
  await page.getByRole('tab', { name: 'Users balance', exact: true }).click();
  const form = page.getByRole('form', { name: 'Adjust a balance' });
  await form.getByRole('textbox', { name: 'User id or email' }).fill(env.adminEmail);
  await form.getByRole('textbox', { name: 'Amount (EUR)' }).fill(`-${balance.toFixed(2)}`);
  await form.getByRole('textbox', { name: 'Reason' }).fill('End-to-end journey: start from zero');
  await form.getByRole('button', { name: 'Adjust balance', exact: true }).click();
  await page.getByText(/^Balance adjusted by /).waitFor();
  expect(await readBalance(page)).toBe(0);
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
  it('tops up, buys two products with a promo code, and is refused a second order without money', async () => {
    const page = await newPage('shopping');
    const word = uniqueWord();
    const lantern = `Lantern ${word}`;
    const candle = `Candle ${word}`;
    const code = `E2E-${word.toUpperCase()}`;

    await signInAsAdmin(page);
    await clearCart(page);
    await emptyBalance(page);

    // The admin puts two products on sale and creates a promo code.
    await openAdmin(page);
    await createProduct(page, lantern, '24.90', '5');
    await createProduct(page, candle, '6.50', '10');
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
    await notification(page, 'Your balance is now €100.00.');

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

    // Checkout: the order appears.
    await page.getByRole('button', { name: 'Checkout', exact: true }).click();
    const heading = page.getByRole('heading', { name: /^Order \S+$/, level: 1 });
    await heading.waitFor();
    const orderTitle = await heading.innerText();
    await page.getByText(`Thank you! ${orderTitle} is paid.`, { exact: true }).waitFor();
    await page.getByRole('cell', { name: lantern, exact: true }).waitFor();
    await page.getByRole('cell', { name: candle, exact: true }).waitFor();
    await page.getByText('−€5.00', { exact: true }).first().waitFor();
    await openAccountMenu(page, 'Orders');
    await page.getByRole('link', { name: orderTitle, exact: true }).waitFor();

    // The balance dropped by what the order cost, at most 31.40 - 5.00.
    const left = await readBalance(page);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(100 - 26.4);
    const purchase = page.getByRole('row').filter({ hasText: 'Purchase' }).first();
    await purchase.getByRole('link', { name: orderTitle, exact: true }).waitFor();

    // The stock dropped.
    await openCatalog(page);
    await searchCatalog(page, word);
    await page.getByRole('link', { name: lantern, exact: true }).click();
    await page.getByText('In stock: 4', { exact: true }).waitFor();

    // Without money, a second order is refused with the shop's explanation.
    await emptyBalance(page);
    await openCatalog(page);
    await searchCatalog(page, word);
    await addToCart(page, lantern);
    await page.getByRole('link', { name: 'Cart, 1 items', exact: true }).click();
    await page.getByRole('button', { name: 'Checkout', exact: true }).click();
    // The shop's words say how much is needed and how much there is.
    const topUpLink = page.getByRole('link', { name: 'Top up your balance', exact: true });
    const refusal = page.getByRole('alert').filter({ has: topUpLink });
    await refusal.waitFor();
    expect((await refusal.innerText()).trim().length).toBeGreaterThan('Top up your balance'.length);
    await screenshot(page, 'checkout-refused');

    // Leave the cart empty for the next run.
    await clearCart(page);
    await page.close();
  });
});
