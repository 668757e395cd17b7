/** Crisis resources: those overdue a check stand out, one click marks one verified, and a region's list shows what its readers see. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCrisisResource } from '../../server/src/test/factories.js';
import {
  DESKTOP,
  expectNoSidewaysScroll,
  type Harness,
  PHONE,
  StaffRole,
  startHarness,
  tabTo,
} from './harness.js';

const DAY = 86_400_000;

describe('crisis resources', () => {
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
          lastVerifiedAt: new Date(Date.now() - 10 * DAY),
        });
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.EDITOR);
  });
  afterAll(async () => h?.close());

  it('highlights the resource not verified for over 180 days and marks it verified in one click', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Crisis resources' })
      .click();
    await page.getByRole('heading', { name: 'Crisis resources', level: 1 }).waitFor();
    await page.getByText('1 resource was last verified over 180 days ago.').waitFor();
    const overdue = page.getByRole('table', { name: 'Resources overdue a check' });
    expect(await overdue.getByRole('rowheader').allTextContents()).toEqual([
      expect.stringContaining('Samaritans'),
    ]);
    const forGb = page.getByRole('table', { name: 'Resources for GB' });
    await forGb.getByRole('row', { name: /Shout/ }).waitFor();
    expect(
      await forGb
        .getByRole('row', { name: /Samaritans/ })
        .getByText('Overdue a check')
        .isVisible(),
    ).toBe(true);
    expect(await forGb.getByRole('row', { name: /Shout/ }).getByText('Overdue a check').count()).toBe(0);
    await h.expectAccessible(page);
    await h.screenshots(page, 'crisis-resources');

    await overdue.getByRole('button', { name: 'Mark verified: Samaritans' }).click();
    await page.getByRole('heading', { name: 'Every resource was checked in the last 180 days' }).waitFor();
    await expect.poll(() => forGb.getByText('Overdue a check').count()).toBe(0);
    await h.expectAccessible(page);
  });

  it('opens a resource with its history, showing the verification', async () => {
    await page.getByRole('link', { name: 'Samaritans', exact: true }).click();
    await page.getByRole('heading', { name: 'Samaritans', level: 1 }).waitFor();
    await page
      .getByText(/Verify/)
      .first()
      .waitFor();
    await h.expectAccessible(page);
  });

  it('shows a viewer the lists without the button', async () => {
    const viewer = await h.newPage();
    await h.signIn(viewer, StaffRole.VIEWER);
    await viewer.goto('/crisis-resources?region=IE');
    await viewer
      .getByRole('table', { name: 'Resources for IE' })
      .getByRole('row', { name: /Samaritans/ })
      .waitFor();
    expect(await viewer.getByRole('button', { name: /Mark verified/ }).count()).toBe(0);
  });

  it('keeps the region in the URL and stacks each resource as a card on a phone, nothing scrolling sideways', async () => {
    await page.goto('/crisis-resources');
    await tabTo(page, page.getByLabel('Region'));
    await page.keyboard.type('ie');
    const forIe = page.getByRole('table', { name: 'Resources for IE' });
    await forIe.getByRole('row', { name: /Samaritans/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBe('IE');
    await page.getByText('1 resource', { exact: true }).waitFor();

    await page.setViewportSize(PHONE);
    await page.reload();
    const cards = page.getByRole('list', { name: 'Resources for IE' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().getByRole('heading', { level: 3 }).textContent()).toContain('Samaritans');
    await expectNoSidewaysScroll(page);
    await h.expectAccessible(page);
    await h.screenshots(page, 'crisis-resources-region');
    await page.setViewportSize(DESKTOP);
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
