/**
 * Signing in and out in the built dashboard: the sign-in page a signed-out visitor sees at any address,
 * the server's refusal read out, signing in from the keyboard, signing out leaving nothing reachable, and
 * Sign out with a changed form asking "Discard your changes?" first, walked with the keyboard alone, as
 * "Sign out instead" does when the session ended mid-work.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffUser } from '../../server/src/modules/staff/staff-user.entity.js';
import { buildCreator } from '../../server/src/test/factories.js';
import {
  expectClosedWithFocusOn,
  type Harness,
  isFocused,
  StaffRole,
  startHarness,
  TEST_PASSWORD,
  tabTo,
} from './harness.js';

describe('signing in and out', () => {
  let h: Harness;
  let page: Page;
  let erin: StaffUser;
  let email: string;

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        await buildCreator(em, { handle: 'ava_calm', displayName: 'Ava Calm' });
        await em.flush();
      },
    });
    erin = await h.app.staff(StaffRole.EDITOR, { displayName: 'Erin Editor' });
    email = erin.email;
    page = await h.newPage();
  });
  afterAll(async () => h?.close());

  it('shows a signed-out visitor the sign-in page at any address, accessible at both widths', async () => {
    await page.goto('/creators?q=ava');
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await page.title()).toBe('Sign in · Beacon');
    await h.expectAccessible(page);
    await h.screenshots(page, 'sign-in');
  });

  it('says what is missing next to each field before asking the server', async () => {
    await page.getByRole('button', { name: 'Sign in' }).click();
    const email = page.getByLabel('Email');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Enter your email address').isVisible()).toBe(true);
    // Focus goes to the first field in error.
    expect(await email.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("reads out the server's refusal when the password is wrong, keeping what was typed", async () => {
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Password' }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Not signed in' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The email or password is not right');
    expect(await page.getByLabel('Email').inputValue()).toBe(email);
    await h.expectAccessible(page);
    await h.screenshots(page, 'sign-in-wrong-password');
  });

  it('signs in from the keyboard and stays at the address asked for', async () => {
    await page.getByRole('textbox', { name: 'Password' }).fill(TEST_PASSWORD);
    await page.getByRole('textbox', { name: 'Password' }).press('Enter');
    await page.getByRole('heading', { name: 'Creators', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/creators');
    expect(new URL(page.url()).searchParams.get('q')).toBe('ava');
    expect(await page.getByText('Erin Editor').isVisible()).toBe(true);
  });

  it('signs out back to the sign-in page, and the data is no longer reachable', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await page.goto('/creators');
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('asks before Sign out drops a changed form, keyboard alone: Keep editing keeps it, Discard signs out', async () => {
    await h.signIn(page, erin);
    await page.goto('/creators?q=ava');
    const creator = page.getByRole('link', { name: '@ava_calm' });
    await tabTo(page, creator);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ava Calm', level: 1 }).waitFor();
    const name = page.getByLabel('Display name');
    await tabTo(page, name);
    await page.keyboard.press('End');
    await page.keyboard.type(' Jones');

    const signOut = page.getByRole('button', { name: 'Sign out' });
    for (let i = 0; i < 80 && !(await isFocused(signOut)); i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    const question = page.getByRole('dialog', { name: 'Discard your changes?' });
    await question.waitFor();
    expect(await isFocused(question.getByRole('button', { name: 'Keep editing' }))).toBe(true);
    await h.expectAccessible(page);
    await page.keyboard.press('Enter');
    await expectClosedWithFocusOn(question, signOut);
    expect(await name.inputValue()).toBe('Ava Calm Jones');
    expect(await page.getByRole('heading', { name: 'Ava Calm', level: 1 }).isVisible()).toBe(true);

    await page.keyboard.press('Enter');
    await question.waitFor();
    await tabTo(page, question.getByRole('button', { name: 'Discard changes' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  });

  it('asks before "Sign out instead", when the session ended mid-work, drops a changed form', async () => {
    await h.signIn(page, erin);
    await page.goto('/creators?q=ava');
    await page.getByRole('link', { name: '@ava_calm' }).click();
    await page.getByRole('heading', { name: 'Ava Calm', level: 1 }).waitFor();
    await page.getByLabel('Display name').fill('Ava Calm Jones');
    // The session ends on the server; the next thing sent (recording consent) finds it gone.
    await h.app.orm.em.fork().nativeDelete('StaffSession', {});
    await page.getByRole('button', { name: /^(Record|Change) consent$/ }).click();
    await page.getByRole('button', { name: 'Save consent' }).click();
    const ended = page.getByRole('dialog', { name: 'Your session has ended' });
    await ended.waitFor();
    await ended.getByRole('button', { name: 'Sign out instead' }).click();
    const question = page.getByRole('dialog', { name: 'Discard your changes?' });
    await question.waitFor();
    // Clicked, not pressed: the question must be on top of the session dialog to take the pointer.
    await question.getByRole('button', { name: 'Keep editing' }).click();
    await expect.poll(() => question.count()).toBe(0);
    expect(await ended.isVisible()).toBe(true);
    expect(await page.getByLabel('Display name').inputValue()).toBe('Ava Calm Jones');
    await ended.getByRole('button', { name: 'Sign out instead' }).click();
    await question.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
