import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, screenshot, type Browser } from './browser';
import { newCustomer, registerAndConfirm } from './customers';
import { solidPng } from './png';
import { openAccountMenu, signIn, uniqueWord } from './shop';

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

/** Sends the sign-in form and answers the status the shop gave. */
async function submitSignIn(page: Page, password: string): Promise<number> {
  await page.getByLabel('Password', { exact: true }).fill(password);
  const answered = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/api/auth/login' &&
      response.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  return (await answered).status();
}

describe('a customer account in a browser', () => {
  it('registers, signs in by phone, uploads a picture, changes the password and signs out', async () => {
    const page = await newPage('account-journey');
    const customer = newCustomer();
    const newPassword = `Birch!${uniqueWord()}4`;

    await registerAndConfirm(page, customer);

    // Sign in by phone.
    await page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await signIn(page, customer.normalisedPhone, customer.password);
    await page.getByRole('heading', { name: 'Catalog', level: 1 }).waitFor();

    // A picture instead of the default one.
    await openAccountMenu(page, 'Profile');
    await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Full name', exact: true }).inputValue()).toBe(
      customer.fullName,
    );
    await page.getByRole('img', { name: 'Default profile picture', exact: true }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Upload picture', exact: true }).click();
    await (await chooser).setFiles({ name: 'me.png', mimeType: 'image/png', buffer: solidPng() });
    await page.getByText('Picture updated.', { exact: true }).waitFor();
    await page.getByRole('img', { name: 'Profile picture', exact: true }).waitFor();
    await screenshot(page, 'profile');

    // A new password.
    await page.getByRole('link', { name: 'Change password', exact: true }).click();
    await page.getByRole('heading', { name: 'Change password', level: 1 }).waitFor();
    await page.getByLabel('Current password', { exact: true }).fill(customer.password);
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Repeat the new password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Change password', exact: true }).click();
    await page
      .getByRole('heading', { name: 'Congrats. Your password was changed.', level: 1 })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/account/password/done');
    await page.getByRole('link', { name: 'Back to profile', exact: true }).click();
    await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor();

    // Sign out, once confirmed.
    await openAccountMenu(page, 'Sign out');
    await page
      .getByRole('heading', { name: 'Are you sure you want to logout?', level: 1 })
      .waitFor();
    await page.getByRole('button', { name: 'LogOut', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');

    // The old password no longer works; the new one does.
    await signIn(page, customer.email, customer.password);
    await page.getByRole('alert').filter({ hasText: 'Invalid credentials. Try again' }).waitFor();
    await signIn(page, customer.email, newPassword);
    await page.getByRole('heading', { name: 'Catalog', level: 1 }).waitFor();
    await page.close();
  });

  it('locks a fresh account after three wrong passwords, counting down on the sign-in form', async () => {
    const page = await newPage('lockout');
    const customer = newCustomer();
    await registerAndConfirm(page, customer);

    // The browser profile is shared between journeys: start this one signed out.
    await page.evaluate(() => {
      localStorage.clear();
    });
    await page.goto('/login');
    await page.getByRole('textbox', { name: 'Email or phone', exact: true }).fill(customer.email);
    const answers: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      answers.push(await submitSignIn(page, `${customer.password}-wrong-${String(attempt)}`));
    }
    expect(answers.slice(0, 2)).toEqual([401, 401]);
    // The third failure locks: its own answer may already say so, or the next one does, even
    // with the right password, which is not checked while locked.
    if (answers[2] !== 429) answers.push(await submitSignIn(page, customer.password));
    expect(answers.at(-1)).toBe(429);

    const lockout = page
      .getByRole('alert')
      .filter({ hasText: /Too many attempts\. Try again in (\d+:)?\d{2}:\d{2}\./ });
    await lockout.waitFor();
    const timer = page.getByRole('timer');
    const shown = await timer.textContent();
    expect(shown).toMatch(/^(\d+:)?\d{2}:\d{2}$/);
    expect(await page.getByRole('button', { name: 'Sign in', exact: true }).isDisabled()).toBe(
      true,
    );
    // It counts down.
    await page.waitForFunction(
      (before) => document.querySelector('[role="timer"]')?.textContent !== before,
      shown,
      { timeout: 5_000 },
    );
    await screenshot(page, 'lockout');
    await page.close();
  });
});
