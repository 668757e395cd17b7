/**
 * A long list in the shared data table, in a real browser: only rows near the viewport are in the page,
 * the table still tells assistive technology how many rows there are, and scrolling reaches the last.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator, buildEnrolment, buildSession } from '../../server/src/test/factories.js';
import { expectNoSidewaysScroll, type Harness, PHONE, StaffRole, startHarness } from './harness.js';

// A training session's enrolments come 100 a page: more than the 60 rows the table draws in full. (The
// crisis resources overdue a check were this list until they were paged, 25 at a time.)
const TOTAL = 80;
const name = (i: number) => `Creator ${String(i).padStart(3, '0')}`;

describe('long lists', () => {
  let h: Harness;
  let page: Page;
  let sessionPath = '';
  const rowHeaders = () => page.getByRole('table', { name: 'Enrolments' }).getByRole('rowheader');

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        const session = await buildSession(em, { title: 'A crowded session', capacity: 100 });
        sessionPath = `/training/${encodeURIComponent(session.globalId)}`;
        const first = Date.now() - TOTAL * 1000;
        for (let i = 1; i <= TOTAL; i++)
          await buildEnrolment(em, {
            session,
            creator: await buildCreator(em, { displayName: name(i) }),
            // Enrolments list in the order they were made: Creator 001 first.
            createdAt: new Date(first + i * 1000),
          });
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.VIEWER);
  });
  afterAll(async () => h?.close());

  it('keeps only the rows near the viewport in the page once a list is long', async () => {
    await page.goto(sessionPath);
    await page.getByRole('heading', { name: `Enrolments (${TOTAL})` }).waitFor();
    const table = page.getByRole('table', { name: 'Enrolments' });
    expect(await table.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    expect(await rowHeaders().count()).toBeLessThan(TOTAL);

    // The table's foot.
    await table.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await expect
      .poll(async () => (await rowHeaders().allTextContents()).some((t) => t.includes(name(TOTAL))))
      .toBe(true);
    await expect
      .poll(async () => (await rowHeaders().allTextContents()).some((t) => t.includes(name(1))))
      .toBe(false);
    await h.expectAccessible(page);
  });

  it('stacks the long list as cards on a phone, still virtualised, with nothing scrolling sideways', async () => {
    await page.setViewportSize(PHONE);
    const cards = page.getByRole('list', { name: 'Enrolments' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    expect(await cards.count()).toBeLessThan(TOTAL);
    await expectNoSidewaysScroll(page);
    await h.expectAccessible(page);
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
