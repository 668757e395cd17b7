/**
 * Crisis resources: those overdue a check stand out, one click marks one verified, the overdue queue pages
 * through every one beside the region's list, and a region's list shows what its readers see.
 */
import { readFileSync } from 'node:fs';
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

  it('pages through every resource overdue a check beside the region’s list, and verifies one on a later page', async () => {
    const overdueName = (i: number) => `Overdue helpline ${String(i).padStart(2, '0')}`;
    const em = h.app.orm.em.fork();
    for (let i = 1; i <= 30; i++)
      await buildCrisisResource(em, {
        name: overdueName(i),
        organisationName: 'A fictional helpline',
        regions: ['IE'],
        // Least recently verified first: Overdue helpline 01 heads the queue.
        lastVerifiedAt: new Date(Date.now() - (400 - i) * DAY),
      });
    await page.goto('/crisis-resources?region=IE');
    await page.getByText('30 resources were last verified over 180 days ago.').waitFor();
    await page.getByText('Showing 1–25 of 30 resources').waitFor();
    const overdue = page.getByRole('table', { name: 'Resources overdue a check' });
    const overdueRows = () => overdue.getByRole('rowheader').allTextContents();
    expect(await overdueRows()).toHaveLength(25);
    expect((await overdueRows())[0]).toContain(overdueName(1));
    // The region's list (Samaritans and the 30) pages on its own.
    await page.getByText('Showing 1–25 of 31 resources').waitFor();

    const overduePager = page.getByRole('navigation', { name: 'Overdue resource pages' });
    await overduePager.getByRole('button', { name: 'Next page' }).click();
    await overduePager.getByText('Page 2').waitFor();
    await page.getByText('Showing 26–30 of 30 resources').waitFor();
    expect(await overdueRows()).toEqual(
      [26, 27, 28, 29, 30].map((i) => expect.stringContaining(overdueName(i))),
    );
    const url = new URL(page.url()).searchParams;
    expect(url.get('overdue-page')).toBe('2');
    expect(url.get('page')).toBeNull();
    expect(url.get('region')).toBe('IE');
    await page.getByText('Showing 1–25 of 31 resources').waitFor();

    const regionPager = page.getByRole('navigation', { name: 'Resource pages', exact: true });
    await regionPager.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Showing 26–31 of 31 resources').waitFor();
    expect(await overduePager.getByText('Page 2').isVisible()).toBe(true);
    expect(await overdueRows()).toHaveLength(5);
    await h.expectAccessible(page);
    await h.screenshots(page, 'crisis-resources-overdue-page-2');

    await overdue.getByRole('button', { name: `Mark verified: ${overdueName(27)}` }).click();
    await page.getByText('29 resources were last verified over 180 days ago.').waitFor();
    await page.getByText('Showing 26–29 of 29 resources').waitFor();
    expect(await overdueRows()).toEqual([26, 28, 29, 30].map((i) => expect.stringContaining(overdueName(i))));
    await h.expectAccessible(page);

    // Its export holds every overdue resource, not only the page shown.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV of resources overdue a check' }).click();
    const lines = readFileSync(await (await download).path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 29);
    expect(lines[1]).toMatch(new RegExp(`^${overdueName(1)},`));
    expect(lines.some((line) => line.startsWith(`${overdueName(27)},`))).toBe(false);
    await page.getByText('Exported 29 resources to crisis-resources-overdue.csv.').first().waitFor();

    // On a phone the overdue queue stacks as cards, its pager still in reach, nothing scrolling sideways.
    await page.setViewportSize(PHONE);
    const cards = page.getByRole('list', { name: 'Resources overdue a check' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBe(4);
    await expectNoSidewaysScroll(page);
    await h.expectAccessible(page);
    await page.setViewportSize(DESKTOP);
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
