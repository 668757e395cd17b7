/**
 * The catalogue with the keyboard alone: the staff directory of every crisis resource (archived ones
 * included), topics picked in the catalogue dialogs, and for each catalogue screen an edit opened, saved,
 * cancelled and closed with Tab, Enter, Space, arrows and Escape, checking where focus lands each time and
 * running axe on every dialog opened.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCrisisResource, buildOrganisation, buildSession } from '../../server/src/test/factories.js';
import {
  controlsUnderToasts,
  expectClosedWithFocusOn,
  expectNoSidewaysScroll,
  focusedElement as focused,
  type Harness,
  isFocused,
  PHONE,
  StaffRole,
  startHarness,
  tabTo,
} from './harness.js';

const DAY = 86_400_000;

describe('the catalogue with the keyboard alone', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        await buildCrisisResource(em, {
          name: 'Samaritans',
          organisationName: 'Samaritans',
          regions: ['GB', 'IE'],
          lastVerifiedAt: new Date(Date.now() - 200 * DAY),
        });
        await buildCrisisResource(em, {
          name: 'Shout',
          organisationName: 'Mental Health Innovations',
          regions: ['GB'],
        });
        await buildCrisisResource(em, {
          name: 'Retired line',
          organisationName: 'A closed service',
          regions: ['GB'],
          archivedAt: new Date(),
        });
        await buildOrganisation(em, { name: 'Papyrus UK', regionsServed: ['GB'] });
        await buildSession(em, { title: 'Safe messaging for creators', capacity: 20 });
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.ADMIN);
  });
  afterAll(async () => h?.close());

  it('lists every crisis resource to staff, archived ones included, and filters by status', async () => {
    await page.goto('/crisis-resources');
    await page.getByRole('heading', { name: 'Crisis resources', level: 1 }).waitFor();
    await tabTo(page, page.getByRole('link', { name: 'All resources, archived included' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'All crisis resources', level: 1 }).waitFor();
    // A followed link lands on the new page's heading.
    await expect.poll(() => focused(page)).toBe('h1: All crisis resources');

    const table = page.getByRole('table', { name: 'All crisis resources' });
    await table.getByRole('row', { name: /Retired line/ }).waitFor();
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([
      expect.stringContaining('Retired line'),
      expect.stringContaining('Samaritans'),
      expect.stringContaining('Shout'),
    ]);
    expect(
      await table
        .getByRole('row', { name: /Retired line/ })
        .getByText('Archived')
        .count(),
    ).toBe(1);
    expect(
      await table
        .getByRole('row', { name: /Samaritans/ })
        .getByText('Overdue a check')
        .count(),
    ).toBe(1);
    // Archived resources are not re-checked: no button on their row.
    expect(await table.getByRole('button', { name: 'Mark verified: Retired line' }).count()).toBe(0);
    await h.expectAccessible(page);
    await h.screenshots(page, 'crisis-resource-directory');

    const status = page.getByRole('combobox', { name: 'Status' });
    await tabTo(page, status);
    // Each arrow changes the filter, and the URL with it; the next waits for the list to follow.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('live');
    await expect.poll(() => table.getByRole('rowheader').count()).toBe(2);
    await expect.poll(() => status.inputValue()).toBe('live');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('archived');
    await expect.poll(() => table.getByRole('rowheader').count()).toBe(1);
    expect(await table.getByRole('rowheader').textContent()).toContain('Retired line');
    expect(await isFocused(status)).toBe(true);
    // Two arrows in a row, as fast as a person can press them: the select shows each choice at once, so the
    // second moves on from the first even while the list (and the address) is still catching up.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe(null);
    expect(await status.inputValue()).toBe('');
    await expect.poll(() => table.getByRole('rowheader').count()).toBe(3);
  });

  it('marks an overdue resource verified from the directory with Space, focus staying on the button', async () => {
    const table = page.getByRole('table', { name: 'All crisis resources' });
    const verify = table.getByRole('button', { name: 'Mark verified: Samaritans' });
    await tabTo(page, verify);
    await page.keyboard.press('Space');
    await expect
      .poll(() =>
        table
          .getByRole('row', { name: /Samaritans/ })
          .getByText('Overdue a check')
          .count(),
      )
      .toBe(0);
    await expect.poll(() => focused(page)).toBe('button: Mark verified: Samaritans');
  });

  it('stacks the directory on a phone without sideways scrolling', async () => {
    const phone = await h.newPage(PHONE);
    await h.signIn(phone, StaffRole.VIEWER);
    await phone.goto('/crisis-resources/all?status=live');
    await phone.getByRole('heading', { name: 'All crisis resources', level: 1 }).waitFor();
    await phone.getByRole('heading', { name: 'Shout' }).waitFor();
    expect(await phone.getByRole('button', { name: /Mark verified/ }).count()).toBe(0);
    await expectNoSidewaysScroll(phone);
    await h.expectAccessible(phone);
  });

  it('picks a crisis resource topic with the keyboard; Escape, Cancel and Save each return focus to Edit', async () => {
    await page.goto('/crisis-resources/all');
    await tabTo(page, page.getByRole('link', { name: 'Shout', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Shout', level: 1 }).waitFor();
    const edit = page.getByRole('button', { name: 'Edit', exact: true });
    const dialog = page.getByRole('dialog', { name: 'Edit Shout' });

    await tabTo(page, edit);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await h.expectAccessible(page);
    await page.keyboard.press('Escape');
    await expectClosedWithFocusOn(dialog, edit);

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(page, dialog.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expectClosedWithFocusOn(dialog, edit);

    await page.keyboard.press('Space');
    await dialog.waitFor();
    const topics = dialog.getByLabel('Topics', { exact: true });
    await tabTo(page, topics);
    // Focus opens the whole list, longer than its box: a region that scrolls while focus stays in the
    // input. axe judges the dialog with it open (a scrolling region nobody can focus is a serious fault),
    // and the arrow keys bring the option they reach into view.
    const list = page.getByRole('listbox');
    await list.waitFor();
    expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await h.expectAccessible(page);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => list.evaluate((el) => el.scrollTop > 0)).toBe(true);
    await expect.poll(() => isFocused(topics)).toBe(true);
    await page.keyboard.type('self');
    await dialog.page().getByRole('option', { name: 'Self-harm' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await dialog.getByText('Self-harm').first().waitFor();
    // Tab closes the list of topics, keeping the one picked.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    await h.expectAccessible(page);
    await h.screenshots(page, 'catalogue-keyboard-resource-topics');
    await tabTo(page, dialog.getByRole('button', { name: 'Save resource' }));
    await page.keyboard.press('Enter');
    await expectClosedWithFocusOn(dialog, edit);
    await page.getByText('Self-harm').waitFor();
    // The toast saying it was saved covers none of the page's controls (Edit and Mark verified top right,
    // Sign out in the header).
    await page.getByRole('button', { name: 'Dismiss notification' }).waitFor();
    expect(await controlsUnderToasts(page)).toEqual({ toasts: 1, covered: [] });

    await page.goto('/crisis-resources?region=GB');
    await page
      .getByRole('table', { name: 'Resources for GB' })
      .getByRole('row', { name: /Shout/ })
      .getByText('Self-harm')
      .waitFor();
  });

  it('adds an organisation with focus topics by keyboard, landing on its page, and closes its edit with Escape', async () => {
    await page.goto('/organisations');
    await page.getByRole('heading', { name: 'Organisations', level: 1 }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'New organisation' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New organisation' });
    await dialog.waitFor();
    await expect.poll(() => isFocused(dialog.getByRole('textbox', { name: 'Name' }))).toBe(true);
    await page.keyboard.type('Mind Cymru');
    await tabTo(page, dialog.getByRole('combobox', { name: 'Kind' }));
    await page.keyboard.press('ArrowDown');
    await tabTo(page, dialog.getByRole('textbox', { name: 'Website' }));
    await page.keyboard.press('End');
    await page.keyboard.type('mind-cymru.example');
    await tabTo(page, dialog.getByLabel('Focus topics', { exact: true }));
    await page.keyboard.type('anx');
    await page.getByRole('option', { name: 'Anxiety' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    await h.expectAccessible(page);
    await tabTo(page, dialog.getByRole('button', { name: 'Add organisation' }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Mind Cymru', level: 1 }).waitFor();
    await expect.poll(() => focused(page)).toBe('h1: Mind Cymru');
    await page.getByText('Anxiety').first().waitFor();

    const edit = page.getByRole('button', { name: 'Edit', exact: true });
    await tabTo(page, edit);
    await page.keyboard.press('Enter');
    const editDialog = page.getByRole('dialog', { name: 'Edit Mind Cymru' });
    await editDialog.waitFor();
    await h.expectAccessible(page);
    await page.keyboard.press('Escape');
    await expectClosedWithFocusOn(editDialog, edit);

    await page.goto('/organisations');
    await page
      .getByRole('table', { name: 'Organisations' })
      .getByRole('row', { name: /Mind Cymru/ })
      .getByText('Anxiety')
      .waitFor();
  });

  it('edits a training session by keyboard: saved, the dialog closes and focus is back on "Edit session"', async () => {
    await page.goto('/training');
    await page.getByRole('heading', { name: 'Training', level: 1 }).waitFor();
    await tabTo(page, page.getByRole('link', { name: 'Safe messaging for creators' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Safe messaging for creators', level: 1 }).waitFor();
    const edit = page.getByRole('button', { name: 'Edit session' });
    await tabTo(page, edit);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Edit Safe messaging for creators' });
    await dialog.waitFor();
    await h.expectAccessible(page);
    await tabTo(page, dialog.getByRole('textbox', { name: 'Title' }));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Safe messaging basics');
    await tabTo(page, dialog.getByRole('button', { name: 'Save session' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Safe messaging basics', level: 1 }).waitFor();
    await expectClosedWithFocusOn(dialog, edit);
  });

  it('opens and closes the staff invitation with the keyboard, focus back on its button', async () => {
    await page.goto('/staff');
    await page.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
    const invite = page.getByRole('button', { name: 'Invite a member' });
    await tabTo(page, invite);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Invite a staff member' });
    await dialog.waitFor();
    await h.expectAccessible(page);
    await page.keyboard.press('Escape');
    await expectClosedWithFocusOn(dialog, invite);
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
