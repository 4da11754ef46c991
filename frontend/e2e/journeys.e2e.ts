import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { env, launchBrowser, screenshot, type Browser } from './browser';
import {
  findAdminRow,
  notification,
  openAdmin,
  openCatalog,
  searchCatalog,
  signIn,
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

describe('Turgus in a browser', () => {
  // First, so that the admin's next successful sign-in clears the failure count.
  it('refuses a wrong password with "Invalid credentials. Try again"', async () => {
    const page = await newPage('wrong-password');

    await signIn(page, env.adminEmail, `${env.adminPassword}-wrong`);

    await page.getByRole('alert').filter({ hasText: 'Invalid credentials. Try again' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.close();
  });

  it('lets an admin add, restock and withdraw a product that customers then find or not', async () => {
    const page = await newPage('admin-journey');
    const word = uniqueWord();
    const name = `Lantern ${word}`;

    await signInAsAdmin(page);
    await openAdmin(page);

    // Add it.
    await page.getByRole('button', { name: 'New product', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'New product' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await form.getByRole('textbox', { name: 'Description', exact: true }).fill('Brass, 30 cm.');
    await form.getByRole('textbox', { name: 'Price', exact: true }).fill('24.90');
    await form.getByRole('textbox', { name: 'Stock', exact: true }).fill('2');
    await form.getByRole('button', { name: 'Create', exact: true }).click();
    await notification(page, `Product “${name}” created.`);
    await form.waitFor({ state: 'hidden' });

    // Restock it by 5.
    let row = await findAdminRow(page, word, name);
    await row.getByRole('button', { name: 'Restock', exact: true }).click();
    const restock = page.getByRole('dialog', { name: 'Restock' });
    await restock.getByRole('textbox', { name: 'Quantity', exact: true }).fill('5');
    await restock.getByRole('button', { name: 'Add stock', exact: true }).click();
    await notification(page, `Added 5 to “${name}”.`);
    await row.getByRole('cell', { name: '7', exact: true }).waitFor();

    // Customers find it, with its stock on its page.
    await openCatalog(page);
    await searchCatalog(page, word);
    const link = page.getByRole('link', { name, exact: true });
    await link.waitFor();
    await screenshot(page, 'catalog');
    await link.click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByText('In stock: 7', { exact: true }).waitFor();
    const productUrl = page.url();
    expect(new URL(productUrl).pathname).toMatch(/^\/products\/[^/]+$/);

    // The product's address works when opened directly.
    const direct = await newPage('deep-link');
    await direct.goto(productUrl);
    await direct.getByRole('heading', { name, level: 1 }).waitFor();
    await direct.getByText('In stock: 7', { exact: true }).waitFor();
    await direct.close();

    // Withdraw it.
    await openAdmin(page);
    row = await findAdminRow(page, word, name);
    await row.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await notification(page, `“${name}” withdrawn from sale.`);
    await row.getByRole('button', { name: 'Reinstate', exact: true }).waitFor();

    // Customers no longer find it.
    await openCatalog(page);
    await searchCatalog(page, word);
    await page.getByRole('heading', { name: 'No products found' }).waitFor();
    expect(await page.getByRole('link', { name, exact: true }).count()).toBe(0);
    await page.close();
  });

  it('shows the app for addresses it does not know, and "Product not found" for a missing product', async () => {
    const page = await newPage('unknown-addresses');
    await signInAsAdmin(page);

    await page.goto('/account/nowhere');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.goto('/products/999999999');
    await page.getByRole('heading', { name: 'Product not found' }).waitFor();
    await page.close();
  });
});
