/** Staff admin: an admin invites a member, changes a role, deactivates an account, and is told in words why the last admin cannot go. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaff } from '../../server/src/test/factories.js';
import { type Harness, StaffRole, startHarness } from './harness.js';

describe('staff admin', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        await buildStaff(app.orm.em.fork(), { displayName: 'Robin Editor', role: StaffRole.EDITOR });
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.ADMIN, { displayName: 'Ada Admin' });
  });
  afterAll(async () => h?.close());

  it('invites a member and shows the one-time token', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
    await page.getByText('2 members', { exact: true }).waitFor();
    await h.expectAccessible(page);
    await page.getByRole('button', { name: 'Invite a member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a staff member' });
    await dialog.getByLabel('Name').fill('Sam Reviewer');
    await dialog.getByLabel('Email').fill('sam@beacon.test');
    await dialog.getByLabel('Role').selectOption({ label: 'Safety reviewer' });
    await dialog.getByRole('button', { name: 'Invite' }).click();
    await dialog.getByText('Sam Reviewer is invited').waitFor();
    expect((await dialog.getByLabel('Invitation token').textContent())?.length).toBeGreaterThan(10);
    await h.expectAccessible(page);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByText('3 members', { exact: true }).waitFor();
    await page
      .getByRole('row', { name: /Sam Reviewer/ })
      .getByText('Invitation pending')
      .waitFor();
  });

  it('changes a role and deactivates an account', async () => {
    await page.getByRole('combobox', { name: 'Role of Robin Editor' }).selectOption({ label: 'Publisher' });
    await page.getByText('Robin Editor is now publisher').first().waitFor();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Deactivate Sam Reviewer' }).click();
    await page.getByText('2 members', { exact: true }).waitFor();
  });

  it('says in words why the last admin cannot be demoted or deactivated', async () => {
    await page.getByRole('combobox', { name: 'Role of Ada Admin' }).selectOption({ label: 'Viewer' });
    await page.getByRole('alert').filter({ hasText: 'Not changed' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Not changed' }).textContent()).toContain(
      'Ada Admin is still admin: Beacon must keep at least one active admin.',
    );
    expect(await page.getByRole('combobox', { name: 'Role of Ada Admin' }).inputValue()).toBe('ADMIN');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Deactivate Ada Admin' }).click();
    await page.getByText('Ada Admin is still active: Beacon must keep at least one active admin.').waitFor();
    await h.screenshots(page, 'staff');
    await h.expectAccessible(page);
  });

  it('is not offered to other roles', async () => {
    const editor = await h.newPage();
    await h.signIn(editor, StaffRole.EDITOR);
    expect(
      await editor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).count(),
    ).toBe(0);
    await editor.goto('/staff');
    await editor.getByText(/Only admins can manage staff accounts/).waitFor();
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
