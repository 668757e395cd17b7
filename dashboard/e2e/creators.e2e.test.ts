/**
 * The creators list on the shared data table: search, filters, sort and page in the URL, cursor paging,
 * stacked cards on a phone with nothing scrolling sideways, and "Export CSV" with every matching row.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Topic } from '@beacon/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsentScope, SpotlightConsent } from '../../server/src/modules/creators/creator.entity.js';
import { buildCreator } from '../../server/src/test/factories.js';
import {
  accessibleDescription,
  expectNoSidewaysScroll,
  type Harness,
  isFocused,
  PHONE,
  SCREENSHOTS_DIR,
  StaffRole,
  startHarness,
  tabTo,
} from './harness.js';

describe('the creators list', () => {
  let h: Harness;
  let page: Page;
  const rowHeaders = () => page.getByRole('table').getByRole('rowheader');
  const param = (name: string) => new URL(page.url()).searchParams.get(name);

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        await buildCreator(em, {
          handle: 'ava_calm',
          displayName: 'Ava Calm',
          region: 'GB',
          topics: [Topic.ANXIETY, Topic.SELF_CARE],
          followerCount: 184_000,
        });
        await buildCreator(em, {
          handle: 'ben_talks',
          displayName: 'Ben Talks',
          region: 'US',
          topics: [Topic.DEPRESSION],
          followerCount: 52_300,
          consent: Object.assign(new SpotlightConsent(), {
            givenAt: new Date('2023-03-01T00:00:00Z'),
            scope: ConsentScope.SPOTLIGHT_AND_PROMOTION,
            withdrawnAt: new Date('2023-06-01T00:00:00Z'),
          }),
        });
        await buildCreator(em, {
          handle: 'cleo_cares',
          displayName: '=Cleo Cares',
          region: 'AU',
          topics: [Topic.PEER_SUPPORT, Topic.LONELINESS],
          followerCount: 9_800,
          consent: null,
        });
        // Enough creators in one region to need a second page (pages hold 20).
        for (let i = 1; i <= 22; i++) {
          await buildCreator(em, {
            handle: `kiwi_${String(i).padStart(2, '0')}`,
            region: 'NZ',
            followerCount: i,
          });
        }
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.VIEWER, { displayName: 'Vic Viewer' });
  });
  afterAll(async () => h?.close());

  it('lists creators A to Z by handle with consent and followers, and says how many', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Creators' }).click();
    await page.getByRole('heading', { name: 'Creators', level: 1 }).waitFor();
    await expect
      .poll(async () => (await rowHeaders().allTextContents()).slice(0, 4))
      .toEqual(['@ava_calm', '@ben_talks', '@cleo_cares', '@kiwi_01']);
    const ben = page.getByRole('row', { name: /@ben_talks/ });
    expect(await ben.textContent()).toContain('Withdrawn');
    expect(await ben.textContent()).toContain('52,300');
    expect(await page.getByText('Showing 1–20 of 25 creators').isVisible()).toBe(true);
    await h.expectAccessible(page);
    await h.screenshots(page, 'creators');
  });

  it('reaches every control in reading order with Tab alone', async () => {
    await page.goto('/creators');
    await page.getByText('Showing 1–20 of 25 creators').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const names: string[] = [];
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('Tab');
      names.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return '';
          const label =
            el.getAttribute('aria-label') ??
            (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent);
          return (label || el.textContent || el.tagName).trim();
        }),
      );
    }
    expect(names).toEqual([
      'Skip to content',
      'Beacon',
      'Sign out',
      'Home',
      'Creators',
      'Videos',
      'Campaigns',
      'Training',
      'Organisations',
      'Grants',
      'Crisis resources',
      'Export CSV',
      'Search',
      'Topic',
      'Region',
      'Consent',
      'Standing',
      'Sort by',
      'Creators found',
      'Handle▲',
      'Followers↕',
      // Each handle opens the creator's profile.
      '@ava_calm',
      '@ben_talks',
      '@cleo_cares',
    ]);
  });

  it('narrows the list as the search is typed, and by topic, consent and region, keeping each in the URL', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('ava');
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['@ava_calm']);
    expect(param('q')).toBe('ava');

    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByLabel('Topic').selectOption({ label: 'Peer support' });
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['@cleo_cares']);
    expect(param('topic')).toBe('PEER_SUPPORT');

    await page.getByLabel('Topic').selectOption({ label: 'Any topic' });
    await page.getByLabel('Consent').selectOption({ label: 'None or withdrawn' });
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['@ben_talks', '@cleo_cares']);
    expect(param('consent')).toBe('none');
    await page.getByLabel('Consent').selectOption({ label: 'Any consent' });
    await page.getByLabel('Region').fill('us');
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['@ben_talks']);

    await page.getByLabel('Region').fill('FR');
    await page.getByText('No creators match these filters.').waitFor();
    await h.expectAccessible(page);
    await page.getByLabel('Region').fill('');
    await expect.poll(() => rowHeaders().count()).toBe(20);
  });

  it('sorts by the server from a column header, announcing the order', async () => {
    await page.getByRole('button', { name: 'Followers' }).click();
    await expect.poll(async () => (await rowHeaders().allTextContents())[0]).toBe('@ava_calm');
    await expect.poll(async () => (await rowHeaders().allTextContents())[1]).toBe('@ben_talks');
    expect(param('sort')).toBe('FOLLOWERS');
    expect(await page.getByRole('columnheader', { name: /Followers/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    await page.getByLabel('Sort by').selectOption({ label: 'Handle, A to Z' });
    await expect.poll(() => param('sort')).toBe(null);
  });

  it('pages by cursor, with the page in the URL so Back and reload return to it', async () => {
    await page.getByLabel('Region').fill('NZ');
    await page.getByText('Showing 1–20 of 22 creators').waitFor();
    expect(await page.getByRole('button', { name: 'Previous page' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['@kiwi_21', '@kiwi_22']);
    expect(await page.getByText('Showing 21–22 of 22 creators').isVisible()).toBe(true);
    expect(param('page')).toBe('2');
    // Focus stays on the pager (the last page's Next is marked unusable, not removed from the focus order).
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next page');
    expect(await page.getByRole('button', { name: 'Next page' }).getAttribute('aria-disabled')).toBe('true');

    await page.reload();
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['@kiwi_21', '@kiwi_22']);
    await page.goBack();
    await expect.poll(async () => (await rowHeaders().allTextContents())[0]).toBe('@kiwi_01');
  });

  it('exports every matching creator to CSV, not only the page shown, with formulae neutralised', async () => {
    await page.goto('/creators');
    await page.getByText('Showing 1–20 of 25 creators').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Handle,Display name,Region,Topics,Followers,Status,Consent,Consent given at,Consent withdrawn at',
    );
    expect(lines).toHaveLength(26);
    expect(lines.find((l) => l.startsWith('cleo_cares'))).toContain("'=Cleo Cares");
    await page.getByText('Exported 25 creators to creators.csv.').first().waitFor();
  });

  it('stacks each creator as a card on a phone, with nothing scrolling sideways', async () => {
    await page.setViewportSize(PHONE);
    await page.goto('/creators');
    const cards = page.getByRole('list', { name: 'Creators found' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBe(20);
    expect(await cards.first().getByRole('heading').textContent()).toBe('@ava_calm');
    await expectNoSidewaysScroll(page);
    await h.expectAccessible(page);
  });

  it('on a phone, filters from a drawer behind a Filters button that counts them, and clears them all', async () => {
    await page.setViewportSize(PHONE);
    await page.goto('/creators');
    const filters = page.getByRole('button', { name: 'Filters', exact: true });
    await filters.waitFor();
    await tabTo(page, filters);
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await drawer.waitFor();
    await expect.poll(() => drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await drawer.getByLabel('Region').fill('NZ');
    await drawer.getByRole('button', { name: 'Show 22 creators' }).waitFor();
    expect(param('region')).toBe('NZ');
    await h.expectAccessible(page);
    await page.screenshot({
      path: path.join(SCREENSHOTS_DIR, 'creators-filters-open-390.png'),
      animations: 'disabled',
    });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    const oneActive = page.getByRole('button', { name: /^Filters\s*1 active$/ });
    await expect.poll(() => isFocused(oneActive)).toBe(true);
    await page.getByText('Showing 1–20 of 22 creators').waitFor();
    await h.screenshots(page, 'creators-filters-closed');

    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.getByText('Showing 1–20 of 25 creators').waitFor();
    expect(param('region')).toBeNull();
    await expect.poll(() => isFocused(page.getByRole('button', { name: 'Filters', exact: true }))).toBe(true);

    // "Clear all" clears the search too: with only a search set, it is offered beside the button.
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('ava');
    await expect.poll(() => param('q')).toBe('ava');
    await page.getByText('1 creator', { exact: true }).waitFor();
    // The drawer hides the search, so its "Clear all" says it clears that too.
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await drawer.waitFor();
    expect(await accessibleDescription(drawer.getByRole('button', { name: 'Clear all' }))).toBe(
      'Also clears the search “ava”.',
    );
    await h.expectAccessible(page);
    await page.screenshot({
      path: path.join(SCREENSHOTS_DIR, 'creators-filters-search-390.png'),
      animations: 'disabled',
    });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.getByText('Showing 1–20 of 25 creators').waitFor();
    expect(param('q')).toBeNull();
    expect(await search.inputValue()).toBe('');
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
