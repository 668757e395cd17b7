/**
 * The built dashboard in Debian's Chromium against a real Beacon (throwaway SQLite database), used the
 * way a staff member would: sign in, browse and search creators, open a campaign, sign out. It drives
 * dashboard/dist as served by the server, so run `pnpm build` first; it fails (never skips) without it.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Topic } from '@beacon/shared';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgrammingWindow } from '../../server/src/modules/campaigns/campaign.entity.js';
import { newEntity } from '../../server/src/modules/common/catalogue.js';
import { ConsentScope, SpotlightConsent } from '../../server/src/modules/creators/creator.entity.js';
import {
  buildCampaign,
  buildCreator,
  buildOrganisation,
  TEST_PASSWORD,
} from '../../server/src/test/factories.js';
import { createTestApp, StaffRole, type TestApp } from '../../server/src/test/test-app.js';

const CHROMIUM = '/usr/bin/chromium';
const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../dist');
const src = path.resolve(here, '../src');
const screenshots = path.join(here, 'screenshots');

/** The newest modification time under `dir`, to tell a stale build from a fresh one. */
const newest = (dir: string): number =>
  Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(path.join(e.parentPath, e.name)).mtimeMs),
  );

function requireBuiltDashboard() {
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${index} is missing: run pnpm build first (pnpm --filter @beacon/dashboard build)`);
  }
  if (newest(src) > statSync(index).mtimeMs) {
    throw new Error('dashboard/dist is older than dashboard/src: run pnpm build first');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Debian's Chromium is missing at ${CHROMIUM}: run 'apt-get install -y chromium' as root`);
  }
}

describe('the staff dashboard in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let email: string;
  const pageErrors: string[] = [];

  const shoot = (name: string) =>
    page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  const rowHeaders = () => page.getByRole('table').getByRole('rowheader');

  beforeAll(async () => {
    requireBuiltDashboard();
    mkdirSync(screenshots, { recursive: true });
    app = await createTestApp({ BEACON_DASHBOARD_DIR: dist });
    const staff = await app.staff(StaffRole.EDITOR, { displayName: 'Erin Editor' });
    email = staff.email;

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
      displayName: 'Cleo Cares',
      region: 'AU',
      topics: [Topic.PEER_SUPPORT, Topic.LONELINESS],
      followerCount: 9_800,
      consent: null,
    });
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
    // Enough creators in one region, and campaigns, to need a second page of each (pages hold 20).
    for (let i = 1; i <= 22; i++) {
      await buildCreator(em, { handle: `kiwi_${String(i).padStart(2, '0')}`, region: 'NZ' });
    }
    for (let i = 1; i <= 20; i++)
      await buildCampaign(em, { name: `Earlier campaign ${i}`, hashtag: `#Earlier${i}` });
    const partner = await buildOrganisation(em, { name: 'Kind Minds Foundation' });
    campaign.partners.add(partner);
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

    baseUrl = await app.listen();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows a signed-out visitor the sign-in form at /', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await page.getByLabel('Email').isVisible()).toBe(true);
    expect(await page.getByLabel('Password').isVisible()).toBe(true);
    expect(await page.title()).toBe('Sign in · Beacon');
    await shoot('sign-in');
  });

  it("says why in an alert when the password is wrong, in the server's words", async () => {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The email or password is not right');
    await shoot('sign-in-wrong-password');
  });

  it('signs in from the keyboard and lands on the creators list, A to Z by handle', async () => {
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('heading', { name: 'Creators', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/creators');
    await expect
      .poll(async () => (await rowHeaders().allTextContents()).slice(0, 4))
      .toEqual(['@ava_calm', '@ben_talks', '@cleo_cares', '@kiwi_01']);
    const ben = page.getByRole('row', { name: /@ben_talks/ });
    expect(await ben.textContent()).toContain('Withdrawn');
    expect(await ben.textContent()).toContain('52,300');
    expect(await page.getByRole('status').first().textContent()).toBe('Showing 1–20 of 25 creators');
    expect(await page.getByText('Erin Editor').isVisible()).toBe(true);
    await shoot('creators');
  });

  it('narrows the list as the search is typed, and by topic and region', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('ava');
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['@ava_calm']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('ava');
    await shoot('creators-search');

    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByLabel('Topic').selectOption({ label: 'Peer support' });
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['@cleo_cares']);

    await page.getByLabel('Topic').selectOption({ label: 'Any topic' });
    await page.getByLabel('Region').fill('us');
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['@ben_talks']);

    await page.getByLabel('Region').fill('FR');
    await page.getByText('No creators match these filters.').waitFor();
    await page.getByLabel('Region').fill('');
    await expect.poll(() => rowHeaders().count()).toBe(20);
  });

  it('pages through creators twenty at a time', async () => {
    await page.getByLabel('Region').fill('NZ');
    const status = page.getByText(/of 22 creators/);
    await status.waitFor();
    expect(await status.textContent()).toBe('Showing 1–20 of 22 creators');
    expect(await page.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['@kiwi_21', '@kiwi_22']);
    expect(await status.textContent()).toBe('Showing 21–22 of 22 creators');
    expect(await page.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect.poll(async () => (await rowHeaders().allTextContents())[0]).toBe('@kiwi_01');
    await page.getByLabel('Region').fill('');
  });

  it('lists campaigns with hashtag, dates and capacity, loads more, and finds one by hashtag', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
    await page.getByText('Showing 20 of 21 campaigns').waitFor();
    await page.getByRole('button', { name: 'Load more campaigns' }).click();
    await page.getByText('21 campaigns', { exact: true }).waitFor();
    expect(await rowHeaders().count()).toBe(21);
    expect(await page.getByRole('button', { name: 'Load more campaigns' }).count()).toBe(0);

    await page.getByRole('searchbox', { name: 'Search' }).fill('#MentalHealth');
    await expect.poll(() => rowHeaders().count()).toBe(1);
    const row = page.getByRole('row', { name: /Mental Health Awareness Month 2023/ });
    // Intl writes ranges with thin spaces; compare words, not spacing.
    const text = (await row.textContent())?.replace(/\s+/g, ' ');
    expect(text).toContain('#MentalHealthAwareness');
    expect(text).toContain('1 – 31 May 2023');
    expect(await row.getByRole('cell').last().textContent()).toBe('12');
    await shoot('campaigns');
  });

  it('opens a campaign to show its programming windows and partners', async () => {
    await page.getByRole('link', { name: 'Mental Health Awareness Month 2023' }).click();
    await page.getByRole('heading', { name: 'Mental Health Awareness Month 2023', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/campaigns/mental-health-awareness-month-2023');
    expect(await page.getByRole('heading', { name: 'Launch week spotlight' }).isVisible()).toBe(true);
    const when = (await page.getByRole('listitem').filter({ hasText: 'Launch week' }).textContent())?.replace(
      /\s+/g,
      ' ',
    );
    // Planned in Europe/London, so shown in London time: 08:00 UTC is 09:00 BST.
    expect(when).toMatch(/1 May 2023, 09:00 – 7 May 2023, 23:00 \(BST, Europe\/London\)/);
    expect(await page.getByRole('heading', { name: 'Kind Minds Foundation' }).isVisible()).toBe(true);
    await shoot('campaign');
  });

  it('keeps the signed-in session across a reload and on a narrow screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/creators`);
    await expect.poll(() => rowHeaders().count()).toBe(20);
    await shoot('creators-narrow');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('signs out back to the sign-in form, and the data is no longer reachable', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await page.goto(`${baseUrl}/creators`);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('raised no script errors on the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
