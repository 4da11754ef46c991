import type { Page } from 'playwright-core';
import { env } from './browser';
import { confirmationCode, newestMailTo } from './mail';
import { openAccountMenu, uniqueWord } from './shop';

/** The registration page sends a signed-in person to the catalog: whoever is signed in signs out. */
export async function signOutIfSignedIn(page: Page): Promise<void> {
  await page.goto('/login');
  const catalog = page.getByRole('heading', { name: 'Catalog', level: 1 });
  const signInForm = page.getByRole('heading', { name: 'Sign in', level: 1 });
  await catalog.or(signInForm).waitFor();
  if (await signInForm.isVisible()) return;
  await openAccountMenu(page, 'Sign out');
  await page.getByRole('button', { name: 'LogOut', exact: true }).click();
  await signInForm.waitFor();
}

export interface Customer {
  fullName: string;
  email: string;
  /** As a person types it; the shop keeps it without the separators. */
  phone: string;
  normalisedPhone: string;
  password: string;
}

export function newCustomer(): Customer {
  const word = uniqueWord();
  const digits = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10)).join('');
  return {
    fullName: `Ona ${word}`,
    email: `e2e-${word}@example.com`,
    phone: `+7 (9${digits.slice(0, 2)}) ${digits.slice(2, 5)}-${digits.slice(5, 7)}-${digits.slice(7)}`,
    normalisedPhone: `+79${digits}`,
    password: `Amber$${word}7`,
  };
}

/** Registers through the form and confirms with the code from the mail outbox. */
export async function registerAndConfirm(page: Page, customer: Customer): Promise<void> {
  await signOutIfSignedIn(page);
  await page.goto('/register');
  await page.getByRole('heading', { name: 'Create an account', level: 1 }).waitFor();
  await page.getByRole('textbox', { name: 'Full name', exact: true }).fill(customer.fullName);
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(customer.email);
  await page.getByRole('textbox', { name: 'Phone', exact: true }).fill(customer.phone);
  await page.getByLabel('Password', { exact: true }).fill(customer.password);
  await page.getByLabel('Repeat the password', { exact: true }).fill(customer.password);
  const sent = Date.now();
  await page.getByRole('button', { name: 'Create account', exact: true }).click();

  await page.getByRole('heading', { name: 'Confirm your email', level: 1 }).waitFor();
  const mail = await newestMailTo(env.outboxDir, customer.email, sent);
  const code = confirmationCode(mail);
  if (!code) throw new Error(`No 6-digit code in the mail to ${customer.email}:\n${mail}`);

  await page.getByRole('textbox', { name: 'Digit 1 of 6', exact: true }).click();
  await page.keyboard.type(code);
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await page.getByRole('heading', { name: 'Your account is ready', level: 1 }).waitFor();
}
