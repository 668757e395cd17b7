/**
 * A long list in the shared data table, in a real browser: only rows near the viewport are in the page,
 * the table still tells assistive technology how many rows there are, and scrolling reaches the last.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign } from '../../server/src/test/factories.js';
import { expectNoSidewaysScroll, type Harness, PHONE, StaffRole, startHarness } from './harness.js';

const TOTAL = 120;

describe('long lists', () => {
  let h: Harness;
  let page: Page;
  const rowHeaders = () => page.getByRole('table').getByRole('rowheader');

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        for (let i = 1; i <= TOTAL; i++)
          await buildCampaign(em, {
            name: `Campaign ${String(i).padStart(3, '0')}`,
            hashtag: `#Campaign${i}`,
          });
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.VIEWER);
  });
  afterAll(async () => h?.close());

  it('keeps only the rows near the viewport in the page once a list is long', async () => {
    await page.goto('/campaigns');
    await page.getByText(`Showing 1–20 of ${TOTAL} campaigns`).waitFor();
    const more = page.getByRole('button', { name: 'Load more campaigns' });
    for (let shown = 40; shown <= TOTAL; shown += 20) {
      await more.click();
      await page
        .getByText(shown < TOTAL ? `Showing 1–${shown} of ${TOTAL} campaigns` : `${TOTAL} campaigns`, {
          exact: true,
        })
        .waitFor();
    }
    expect(await page.getByRole('table').getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    expect(await rowHeaders().count()).toBeLessThan(TOTAL);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect
      .poll(async () => (await rowHeaders().allTextContents()).some((t) => t.includes('Campaign 001')))
      .toBe(true);
    await expect
      .poll(async () => (await rowHeaders().allTextContents()).some((t) => t.includes(`Campaign ${TOTAL}`)))
      .toBe(false);
    await h.expectAccessible(page);
  });

  it('stacks the long list as cards on a phone, still virtualised, with nothing scrolling sideways', async () => {
    await page.setViewportSize(PHONE);
    const cards = page.getByRole('list', { name: 'Campaigns found' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    expect(await cards.count()).toBeLessThan(TOTAL);
    await expectNoSidewaysScroll(page);
    await h.expectAccessible(page);
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
