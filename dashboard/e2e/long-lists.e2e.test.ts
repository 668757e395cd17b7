/**
 * A long list in the shared data table, in a real browser: only rows near the viewport are in the page,
 * the table still tells assistive technology how many rows there are, and scrolling reaches the last.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCrisisResource } from '../../server/src/test/factories.js';
import { expectNoSidewaysScroll, type Harness, PHONE, StaffRole, startHarness } from './harness.js';

// The crisis resources overdue a check are one list of up to 100 (a queue to work through, not paged):
// more than the 60 rows the table draws in full.
const TOTAL = 80;
const DAY = 86_400_000;

describe('long lists', () => {
  let h: Harness;
  let page: Page;
  const rowHeaders = () =>
    page.getByRole('table', { name: 'Resources overdue a check' }).getByRole('rowheader');

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        for (let i = 1; i <= TOTAL; i++)
          await buildCrisisResource(em, {
            name: `Helpline ${String(i).padStart(3, '0')}`,
            // Least recently verified first: Helpline 001 heads the queue.
            lastVerifiedAt: new Date(Date.now() - (400 - i) * DAY),
          });
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.VIEWER);
  });
  afterAll(async () => h?.close());

  it('keeps only the rows near the viewport in the page once a list is long', async () => {
    await page.goto('/crisis-resources');
    await page.getByText(`${TOTAL} resources were last verified over 180 days ago.`).waitFor();
    const table = page.getByRole('table', { name: 'Resources overdue a check' });
    expect(await table.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    expect(await rowHeaders().count()).toBeLessThan(TOTAL);

    // The table's foot (the list goes on below it, with what readers in a region see).
    await table.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await expect
      .poll(async () =>
        (await rowHeaders().allTextContents()).some((t) =>
          t.includes(`Helpline ${String(TOTAL).padStart(3, '0')}`),
        ),
      )
      .toBe(true);
    await expect
      .poll(async () => (await rowHeaders().allTextContents()).some((t) => t.includes('Helpline 001')))
      .toBe(false);
    await h.expectAccessible(page);
  });

  it('stacks the long list as cards on a phone, still virtualised, with nothing scrolling sideways', async () => {
    await page.setViewportSize(PHONE);
    const cards = page.getByRole('list', { name: 'Resources overdue a check' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    expect(await cards.count()).toBeLessThan(TOTAL);
    await expectNoSidewaysScroll(page);
    await h.expectAccessible(page);
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
