/**
 * A long list in the shared data table, in a real browser: only rows near the viewport are in the page,
 * the table still tells assistive technology how many rows there are, and scrolling reaches the last; and
 * past the first page of 100 the pager reaches the rest.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator, buildEnrolment, buildSession } from '../../server/src/test/factories.js';
import { expectNoSidewaysScroll, type Harness, PHONE, StaffRole, startHarness } from './harness.js';

// A training session's enrolments come 100 a page: more than the 60 rows the table draws in full. (The
// crisis resources overdue a check were this list until they were paged, 25 at a time.) 130 of them make
// a second page of 30.
const TOTAL = 130;
const PAGE = 100;
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
        const session = await buildSession(em, { title: 'A crowded session', capacity: 200 });
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
    await page.getByText(`Showing 1–${PAGE} of ${TOTAL} enrolments`).waitFor();
    const table = page.getByRole('table', { name: 'Enrolments' });
    expect(await table.getAttribute('aria-rowcount')).toBe(String(PAGE + 1));
    expect(await rowHeaders().count()).toBeLessThan(PAGE);

    // The table's foot: the last of the first page.
    await table.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await expect
      .poll(async () => (await rowHeaders().allTextContents()).some((t) => t.includes(name(PAGE))))
      .toBe(true);
    await expect
      .poll(async () => (await rowHeaders().allTextContents()).some((t) => t.includes(name(1))))
      .toBe(false);
    await h.expectAccessible(page);
  });

  it('reaches the enrolments past the first hundred on the next page', async () => {
    const pager = page.getByRole('navigation', { name: 'Enrolment pages' });
    await pager.getByRole('button', { name: 'Next page' }).click();
    await page.getByText(`Showing ${PAGE + 1}–${TOTAL} of ${TOTAL} enrolments`).waitFor();
    const names = await rowHeaders().allTextContents();
    expect(names.some((t) => t.includes(name(PAGE + 1)))).toBe(true);
    expect(names.some((t) => t.includes(name(TOTAL)))).toBe(true);
    expect(new URL(page.url()).searchParams.get('enrolments-page')).toBe('2');
    await h.expectAccessible(page);
    await h.screenshots(page, 'enrolments-page-2');
    await pager.getByRole('button', { name: 'Previous page' }).click();
    await page.getByText(`Showing 1–${PAGE} of ${TOTAL} enrolments`).waitFor();
  });

  it('stacks the long list as cards on a phone, still virtualised, with nothing scrolling sideways', async () => {
    await page.setViewportSize(PHONE);
    const cards = page.getByRole('list', { name: 'Enrolments' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    expect(await cards.count()).toBeLessThan(PAGE);
    await expectNoSidewaysScroll(page);
    await h.expectAccessible(page);
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
