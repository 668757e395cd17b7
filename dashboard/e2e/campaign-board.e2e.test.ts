/**
 * The campaign board: the spotlight's capacity meter, the published spotlights reordered with the keyboard
 * alone (the order survives a reload), the pipeline by stage, the programming windows, the critical-moments
 * calendar with the training before each moment, and a live update when another publisher publishes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgrammingWindow } from '../../server/src/modules/campaigns/campaign.entity.js';
import { newEntity } from '../../server/src/modules/common/catalogue.js';
import {
  type Recognition,
  RecognitionStatus,
} from '../../server/src/modules/recognitions/recognition.entity.js';
import {
  TrainingAudience,
  TrainingOccasion,
} from '../../server/src/modules/training/training-session.entity.js';
import {
  buildCampaign,
  buildEligibleCreator,
  buildOrganisation,
  buildRecognition,
  buildSession,
} from '../../server/src/test/factories.js';
import { expectNoSidewaysScroll, type Harness, PHONE, StaffRole, startHarness } from './harness.js';

const PUBLISH = `mutation ($input: VersionedInput!) { publishRecognition(input: $input) { recognition { id status rank } } }`;
const SLUG = 'world-mental-health-day-2024';

describe('campaign board', () => {
  let h: Harness;
  let page: Page;
  let approved: Recognition;
  let campaignId: string;
  const spotlight = () => page.getByRole('list', { name: 'Published spotlights in rank order' });
  const order = async () =>
    (await spotlight().getByRole('link').allTextContents()).map((name) => name.trim());

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        const campaign = await buildCampaign(em, {
          slug: SLUG,
          name: 'World Mental Health Day 2024',
          theme: 'Mental well-being comes first.',
          startsOn: '2024-09-01',
          endsOn: '2024-10-31',
          spotlightCapacity: 10,
        });
        campaignId = campaign.globalId;
        const creator = async (handle: string, displayName: string) =>
          buildEligibleCreator(em, { handle, displayName });
        let rank = 0;
        for (const [handle, name] of [
          ['ava_calm', 'Ava Calm'],
          ['ben_talks', 'Ben Talks'],
          ['cleo_cares', 'Cleo Cares'],
        ] as const) {
          const c = await creator(handle, name);
          rank++;
          await buildRecognition(em, {
            campaign,
            creator: c.creator,
            featured: [c.video],
            status: RecognitionStatus.PUBLISHED,
            rank,
            publishedAt: new Date(),
          });
        }
        const eli = await creator('eli_rivers', 'Eli Rivers');
        await buildRecognition(em, {
          campaign,
          creator: eli.creator,
          featured: [eli.video],
          status: RecognitionStatus.SCHEDULED,
          scheduledFor: new Date('2030-10-10T08:00:00Z'),
          scheduledTimeZone: 'Europe/London',
        });
        for (const [handle, name, status] of [
          ['fay_finds', 'Fay Finds', RecognitionStatus.NOMINATED],
          ['gus_grows', 'Gus Grows', RecognitionStatus.SAFETY_REVIEWED],
        ] as const) {
          const c = await creator(handle, name);
          await buildRecognition(em, { campaign, creator: c.creator, featured: [c.video], status });
        }
        const hana = await creator('hana_here', 'Hana Here');
        approved = await buildRecognition(em, {
          campaign,
          creator: hana.creator,
          featured: [hana.video],
          status: RecognitionStatus.APPROVED,
          reviewedAt: new Date(),
          approvedAt: new Date(),
        });
        const partner = await buildOrganisation(em, { name: 'Kind Minds Foundation' });
        await buildSession(em, {
          title: 'Talking about grief safely',
          audience: TrainingAudience.PARTNER_ORGANISATIONS,
          occasion: TrainingOccasion.WORLD_MENTAL_HEALTH_DAY,
          facilitator: partner,
          startsAt: new Date('2024-09-20T14:00:00Z'),
          endsAt: new Date('2024-09-20T15:30:00Z'),
        });
        await buildSession(em, {
          title: 'Safe messaging for creators',
          audience: TrainingAudience.CREATORS,
          occasion: TrainingOccasion.WORLD_MENTAL_HEALTH_DAY,
          startsAt: new Date('2024-10-01T16:00:00Z'),
          endsAt: new Date('2024-10-01T17:00:00Z'),
        });
        await buildSession(em, {
          title: 'Back to school: first weeks',
          audience: TrainingAudience.CREATORS,
          occasion: TrainingOccasion.BACK_TO_SCHOOL,
          startsAt: new Date('2024-08-05T16:00:00Z'),
          endsAt: new Date('2024-08-05T17:00:00Z'),
        });
        em.persist(
          newEntity(ProgrammingWindow, {
            campaign,
            title: 'Well-being week',
            description: 'Creators and experts talk about looking after yourself.',
            startsAt: new Date('2024-10-07T08:00:00Z'),
            endsAt: new Date('2024-10-13T20:00:00Z'),
            timeZone: 'Europe/London',
          }),
        );
        await em.flush();
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.PUBLISHER);
    await page.goto(`/campaigns/${SLUG}`);
    await page.getByRole('heading', { name: 'World Mental Health Day 2024', level: 1 }).waitFor();
  });
  afterAll(async () => h?.close());

  it('shows how full the spotlight is, what is published and scheduled, and the pipeline by stage', async () => {
    const meter = page.getByRole('progressbar', { name: 'Places taken' });
    await meter.waitFor();
    expect(await meter.getAttribute('aria-valuetext')).toBe('3 of 10 places taken');
    expect(await page.getByText('3 of 10', { exact: true }).isVisible()).toBe(true);
    expect(await order()).toEqual(['Ava Calm', 'Ben Talks', 'Cleo Cares']);
    expect(
      await page
        .getByText(/Eli Rivers/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await page.getByText('Publishes Thu 10 Oct 2030, 09:00 BST').isVisible()).toBe(true);

    const pipeline = page.getByRole('region', { name: 'Pipeline' });
    for (const [stage, who] of [
      ['Waiting for safety review', 'Fay Finds'],
      ['Waiting for approval', 'Gus Grows'],
      ['Approved', 'Hana Here'],
    ] as const) {
      const list = pipeline.getByRole('list', { name: stage });
      expect(await list.getByRole('link', { name: who }).getAttribute('href')).toMatch(/^\/recognitions\//);
    }
    expect(await pipeline.getByRole('region', { name: 'Returned for changes' }).textContent()).toContain(
      'None.',
    );

    const windows = page.getByRole('region', { name: /Programming windows/ });
    expect((await windows.getByRole('listitem').textContent())?.replace(/\s+/g, ' ')).toMatch(
      /Well-being week.*7 Oct 2024, 09:00 – 13 Oct 2024, 21:00 \(BST, Europe\/London\)/,
    );
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    await h.expectAccessible(page);
    await h.screenshots(page, 'campaign-board');
  });

  it('lists the partner and creator training before each critical moment', async () => {
    const calendar = page.getByRole('region', { name: 'Critical moments' });
    const wmhd = calendar
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'World Mental Health Day' }) });
    await wmhd.waitFor();
    expect(await wmhd.getByText('During this campaign').isVisible()).toBe(true);
    const partners = wmhd.getByRole('list', { name: /Partner organisation training/ });
    expect(await partners.textContent()).toContain('Talking about grief safely');
    expect(await partners.textContent()).toContain('Kind Minds Foundation');
    const creators = wmhd.getByRole('list', { name: /Creator training/ });
    expect(await creators.textContent()).toContain('Safe messaging for creators');
    const school = calendar
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Back to school' }) });
    expect(await school.getByRole('list', { name: /Creator training/ }).textContent()).toContain(
      'Back to school: first weeks',
    );
    expect(await school.getByText('None before this moment.').isVisible()).toBe(true);

    await calendar.getByLabel('Year').selectOption('2025');
    await expect.poll(() => wmhd.getByText('None before this moment.').count()).toBe(2);
    await h.expectAccessible(page);
    await calendar.getByLabel('Year').selectOption('2024');
  });

  it('reorders the spotlight with the keyboard alone, and the order survives a reload', async () => {
    const handle = page.getByRole('button', { name: 'Move Cleo Cares, position 3' });
    await handle.focus();
    // Each step waits for what a screen reader would hear before the next key, as a person would.
    const heard = (text: string) => page.getByText(text, { exact: true }).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await heard('Cleo Cares is over position 3 of 3.');
    await page.keyboard.press('ArrowUp');
    await heard('Cleo Cares is over position 2 of 3.');
    await page.keyboard.press('ArrowUp');
    await heard('Cleo Cares is over position 1 of 3.');
    await page.keyboard.press('Space');
    await page.getByText('Spotlight order saved').first().waitFor();
    await expect.poll(order).toEqual(['Cleo Cares', 'Ava Calm', 'Ben Talks']);
    // Focus stays with the item that moved, so another move can follow.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move Cleo Cares, position 1');
    await h.expectAccessible(page);

    await page.reload();
    await spotlight().waitFor();
    expect(await order()).toEqual(['Cleo Cares', 'Ava Calm', 'Ben Talks']);
  });

  it('follows another publisher publishing, without a reload', async () => {
    const other = await h.app.staff(StaffRole.PUBLISHER);
    const result = await h.app.run(
      PUBLISH,
      { input: { id: approved.globalId, expectedVersion: approved.version } },
      other,
    );
    expect(result.errors).toBeUndefined();
    await expect.poll(order).toEqual(['Cleo Cares', 'Ava Calm', 'Ben Talks', 'Hana Here']);
    const meter = page.getByRole('progressbar', { name: 'Places taken' });
    await expect.poll(() => meter.getAttribute('aria-valuetext')).toBe('4 of 10 places taken');
    const approvedStage = page.getByRole('region', { name: 'Approved' });
    await expect.poll(() => approvedStage.textContent()).toContain('None.');
    await h.expectAccessible(page);
  });

  it('shows a viewer the board with the order fixed and why, on a phone without sideways scroll', async () => {
    const viewer = await h.newPage(PHONE);
    await h.signIn(viewer, StaffRole.VIEWER);
    await viewer.goto(`/campaigns/${SLUG}`);
    await viewer.getByRole('list', { name: 'Published spotlights in rank order' }).waitFor();
    expect(await viewer.getByRole('button', { name: /^Move / }).count()).toBe(0);
    expect(await viewer.getByText(/Only publishers and admins can/).isVisible()).toBe(true);
    await expectNoSidewaysScroll(viewer);
    await h.expectAccessible(viewer);
    await h.screenshots(viewer, 'campaign-board-viewer');
    expect(h.errorsOf(viewer)).toEqual([]);
  });

  it("opens the board from a link by the campaign's ID, at its slug address", async () => {
    await page.goto(`/campaigns/${encodeURIComponent(campaignId)}`);
    await page.getByRole('heading', { name: 'World Mental Health Day 2024', level: 1 }).waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/campaigns/${SLUG}`);
  });

  it('has no sideways scroll on a phone and raised no script errors', async () => {
    await page.setViewportSize(PHONE);
    await spotlight().waitFor();
    await expectNoSidewaysScroll(page);
    expect(h.errorsOf(page)).toEqual([]);
  });
});
