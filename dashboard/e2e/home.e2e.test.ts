/**
 * The start page: each role sees what needs it (reviewers the nominations waiting for review, editors what
 * was returned to them, viewers that nothing waits), each item linking to the recognition's page, and the
 * counts follow another staff member's nomination live.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecognitionStatus } from '../../server/src/modules/recognitions/recognition.entity.js';
import type { StaffUser } from '../../server/src/modules/staff/staff-user.entity.js';
import { buildCampaign, buildEligibleCreator, buildRecognition } from '../../server/src/test/factories.js';
import { expectNoSidewaysScroll, type Harness, PHONE, StaffRole, startHarness } from './harness.js';

const NOMINATE = `mutation ($input: NominateInput!) { nominateCreator(input: $input) { recognition { id status } } }`;
const DAY = 86_400_000;

describe('home: what needs you', () => {
  let h: Harness;
  let page: Page;
  let editor: StaffUser;
  let waitingId: string;
  let next: { campaignId: string; creatorId: string; videoId: string };
  const queue = (name: string) => page.getByRole('region', { name });

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        editor = await app.staff(StaffRole.EDITOR, { displayName: 'Erin Editor' });
        const campaign = await buildCampaign(em, { name: 'Mental Health Awareness Month 2023' });
        const ava = await buildEligibleCreator(em, { handle: 'ava_calm', displayName: 'Ava Calm' });
        const waiting = await buildRecognition(em, {
          campaign,
          creator: ava.creator,
          featured: [ava.video],
          nominatedBy: editor,
          nominatedAt: new Date(Date.now() - 3 * DAY),
        });
        waitingId = waiting.globalId;
        await buildRecognition(em, {
          campaign,
          nominatedBy: editor,
          status: RecognitionStatus.RETURNED_FOR_CHANGES,
          reviewedAt: new Date(Date.now() - DAY),
          creator: (await buildEligibleCreator(em, { handle: 'ben_talks', displayName: 'Ben Talks' }))
            .creator,
        });
        await buildRecognition(em, {
          campaign,
          nominatedBy: editor,
          status: RecognitionStatus.SAFETY_REVIEWED,
          reviewedAt: new Date(Date.now() - 2 * DAY),
          creator: (await buildEligibleCreator(em, { handle: 'cleo_cares', displayName: 'Cleo Cares' }))
            .creator,
        });
        await buildRecognition(em, {
          campaign,
          nominatedBy: editor,
          status: RecognitionStatus.SCHEDULED,
          scheduledFor: new Date('2030-10-10T08:00:00Z'),
          scheduledTimeZone: 'Europe/London',
          creator: (await buildEligibleCreator(em, { handle: 'eli_rivers', displayName: 'Eli Rivers' }))
            .creator,
        });
        const dana = await buildEligibleCreator(em, { handle: 'dana_hope', displayName: 'Dana Hope' });
        next = {
          campaignId: campaign.globalId,
          creatorId: dana.creator.globalId,
          videoId: dana.video.globalId,
        };
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.SAFETY_REVIEWER, { displayName: 'Rosa Reviewer' });
  });
  afterAll(async () => h?.close());

  it("lands a reviewer on the nominations waiting for their review, linking to each one's page", async () => {
    await page.getByRole('heading', { name: 'What needs you', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const review = queue('Waiting for your safety review');
    await review.getByText('1 nomination waiting').waitFor();
    const link = review.getByRole('link', { name: 'Ava Calm' });
    expect(await link.getAttribute('href')).toBe(`/recognitions/${encodeURIComponent(waitingId)}`);
    expect(await review.textContent()).toContain('Nominated by Erin Editor, waiting 3 days');
    // A reviewer is not the one things are returned to, nor a publisher.
    expect(await queue('Returned to you for changes').count()).toBe(0);
    expect(await queue('Waiting for your approval').count()).toBe(0);
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    await h.expectAccessible(page);
    await h.screenshots(page, 'home-reviewer');
  });

  it('counts the new nomination at once when an editor submits one elsewhere', async () => {
    const review = queue('Waiting for your safety review');
    const nominated = page.getByRole('definition').first();
    const before = await nominated.textContent();
    const result = await h.app.run(
      NOMINATE,
      {
        input: {
          campaignId: next.campaignId,
          creatorId: next.creatorId,
          featuredVideoIds: [next.videoId],
          citation: 'For honest, hopeful videos about asking for help early.',
        },
      },
      editor,
    );
    expect(result.errors).toBeUndefined();
    await review.getByText('2 nominations waiting').waitFor();
    await review.getByRole('link', { name: 'Dana Hope' }).waitFor();
    // The programme's count of nominations waiting for review moved too (no reload).
    await expect.poll(() => nominated.textContent()).toBe(String(Number(before) + 1));
    await h.expectAccessible(page);
  });

  it('shows an editor what was returned to them, and no review queue', async () => {
    const editorPage = await h.newPage();
    await h.signIn(editorPage, editor);
    const returned = editorPage.getByRole('region', { name: 'Returned to you for changes' });
    await returned.getByRole('link', { name: 'Ben Talks' }).waitFor();
    expect(await returned.textContent()).toContain('1 nomination returned');
    expect(await editorPage.getByRole('region', { name: 'Waiting for your safety review' }).count()).toBe(0);
    await h.expectAccessible(editorPage);
    await h.screenshots(editorPage, 'home-editor');
    expect(h.errorsOf(editorPage)).toEqual([]);
  });

  it('shows a publisher what waits for approval, what is approved and what is due to publish', async () => {
    const publisherPage = await h.newPage();
    await h.signIn(publisherPage, StaffRole.PUBLISHER);
    const region = (name: string) => publisherPage.getByRole('region', { name });
    await region('Waiting for your approval').getByRole('link', { name: 'Cleo Cares' }).waitFor();
    expect(await region('Waiting for your approval').textContent()).toContain('Signed off, waiting 2 days');
    const due = region('Due to publish');
    await due.getByRole('link', { name: 'Eli Rivers' }).waitFor();
    expect(await due.textContent()).toContain('Publishes Thu 10 Oct 2030, 09:00 BST');
    await region('Approved, ready to schedule or publish')
      .getByText('Nothing approved is waiting to be scheduled or published.')
      .waitFor();
    expect(await region('Waiting for your safety review').count()).toBe(0);
    await h.expectAccessible(publisherPage);
    await h.screenshots(publisherPage, 'home-publisher');
    expect(h.errorsOf(publisherPage)).toEqual([]);
  });

  it('tells a viewer that nothing waits for them, and why', async () => {
    const viewerPage = await h.newPage(PHONE);
    await h.signIn(viewerPage, StaffRole.VIEWER);
    await viewerPage.getByText('Nothing waits for you here.').waitFor();
    expect(await viewerPage.getByText(/Only editors and admins can nominate creators/).isVisible()).toBe(
      true,
    );
    await expectNoSidewaysScroll(viewerPage);
    await h.expectAccessible(viewerPage);
    await h.screenshots(viewerPage, 'home-viewer');
    expect(h.errorsOf(viewerPage)).toEqual([]);
  });

  it('has no sideways scroll on a phone and raised no script errors', async () => {
    await page.setViewportSize(PHONE);
    await page.getByRole('heading', { name: 'What needs you', level: 1 }).waitFor();
    await expectNoSidewaysScroll(page);
    expect(h.errorsOf(page)).toEqual([]);
  });
});
