/** Audit log: an admin narrows the log by who (found by typing; cleared by its button, by keyboard or pointer), what, which record type and when, pages through it, and follows an event to every change of its record. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventOf } from '../../server/src/modules/audit/audit.service.js';
import { buildCreator, buildCrisisResource, buildStaff } from '../../server/src/test/factories.js';
import { type Harness, isFocused, StaffRole, startHarness } from './harness.js';

describe('audit log', () => {
  let h: Harness;
  let page: Page;
  const rowHeaders = () => page.getByRole('table', { name: 'Audit events' }).getByRole('rowheader');

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        const ada = await buildStaff(em, { displayName: 'Ada Editor', role: StaffRole.EDITOR });
        const sam = await buildStaff(em, { displayName: 'Sam Publisher', role: StaffRole.PUBLISHER });
        const creator = await buildCreator(em, { handle: 'kindwords', displayName: 'Kind Words' });
        const shout = await buildCrisisResource(em, { name: 'Shout' });
        for (let i = 0; i < 30; i++) {
          const event = auditEventOf({
            actor: ada,
            action: 'creator.update',
            targetType: 'Creator',
            targetId: creator.id,
            before: { bio: `Bio ${i}`, version: i + 1 },
            after: { bio: `Bio ${i + 1}`, version: i + 2 },
          });
          event.occurredAt = new Date(Date.UTC(2026, 1, 1, 9, i));
          em.persist(event);
        }
        const verified = auditEventOf({
          actor: sam,
          action: 'crisisResource.verify',
          targetType: 'CrisisResource',
          targetId: shout.id,
          before: { lastVerifiedAt: '2025-01-01T00:00:00.000Z' },
          after: { lastVerifiedAt: '2026-03-10T10:00:00.000Z' },
        });
        verified.occurredAt = new Date('2026-03-10T10:00:00Z');
        em.persist(verified);
        await em.flush();
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.ADMIN);
  });
  afterAll(async () => h?.close());

  it('lists every change newest first and pages through them', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByText('Showing 1–25 of 31 events').waitFor();
    const first = page.getByRole('row').filter({ has: page.getByText('Sam Publisher') });
    expect(
      await first.getByRole('link', { name: 'Crisis resource', exact: true }).getAttribute('href'),
    ).toMatch(/^\/crisis-resources\//);
    // What changed, in words, behind a disclosure.
    await first.getByText('last verified at').first().click();
    expect((await first.textContent())?.replace(/\s+/g, ' ')).toContain(
      '2025-01-01T00:00:00.000Z → 2026-03-10T10:00:00.000Z',
    );
    await h.expectAccessible(page);
    await h.screenshots(page, 'audit');

    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Showing 26–31 of 31 events').waitFor();
    expect(await rowHeaders().count()).toBe(6);
  });

  it('narrows the log by who, action, record type and date range', async () => {
    await page.goto('/audit');
    // "Who" asks the server for the staff matching what is typed (a team can pass the 100 it once offered).
    const who = page.getByRole('combobox', { name: 'Who' });
    await who.click();
    await page.keyboard.type('Sam');
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').allTextContents())
      .toEqual(['Sam Publisher']);
    // The open list covers most of the table's first row, whose two links axe then measures as too small
    // to tap (target-size): they are whole again when it closes, and the full check runs below.
    expect((await h.axe(page)).filter((v) => v.id !== 'target-size')).toEqual([]);
    await page.getByRole('option', { name: 'Sam Publisher' }).click();
    await page.waitForURL(/actor=/);
    await page.getByText('1 event', { exact: true }).waitFor();
    expect(await who.inputValue()).toBe('Sam Publisher');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await h.expectAccessible(page);
    // Emptying its text shows everyone again.
    await who.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    await page.getByText('Showing 1–25 of 31 events').waitFor();
    // The clear button, by keyboard: Tab from the field reaches it by its name, Enter clears the filter, and
    // the focus stays in the field with its choices shut (Mantine's own was hidden from Tab and from the
    // accessibility tree, so no role or name could find it).
    const chooseSam = async () => {
      await who.click();
      await page.keyboard.type('Sam');
      await page.getByRole('option', { name: 'Sam Publisher' }).click();
      await page.getByText('1 event', { exact: true }).waitFor();
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
    };
    const clear = page.getByRole('button', { name: 'Clear, show anyone' });
    await chooseSam();
    await who.focus();
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await page.keyboard.press('Tab');
    expect(await isFocused(clear)).toBe(true);
    await h.expectAccessible(page);
    await page.keyboard.press('Enter');
    await page.getByText('Showing 1–25 of 31 events').waitFor();
    expect(page.url()).not.toMatch(/actor=/);
    expect(await who.inputValue()).toBe('');
    expect(await isFocused(who)).toBe(true);
    expect(await page.getByRole('listbox').isVisible()).toBe(false);
    // And by pointer.
    await chooseSam();
    await clear.click();
    await page.getByText('Showing 1–25 of 31 events').waitFor();
    expect(page.url()).not.toMatch(/actor=/);
    expect(await who.inputValue()).toBe('');
    await h.expectAccessible(page);

    await page.getByRole('textbox', { name: 'Action' }).fill('creator.update');
    await page.getByText('Showing 1–25 of 30 events').waitFor();
    await page.getByLabel('Record type').selectOption({ label: 'Crisis resource' });
    await page.getByText('No events match these filters.').waitFor();
    await page.getByRole('heading', { name: 'No events found' }).waitFor();
    await h.expectAccessible(page);
    await page.getByRole('textbox', { name: 'Action' }).fill('');
    await page.getByText('1 event', { exact: true }).waitFor();

    await page.getByLabel('Record type').selectOption({ label: 'Any record' });
    await page.getByText('Showing 1–25 of 31 events').waitFor();
    // Each filter lands in the address before the next is set, as it would for a person.
    await page.getByLabel('From').fill('2026-03-01');
    await page.waitForURL(/from=2026-03-01/);
    await page.getByText('1 event', { exact: true }).waitFor();
    await page.getByLabel('To').fill('2026-03-31');
    await page.waitForURL(/to=2026-03-31/);
    await page.getByText('1 event', { exact: true }).waitFor();
    await page.getByLabel('To').fill('2026-02-28');
    await page.getByText('The end date is before the start date').waitFor();
    await page.getByLabel('From').fill('2026-02-01');
    await page.waitForURL(/from=2026-02-01/);
    await page.getByText('Showing 1–25 of 30 events').waitFor();
    await h.expectAccessible(page);
  });

  it('follows an event to every change made to its record', async () => {
    await page.goto('/audit');
    await page.getByText('Showing 1–25 of 31 events').waitFor();
    await page
      .getByRole('row')
      .filter({ has: page.getByText('Sam Publisher') })
      .getByRole('link', { name: 'Every change to this crisis resource' })
      .click();
    await page.getByText('Changes to one record').waitFor();
    await page.getByText('1 event', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Show every record' }).click();
    await page.getByText('Showing 1–25 of 31 events').waitFor();
  });

  it('is not offered to staff who may not read it', async () => {
    const viewer = await h.newPage();
    await h.signIn(viewer, StaffRole.EDITOR);
    expect(
      await viewer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).count(),
    ).toBe(0);
    await viewer.goto('/audit');
    await viewer.getByText(/Only admins can read the audit log/).waitFor();
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
