/**
 * Two staff members edit the same creator: the one who saves second is not allowed to overwrite the
 * other; they see what the other changed, reapply their own change onto it and save both.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Creator } from '../../server/src/modules/creators/creator.entity.js';
import { buildCreator } from '../../server/src/test/factories.js';
import { type Harness, StaffRole, startHarness } from './harness.js';

describe('two staff members editing one creator', () => {
  let h: Harness;
  let first: Page;
  let second: Page;
  let id = '';
  const stored = () => h.app.orm.em.fork().findOneOrFail(Creator, { handle: 'noor_notes' });

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        await buildCreator(app.orm.em.fork(), {
          handle: 'noor_notes',
          displayName: 'Noor Notes',
          bio: 'Notes on looking after yourself.',
          followerCount: 12_000,
        });
      },
    });
    first = await h.newPage();
    second = await h.newPage();
    await h.signIn(first, StaffRole.EDITOR, { displayName: 'Ada First' });
    await h.signIn(second, StaffRole.SAFETY_REVIEWER, { displayName: 'Bo Second' });
  });
  afterAll(async () => h?.close());

  const openProfile = async (page: Page) => {
    await page.goto('/creators');
    await page.getByRole('link', { name: '@noor_notes' }).click();
    await page.getByRole('heading', { name: 'Noor Notes', level: 1 }).waitFor();
    id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  };

  it('shows the other person’s change and reapplies yours onto it', async () => {
    await openProfile(first);
    await openProfile(second);
    expect(id).not.toBe('');

    await first.getByLabel('Display name').fill('Noor Writes');
    await first.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(async () => (await stored()).displayName).toBe('Noor Writes');

    await second.getByLabel('Followers').fill('15000');
    await second.getByRole('button', { name: 'Save details' }).click();
    const dialog = second.getByRole('dialog', { name: 'Someone else saved this first' });
    await dialog.waitFor();
    const theirs = dialog.getByRole('region', { name: 'What they changed' });
    expect(await theirs.getByRole('row', { name: /Display name/ }).textContent()).toContain('Noor Writes');
    expect(await dialog.getByRole('region', { name: 'What you changed' }).textContent()).toContain('15000');
    // Nothing of the second person's was saved over the first's.
    expect((await stored()).followerCount).toBe(12_000);
    await h.expectAccessible(second);
    await h.screenshots(second, 'version-conflict');

    await dialog.getByRole('button', { name: 'Reapply my changes' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await second.getByLabel('Display name').inputValue()).toBe('Noor Writes');
    expect(await second.getByLabel('Followers').inputValue()).toBe('15,000');
    await second.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(async () => (await stored()).followerCount).toBe(15_000);
    expect((await stored()).displayName).toBe('Noor Writes');
    await h.expectAccessible(second);
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(first)).toEqual([]);
    expect(h.errorsOf(second)).toEqual([]);
  });
});
