/**
 * The home page, the campaign board and a recognition's page walked with the keyboard alone, as a safety
 * reviewer starting the day would: skip to the content, open what waits for review, step back up to its
 * campaign's board, open a published spotlight from the board and come back. After every step focus is
 * somewhere a person can tell: the new page's heading after a link, the content after the skip link.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecognitionStatus } from '../../server/src/modules/recognitions/recognition.entity.js';
import { buildCampaign, buildEligibleCreator, buildRecognition } from '../../server/src/test/factories.js';
import { type Harness, StaffRole, startHarness } from './harness.js';
import { tabTo } from './recognition-helpers.js';

/** The element with the focus as a person would name it: its tag and its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    return `${el.tagName.toLowerCase()}${el.id === 'main' ? '#main' : ''}: ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}`;
  });

describe('home, campaign board and a recognition, by keyboard alone', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        const campaign = await buildCampaign(em, {
          slug: 'world-mental-health-day-2024',
          name: 'World Mental Health Day 2024',
        });
        const ava = await buildEligibleCreator(em, { handle: 'ava_calm', displayName: 'Ava Calm' });
        await buildRecognition(em, { campaign, creator: ava.creator, featured: [ava.video] });
        const ben = await buildEligibleCreator(em, { handle: 'ben_talks', displayName: 'Ben Talks' });
        await buildRecognition(em, {
          campaign,
          creator: ben.creator,
          featured: [ben.video],
          status: RecognitionStatus.PUBLISHED,
          rank: 1,
          publishedAt: new Date(),
        });
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.SAFETY_REVIEWER, { displayName: 'Rosa Reviewer' });
  });
  afterAll(async () => h?.close());

  it('skips from the top of the home page to its content, where the work waiting comes first', async () => {
    await page.getByRole('heading', { name: 'What needs you', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a: Skip to content');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^main#main: /);
    // The first thing Tab reaches in the content is the nomination waiting for this reviewer.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a: Ava Calm');
  });

  it("opens the nomination with Enter, landing on its page's heading", async () => {
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Ava Calm (@ava_calm)', level: 1 });
    await heading.waitFor();
    await expect.poll(() => focused(page)).toBe('h1: Ava Calm (@ava_calm)');
    expect(new URL(page.url()).pathname).toMatch(/^\/recognitions\//);
  });

  it("goes up to the campaign's board by the link above the heading, landing on the board's heading", async () => {
    // The link back to the campaign sits just before the heading: one Shift+Tab away.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('a: ← World Mental Health Day 2024');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'World Mental Health Day 2024', level: 1 }).waitFor();
    await expect.poll(() => focused(page)).toBe('h1: World Mental Health Day 2024');
    expect(new URL(page.url()).pathname).toBe('/campaigns/world-mental-health-day-2024');
  });

  it('opens a published spotlight from the board, and Back returns to the board with focus on its heading', async () => {
    const spotlight = page
      .getByRole('list', { name: 'Published spotlights in rank order' })
      .getByRole('link', { name: 'Ben Talks' });
    await tabTo(page, spotlight);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ben Talks (@ben_talks)', level: 1 }).waitFor();
    await expect.poll(() => focused(page)).toBe('h1: Ben Talks (@ben_talks)');
    await h.expectAccessible(page);

    await page.goBack();
    await page.getByRole('heading', { name: 'World Mental Health Day 2024', level: 1 }).waitFor();
    await expect.poll(() => focused(page)).toBe('h1: World Mental Health Day 2024');
  });

  it('reaches the main navigation from the board and goes home, landing on the home heading', async () => {
    const home = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' });
    // Backwards from the heading: the navigation comes before the content.
    for (let i = 0; i < 40 && !(await home.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Shift+Tab');
    }
    expect(await focused(page)).toBe('a: Home');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'What needs you', level: 1 }).waitFor();
    await expect.poll(() => focused(page)).toBe('h1: What needs you');
    expect(h.errorsOf(page)).toEqual([]);
  });
});
