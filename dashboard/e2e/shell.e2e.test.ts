/**
 * The shell every page stands in: the skip link, role-aware navigation (a drawer on phones), focus on the
 * page's heading after navigating, a page a role may not open, an unknown address, and an ended session
 * answered in place: the sign-in dialog opens over the page, what was typed is kept, and what failed is
 * retried once the same person signs in again.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator } from '../../server/src/test/factories.js';
import {
  expectNoSidewaysScroll,
  type Harness,
  PHONE,
  StaffRole,
  startHarness,
  TEST_PASSWORD,
} from './harness.js';

describe('the dashboard shell', () => {
  let h: Harness;
  let page: Page;
  let email: string;

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        await buildCreator(em, { handle: 'ava_calm', region: 'GB' });
        await buildCreator(em, { handle: 'ben_talks', region: 'US' });
      },
    });
    page = await h.newPage();
    email = (await h.signIn(page, StaffRole.EDITOR, { displayName: 'Erin Editor' })).email;
  });
  afterAll(async () => h?.close());

  it('offers a skip link first, which moves focus to the page content', async () => {
    await page.goto('/creators');
    await page.getByRole('heading', { name: 'Creators', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('moves focus to the new page heading after navigating with the keyboard', async () => {
    const campaigns = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' });
    await campaigns.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Campaigns', level: 1 });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.title()).toBe('Campaigns · Beacon');
  });

  it('answers an unknown address inside the shell', async () => {
    await page.goto('/no-such-page');
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    await h.expectAccessible(page);
  });

  it('puts the navigation in a drawer on a phone, and closes it after choosing a page', async () => {
    await page.setViewportSize(PHONE);
    await page.goto('/creators');
    await page.getByRole('heading', { name: 'Creators', level: 1 }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    const drawer = page.getByRole('dialog', { name: 'Beacon' });
    await drawer.waitFor();
    expect(await drawer.getByText('Erin Editor').isVisible()).toBe(true);
    await h.expectAccessible(page);
    await h.screenshots(page, 'navigation-drawer');
    await drawer.getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
    await expect.poll(() => drawer.count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('signs back in, in place, when the session ends mid-work: typing kept, the failed search retried', async () => {
    await page.goto('/creators');
    await page.getByText('2 creators').waitFor();
    // The session ends on the server (it expired, or was ended elsewhere).
    await h.app.orm.em.fork().nativeDelete('StaffSession', {});
    await page.getByRole('searchbox', { name: 'Search' }).fill('ben');
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Email').inputValue()).toBe(email);
    // The email is known, so the person starts in the password field.
    await expect
      .poll(() =>
        dialog.getByRole('textbox', { name: 'Password' }).evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await h.expectAccessible(page);
    await h.screenshots(page, 'session-ended');
    await dialog.getByRole('textbox', { name: 'Password' }).fill(TEST_PASSWORD);
    await dialog.getByRole('button', { name: 'Sign in and carry on' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    // The page never unmounted: the search is as typed, and the query that failed ran again.
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('ben');
    await expect
      .poll(() => page.getByRole('table').getByRole('rowheader').allTextContents())
      .toEqual(['@ben_talks']);
  });

  it('after a redeploy, reloads once for the missing part of Beacon, then offers a reload rather than looping', async () => {
    const chunkPage = await h.newPage();
    await h.signIn(chunkPage, StaffRole.VIEWER);
    await chunkPage.goto('/creators');
    await chunkPage.getByRole('heading', { name: 'Creators', level: 1 }).waitFor();
    // The campaigns page's file is gone, as after a redeploy renamed it (answered, as a server that falls
    // back to index.html would, with a page instead of a script).
    await chunkPage.route('**/assets/campaigns.page-*.js', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Beacon</title>' }),
    );
    let loads = 0;
    chunkPage.on('load', () => loads++);
    const reloaded = chunkPage.waitForEvent('load');
    await chunkPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Campaigns' })
      .click();
    await reloaded; // the first failure reloads the page for the new version
    const alert = chunkPage.getByRole('alert').filter({ hasText: 'This page could not be shown' });
    await alert.waitFor(); // the second does not reload again
    expect(await alert.textContent()).toContain('Part of Beacon could not be loaded');
    expect(loads).toBe(1);
    expect(await chunkPage.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    await h.expectAccessible(chunkPage);
    await chunkPage.unroute('**/assets/campaigns.page-*.js');
    await chunkPage.getByRole('button', { name: 'Reload the page' }).click();
    await chunkPage.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
  });

  it('raised no script errors on the way (the refused query is expected in the console)', () => {
    expect(h.errorsOf(page).filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});
