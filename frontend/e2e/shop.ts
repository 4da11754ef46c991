import type { Page } from 'playwright-core';
import { env } from './browser';

/** What a person does in the shop, in the words the screens use. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email or phone', exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs the admin in, unless this browser already is. */
export async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto('/');
  const catalog = page.getByRole('heading', { name: 'Catalog', level: 1 });
  const signInForm = page.getByRole('heading', { name: 'Sign in', level: 1 });
  await catalog.or(signInForm).waitFor();
  if (await catalog.isVisible()) return;
  await signIn(page, env.adminEmail, env.adminPassword);
  await catalog.waitFor();
}

/** The admin area opens on its dashboard. */
export async function openAdminArea(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Admin', exact: true }).click();
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
}

/** One of the admin area's tabs, by its name, and the heading its page shows. */
export async function openAdminTab(page: Page, tab: string, heading: string): Promise<void> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

/** The admin's products. */
export async function openAdmin(page: Page): Promise<void> {
  await openAdminArea(page);
  await openAdminTab(page, 'Products', 'Manage products');
}

export async function openCatalog(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Catalog', exact: true }).click();
  await page.getByRole('heading', { name: 'Catalog', level: 1 }).waitFor();
}

export async function searchCatalog(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search', exact: true }).fill(query);
  await page.waitForURL((url) => url.searchParams.get('q') === query);
}

/** The admin table's row of the one product matching `query`. */
export async function findAdminRow(page: Page, query: string, name: string) {
  await page.getByRole('searchbox', { name: 'Search products', exact: true }).fill(query);
  const row = page.getByRole('row').filter({ hasText: name });
  await row.waitFor();
  return row;
}

export async function notification(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: true }).waitFor();
}

/** Ten random letters: a word no other product has, that any search finds. */
export function uniqueWord(): string {
  return Array.from({ length: 10 }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join('');
}

/** Opens one of the account pages from the header's "Account" menu. */
export async function openAccountMenu(
  page: Page,
  item: 'Profile' | 'Balance' | 'Orders' | 'Password' | 'Sessions' | 'Sign out',
): Promise<void> {
  await page.getByRole('button', { name: 'Account', exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}
