import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { aTokenPair, aUser, anErrorBody } from '@/testing/fixtures';
import { answer, failNetwork } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

async function openProfile(user = aUser()) {
  const meApi = answer('get', '/api/me', user);
  const view = renderApp('/account/profile', { as: 'customer' });
  await screen.findByRole('textbox', { name: 'Full name' });
  return { view, meApi };
}

async function save(view: ReturnType<typeof renderApp>) {
  await view.user.click(screen.getByRole('button', { name: 'Save changes' }));
}

describe('the profile page', () => {
  it('shows the profile, with the default picture when there is none', async () => {
    await openProfile(aUser({ loyalty: undefined }));

    expect(screen.getByRole('heading', { name: 'Profile', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Ann Example');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('ann@example.com');
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveValue('+79123456789');
    expect(screen.getByRole('img', { name: 'Default profile picture' })).toHaveAttribute(
      'src',
      expect.stringMatching(/svg/) as string,
    );
    expect(screen.getByRole('link', { name: 'Change password' })).toHaveAttribute(
      'href',
      '/account/password',
    );
    expect(screen.getByRole('link', { name: 'Sessions' })).toHaveAttribute(
      'href',
      '/account/sessions',
    );
  });

  it('shows the person’s own picture and loyalty', async () => {
    await openProfile(
      aUser({
        pictureUrl: '/pictures/users/7.png',
        loyalty: {
          loyal: true,
          tier: 'Loyal',
          discountPercent: 5,
          completedOrders: 4,
          totalSpent: 120,
        },
      }),
    );

    expect(screen.getByRole('img', { name: 'Profile picture' })).toHaveAttribute(
      'src',
      '/pictures/users/7.png',
    );
    expect(screen.getByText('Loyal customer')).toBeInTheDocument();
    expect(screen.getByText('5% off every order')).toBeInTheDocument();
  });

  it('shows how far the loyalty discount is, when the shop tells', async () => {
    await openProfile(
      aUser({
        loyalty: {
          loyal: false,
          tier: null,
          discountPercent: 0,
          completedOrders: 1,
          totalSpent: 380,
          ordersToNext: 2,
          spendToNext: 120,
        },
      }),
    );

    expect(screen.getByText('Not a loyal customer yet')).toBeInTheDocument();
    expect(screen.getByText('2 more orders or €120.00 to become loyal')).toBeInTheDocument();
    expect(screen.getByText('Completed orders: 1')).toBeInTheDocument();
    expect(screen.getByText('Spent in total: €380.00')).toBeInTheDocument();
  });

  it.each([
    ['en', 'Level: Loyal', '2 more orders or €120.00 to reach Gold'],
    ['lt', 'Lygis: Lojalus', 'Dar 2 užsakymai arba 120,00 € iki lygio „Gold“'],
  ])('says in %s how far the next level is, by its name', async (language, level, toNext) => {
    await openProfile(
      aUser({
        loyalty: {
          loyal: true,
          tier: 'Loyal',
          discountPercent: 5,
          completedOrders: 4,
          totalSpent: 380,
          ordersToNext: 2,
          spendToNext: 120,
          nextTier: 'Gold',
          progress: 'The shop’s English',
        },
      }),
    );

    await act(() => changeLanguage(language as 'en' | 'lt'));
    const normalise = (text: string) => text.replace(/\s/g, ' ');
    expect(
      screen.getByText((_, node) => normalise(node?.textContent ?? '') === level, {
        selector: 'p',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText((_, node) => normalise(node?.textContent ?? '') === toNext, {
        selector: 'p',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/The shop’s English/)).not.toBeInTheDocument();
  });

  it('says nothing of a next level at the highest one', async () => {
    await openProfile(
      aUser({
        loyalty: { loyal: true, tier: 'Gold', discountPercent: 10, nextTier: null },
      }),
    );

    expect(screen.getByText('Level: Gold')).toBeInTheDocument();
    expect(screen.queryByText(/to reach/)).not.toBeInTheDocument();
  });

  it('sends only what changed and says "Profile updated successfully"', async () => {
    const updateApi = answer('patch', '/api/me', aUser({ fullName: 'Ann Other' }));
    const { view } = await openProfile();

    const fullName = screen.getByRole('textbox', { name: 'Full name' });
    await view.user.clear(fullName);
    await view.user.type(fullName, ' Ann Other ');
    await view.user.clear(screen.getByRole('textbox', { name: 'Phone' }));
    await view.user.type(screen.getByRole('textbox', { name: 'Phone' }), '+7 912 345-67-89');
    await save(view);

    expect(await screen.findByRole('status')).toHaveTextContent(/^Profile updated successfully$/);
    expect(updateApi.last().body).toEqual({ fullName: 'Ann Other' });
    expect(fullName).toHaveValue('Ann Other');
  });

  it('follows a changed email in the header', async () => {
    answer('patch', '/api/me', aUser({ email: 'ann@new.example' }));
    const { view } = await openProfile();

    const email = screen.getByRole('textbox', { name: 'Email' });
    await view.user.clear(email);
    await view.user.type(email, 'Ann@New.example');
    await save(view);

    expect(await screen.findByText('Profile updated successfully')).toBeInTheDocument();
    expect(screen.getByText('ann@new.example', { selector: 'p' })).toBeInTheDocument();
  });

  it('says "Error while profile updating" and shows a taken email beside the email', async () => {
    answer(
      'patch',
      '/api/me',
      anErrorBody(409, 'Conflict', {
        reason: 'EMAIL_TAKEN',
        errors: [{ field: 'email', message: 'is already used by another account', rule: 'TAKEN' }],
      }),
      409,
    );
    const { view } = await openProfile();

    const email = screen.getByRole('textbox', { name: 'Email' });
    await view.user.clear(email);
    await view.user.type(email, 'bob@example.com');
    await save(view);

    expect(await screen.findByRole('alert')).toHaveTextContent(/^Error while profile updating$/);
    await waitFor(() => {
      expect(email).toHaveAccessibleDescription(
        'An account with this email address already exists.',
      );
    });
    expect(screen.queryByText('Profile updated successfully')).not.toBeInTheDocument();
  });

  it('says "Error while profile updating" when the shop cannot be reached', async () => {
    failNetwork('patch', '/api/me');
    const { view } = await openProfile();

    await view.user.type(screen.getByRole('textbox', { name: 'Full name' }), ' Jr');
    await save(view);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Error while profile updating');
    expect(alert).toHaveTextContent('Cannot reach the shop. Check your connection.');
  });

  it('checks the fields before sending anything', async () => {
    const updateApi = answer('patch', '/api/me', aUser());
    const { view } = await openProfile();

    await view.user.clear(screen.getByRole('textbox', { name: 'Full name' }));
    await view.user.type(screen.getByRole('textbox', { name: 'Phone' }), '5');
    await save(view);

    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveAccessibleDescription(
      'Enter your full name.',
    );
    expect(updateApi.requests).toHaveLength(0);
  });

  it('says so when nothing has changed', async () => {
    const updateApi = answer('patch', '/api/me', aUser());
    const { view } = await openProfile();

    await save(view);

    expect(await screen.findByRole('status')).toHaveTextContent('Nothing has changed.');
    expect(updateApi.requests).toHaveLength(0);
  });

  it('uploads a picture as the multipart part "picture" and shows it', async () => {
    const uploadApi = answer('put', '/api/me/picture', { pictureUrl: '/pictures/users/7.png' });
    const { view } = await openProfile();

    const file = new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'me.svg', {
      type: 'image/svg+xml',
    });
    await view.user.upload(screen.getByLabelText('Picture file'), file);

    // Encoding a multipart body is slow under jsdom.
    expect(await screen.findByText('Picture updated.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(uploadApi.last().body).toEqual({
      picture: expect.objectContaining({ type: 'image/svg+xml', size: file.size }) as unknown,
    });
    expect(screen.getByRole('img', { name: 'Profile picture' })).toHaveAttribute(
      'src',
      '/pictures/users/7.png',
    );
  });

  it('refuses a picture over 2 MB without sending it', async () => {
    const uploadApi = answer('put', '/api/me/picture', { pictureUrl: '/p.png' });
    const { view } = await openProfile();

    const big = new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' });
    await view.user.upload(screen.getByLabelText('Picture file'), big);

    expect(await screen.findByRole('alert')).toHaveTextContent('The file is larger than 2 MB.');
    expect(uploadApi.requests).toHaveLength(0);
  });

  it.each([
    [
      400,
      'The file is not a JPEG, PNG or SVG picture',
      'The file is not a JPEG, PNG or SVG picture',
    ],
    [413, 'The request is too large.', 'The file is larger than 2 MB.'],
  ])('shows a picture the shop refuses with %d', async (status, message, shown) => {
    answer('put', '/api/me/picture', anErrorBody(status, message), status);
    const { view } = await openProfile();

    const file = new File(['not really'], 'me.png', { type: 'image/png' });
    await view.user.upload(screen.getByLabelText('Picture file'), file);

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(shown);
  });

  it('asks a signed-out visitor to sign in first, and comes back', async () => {
    const view = renderApp('/account/profile');
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(view.location()).toBe('/login?next=%2Faccount%2Fprofile');
  });

  it('renews an expired session and shows the profile', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get('/api/me', ({ request }) => {
        const authorization = request.headers.get('Authorization');
        seen.push(authorization);
        return authorization === 'Bearer new-access'
          ? HttpResponse.json(aUser())
          : HttpResponse.json(anErrorBody(401, 'Unauthorized'), { status: 401 });
      }),
    );
    answer('post', '/api/auth/token', aTokenPair('new-access', 'new-refresh'));
    renderApp('/account/profile', { as: 'customer' });

    expect(await screen.findByRole('textbox', { name: 'Full name' })).toHaveValue('Ann Example');
    expect(seen).toEqual(['Bearer access-token', 'Bearer new-access']);
  });

  it('signs out and asks to sign in again when the session cannot be renewed', async () => {
    answer('get', '/api/me', anErrorBody(401, 'Unauthorized'), 401);
    const tokenApi = answer('post', '/api/auth/token', anErrorBody(401, 'Unauthorized'), 401);
    const view = renderApp('/account/profile', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(view.location()).toBe('/login?next=%2Faccount%2Fprofile');
    expect(tokenApi.requests).toHaveLength(1);
    expect(localStorage.getItem('turgus.session')).toBeNull();
  });
});
