/** Campaigns: the list with its pages, search, sort and CSV export, and one campaign's windows (in their own zone) and partners. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign, ProgrammingWindow } from '../../server/src/modules/campaigns/campaign.entity.js';
import { newEntity } from '../../server/src/modules/common/catalogue.js';
import { buildCampaign, buildOrganisation } from '../../server/src/test/factories.js';
import {
  DESKTOP,
  expectNoSidewaysScroll,
  type Harness,
  PHONE,
  StaffRole,
  startHarness,
  tabTo,
} from './harness.js';

describe('campaigns', () => {
  let h: Harness;
  let page: Page;
  const rowHeaders = () => page.getByRole('table').getByRole('rowheader');

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        const campaign = await buildCampaign(em, {
          slug: 'mental-health-awareness-month-2023',
          name: 'Mental Health Awareness Month 2023',
          hashtag: '#MentalHealthAwareness',
          theme: 'Looking after each other.',
          description: 'A month of creators talking openly about mental health, with support one tap away.',
          startsOn: '2023-05-01',
          endsOn: '2023-05-31',
          spotlightCapacity: 12,
        });
        for (let i = 1; i <= 20; i++)
          await buildCampaign(em, { name: `Earlier campaign ${i}`, hashtag: `#Earlier${i}` });
        campaign.partners.add(await buildOrganisation(em, { name: 'Kind Minds Foundation' }));
        em.persist(
          newEntity(ProgrammingWindow, {
            campaign,
            title: 'Launch week spotlight',
            description: 'Creators share what helps them on a hard day.',
            startsAt: new Date('2023-05-01T08:00:00Z'),
            endsAt: new Date('2023-05-07T22:00:00Z'),
            timeZone: 'Europe/London',
          }),
        );
        await em.flush();
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.PUBLISHER);
  });
  afterAll(async () => h?.close());

  it('lists campaigns with hashtag, dates and capacity, pages with the page in the URL, and finds one by hashtag', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
    await page.getByText('Showing 1–20 of 21 campaigns').waitFor();
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Campaign pages' }).getByRole('button', { name: 'Next page' }),
    );
    await page.keyboard.press('Enter');
    await page.getByText('Showing 21–21 of 21 campaigns').waitFor();
    expect(await rowHeaders().allTextContents()).toEqual([
      expect.stringContaining('Mental Health Awareness Month 2023'),
    ]);
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    // The page is in the URL: a reload stays on it.
    await page.reload();
    await page.getByText('Showing 21–21 of 21 campaigns').waitFor();

    await page.getByRole('searchbox', { name: 'Search' }).fill('#MentalHealth');
    await expect.poll(() => rowHeaders().count()).toBe(1);
    const row = page.getByRole('row', { name: /Mental Health Awareness Month 2023/ });
    // Intl writes ranges with thin spaces; compare words, not spacing.
    const text = (await row.textContent())?.replace(/\s+/g, ' ');
    expect(text).toContain('#MentalHealthAwareness');
    expect(text).toContain('1 – 31 May 2023');
    expect(await row.getByRole('cell').last().textContent()).toBe('12');
    await h.expectAccessible(page);
    await h.screenshots(page, 'campaigns');
  });

  it('exports every campaign found to CSV', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const lines = readFileSync(await (await download).path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'Name,Slug,Hashtag,Theme,First day,Last day,Spotlight capacity,Archived',
      'Mental Health Awareness Month 2023,mental-health-awareness-month-2023,#MentalHealthAwareness,Looking after each other.,2023-05-01,2023-05-31,12,no',
    ]);
    await page.getByText('Exported 1 campaign to campaigns.csv.').first().waitFor();
  });

  it('stacks each campaign as a card on a phone, with nothing scrolling sideways', async () => {
    await page.setViewportSize(PHONE);
    await page.goto('/campaigns');
    const cards = page.getByRole('list', { name: 'Campaigns found' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBe(20);
    await expectNoSidewaysScroll(page);
    await h.expectAccessible(page);
    await h.screenshots(page, 'campaigns-list');
    await page.setViewportSize(DESKTOP);
    await page.goto('/campaigns?q=%23MentalHealth');
    await page.getByText('1 campaign', { exact: true }).waitFor();
  });

  it('opens a campaign to show its programming windows in their own time zone, and its partners', async () => {
    await page.getByRole('link', { name: 'Mental Health Awareness Month 2023' }).click();
    const heading = page.getByRole('heading', { name: 'Mental Health Awareness Month 2023', level: 1 });
    await heading.waitFor();
    // After following a link, focus lands on the new page's heading.
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/campaigns/mental-health-awareness-month-2023');
    expect(await page.getByRole('heading', { name: 'Launch week spotlight' }).isVisible()).toBe(true);
    const when = (await page.getByRole('listitem').filter({ hasText: 'Launch week' }).textContent())?.replace(
      /\s+/g,
      ' ',
    );
    // Planned in Europe/London, so shown in London time: 08:00 UTC is 09:00 BST.
    expect(when).toMatch(/1 May 2023, 09:00 – 7 May 2023, 23:00 \(BST, Europe\/London\)/);
    expect(await page.getByRole('heading', { name: 'Kind Minds Foundation' }).isVisible()).toBe(true);
    await h.expectAccessible(page);
    await h.screenshots(page, 'campaign');
  });

  it('says so when a campaign does not exist', async () => {
    await page.goto('/campaigns/no-such-campaign');
    await page.getByRole('heading', { name: 'Campaign not found', level: 1 }).waitFor();
    expect(
      await page.getByText('There is no campaign with the address “no-such-campaign”.').isVisible(),
    ).toBe(true);
  });

  it('sorts by name whatever the case and accents, keeping the order in the URL, on reload and across pages', async () => {
    const em = h.app.orm.em.fork();
    for (const [name, startsOn] of [
      ['Zoë Day', '2024-03-01'],
      ['apple week', '2022-09-12'],
      ['Ávila Talks', '2021-06-07'],
      ['Émotions', '2025-01-20'],
      ['ben', '2020-02-02'],
    ] as const)
      await buildCampaign(em, { name, hashtag: '#SortByName', startsOn, endsOn: startsOn });
    const fold = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const texts = async () =>
      (await rowHeaders().allTextContents()).map((t) => t.replace(/Looking after each other\.$/, '').trim());

    await page.setViewportSize(DESKTOP);
    await page.goto('/campaigns?q=%23SortByName');
    await page.getByText('5 campaigns', { exact: true }).waitFor();
    // Newest first, as before: by first day, latest first.
    expect(await texts()).toEqual(['Émotions', 'Zoë Day', 'apple week', 'Ávila Talks', 'ben']);
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Name, A to Z' });
    await expect.poll(texts).toEqual(['apple week', 'Ávila Talks', 'ben', 'Émotions', 'Zoë Day']);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('NAME');
    expect(await page.getByRole('columnheader', { name: /Campaign/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await h.expectAccessible(page);
    await h.screenshots(page, 'campaigns-by-name');

    // The Dates header: newest first is the default, then earliest first.
    await page.getByRole('button', { name: 'Dates' }).click();
    await expect.poll(texts).toEqual(['Émotions', 'Zoë Day', 'apple week', 'Ávila Talks', 'ben']);
    expect(new URL(page.url()).searchParams.has('sort')).toBe(false);
    await page.getByRole('button', { name: 'Dates' }).click();
    await expect.poll(texts).toEqual(['ben', 'Ávila Talks', 'apple week', 'Zoë Day', 'Émotions']);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('STARTS_ON');

    // Every campaign by name, over two pages: the second goes on in name order, and a reload keeps both.
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Name, A to Z' });
    await page.getByText('Showing 1–20 of 26 campaigns').waitFor();
    const all = await em.fork().find(Campaign, {});
    const byName = all
      .map((c) => c.name)
      .sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0));
    await expect.poll(texts).toEqual(byName.slice(0, 20));
    await page
      .getByRole('navigation', { name: 'Campaign pages' })
      .getByRole('button', { name: 'Next page' })
      .click();
    await page.getByText('Showing 21–26 of 26 campaigns').waitFor();
    expect(await texts()).toEqual(byName.slice(20));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('NAME');
    await page.reload();
    await page.getByText('Showing 21–26 of 26 campaigns').waitFor();
    expect(await texts()).toEqual(byName.slice(20));
    await expect.poll(() => page.getByRole('combobox', { name: 'Sort by' }).inputValue()).toBe('NAME');
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
