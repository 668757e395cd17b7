/** Training: an editor adds a session, enrols creators up to capacity, and records attendance and completion; a viewer only reads. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator, buildEnrolment, buildSession } from '../../server/src/test/factories.js';
import { type Harness, StaffRole, startHarness } from './harness.js';

describe('training', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        const session = await buildSession(em, {
          title: 'Safe messaging for creators',
          capacity: 2,
          startsAt: new Date('2025-09-10T14:00:00Z'),
          endsAt: new Date('2025-09-10T15:30:00Z'),
          timeZone: 'Europe/London',
        });
        await buildEnrolment(em, {
          session,
          creator: await buildCreator(em, { handle: 'gentlesteps', displayName: 'Gentle Steps' }),
        });
        await buildCreator(em, { handle: 'quietstrength', displayName: 'Quiet Strength' });
        await buildSession(em, { title: 'Grief and loss on camera', capacity: 30 });
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.EDITOR);
  });
  afterAll(async () => h?.close());

  it('lists sessions with their time in their own zone and how full they are', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
    await page.getByRole('heading', { name: 'Training', level: 1 }).waitFor();
    await page.getByText('2 sessions', { exact: true }).waitFor();
    const row = page.getByRole('row', { name: /Safe messaging for creators/ });
    const text = (await row.textContent())?.replace(/\s+/g, ' ');
    expect(text).toContain('Wed 10 Sep 2025, 15:00 BST – 16:30 BST');
    expect(text).toContain('1 of 2 places taken, 1 left');
    await h.expectAccessible(page);
    await h.screenshots(page, 'training');
  });

  it('adds a session, refusing one that ends before it starts', async () => {
    await page.goto('/training');
    await page.getByRole('button', { name: 'New session' }).click();
    const dialog = page.getByRole('dialog', { name: 'New training session' });
    await dialog.getByLabel('Title').fill('Talking about eating-disorder recovery');
    await dialog.getByLabel('Topic').selectOption({ label: 'Eating-disorder recovery' });
    await dialog.getByLabel('Occasion').selectOption({ label: 'Mental Health Awareness Month' });
    const starts = dialog.getByRole('group', { name: 'Starts' });
    await starts.getByLabel('Date').fill('2027-05-04');
    await starts.getByLabel(/^Time(?! zone)/).fill('18:00');
    const ends = dialog.getByRole('group', { name: 'Ends' });
    await ends.getByLabel('Date').fill('2027-05-04');
    await ends.getByLabel(/^Time(?! zone)/).fill('17:00');
    await dialog.getByLabel('Places').fill('25');
    await dialog.getByRole('button', { name: 'Add session' }).click();
    await dialog.getByText('The session must end after it starts').waitFor();
    await h.expectAccessible(page);
    await h.screenshots(page, 'training-new');

    await ends.getByLabel(/^Time(?! zone)/).fill('19:30');
    await dialog.getByRole('button', { name: 'Add session' }).click();
    await page.getByRole('heading', { name: 'Talking about eating-disorder recovery', level: 1 }).waitFor();
    expect(await page.getByText('0 of 25 places taken, 25 left').isVisible()).toBe(true);
    await page.getByRole('heading', { name: 'Nobody is enrolled yet' }).waitFor();
  });

  it('enrols a creator until the session is full, then records attendance and completion', async () => {
    await page.goto('/training');
    await page.getByRole('link', { name: 'Safe messaging for creators' }).click();
    await page.getByRole('heading', { name: 'Safe messaging for creators', level: 1 }).waitFor();
    await page.getByText('1 of 2 places taken, 1 left').waitFor();

    const picker = page.getByRole('combobox', { name: 'Enrol a creator' });
    await picker.fill('quiet');
    await page.getByRole('option', { name: 'Quiet Strength (@quietstrength)' }).click();
    await page.getByRole('button', { name: 'Enrol', exact: true }).click();
    await page.getByRole('row', { name: /Quiet Strength/ }).waitFor();
    await page.getByText('Full: 2 of 2 places taken').waitFor();
    expect(await picker.isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Mark attended: Gentle Steps (@gentlesteps)' }).click();
    const gentle = page.getByRole('row', { name: /Gentle Steps/ });
    await expect.poll(async () => (await gentle.textContent())?.includes('Yes,')).toBe(true);
    await page.getByRole('button', { name: 'Mark completed: Quiet Strength (@quietstrength)' }).click();
    const quiet = page.getByRole('row', { name: /Quiet Strength/ });
    // Completion records attendance too: both columns say when.
    await expect.poll(async () => await quiet.getByText(/^Yes, /).count()).toBe(2);
    await page.getByText('1 of 2 completed').waitFor();
    await h.expectAccessible(page);
    await h.screenshots(page, 'training-session');
  });

  it('shows a viewer the session without the controls, and why they cannot add one', async () => {
    const viewer = await h.newPage();
    await h.signIn(viewer, StaffRole.VIEWER);
    await viewer.goto('/training');
    await viewer.getByText('3 sessions', { exact: true }).waitFor();
    expect(await viewer.getByRole('button', { name: 'New session' }).isDisabled()).toBe(true);
    await viewer.getByText('You can view but not change anything here (viewer role)').waitFor();
    await viewer.getByText(/^Only editors, .* can change the catalogue\.$/).waitFor();
    expect(await viewer.getByText(/You are signed in as a viewer/).count()).toBe(0);
    await viewer.getByRole('link', { name: 'Safe messaging for creators' }).click();
    await viewer.getByRole('heading', { name: 'Safe messaging for creators', level: 1 }).waitFor();
    await viewer.getByRole('row', { name: /Quiet Strength/ }).waitFor();
    expect(await viewer.getByRole('button', { name: /^Mark / }).count()).toBe(0);
    expect(await viewer.getByRole('combobox', { name: 'Enrol a creator' }).count()).toBe(0);
    await h.expectAccessible(viewer);
    await h.screenshots(viewer, 'training-session-viewer');
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
