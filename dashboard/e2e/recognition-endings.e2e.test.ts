/**
 * The spotlight workflow's other ways out, each taken with the keyboard alone: a safety reviewer rejects a
 * nomination with a reason (and the nominating editor, whose page is open, sees the rejection and the
 * reason live), a publisher unschedules a scheduled spotlight (it stays approved), and a publisher
 * withdraws a published spotlight after a confirmation (the public hub stops showing it at once). After
 * each step focus lands on the status heading, where the new state is read from.
 */
import { Topic } from '@beacon/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecognitionStatus } from '../../server/src/modules/recognitions/recognition.entity.js';
import type { StaffUser } from '../../server/src/modules/staff/staff-user.entity.js';
import {
  buildCampaign,
  buildCrisisResource,
  buildEligibleCreator,
  buildRecognition,
  buildVideo,
} from '../../server/src/test/factories.js';
import {
  expectClosedWithFocusOn,
  expectNoSidewaysScroll,
  type Harness,
  StaffRole,
  startHarness,
} from './harness.js';
import { expectStatus, tabTo } from './recognition-helpers.js';

const SLUG = 'suicide-prevention-week-2026';
const REJECTION =
  'The featured video names a method in its caption; we cannot spotlight it, even with an advisory.';
const WITHDRAWAL = 'The creator asked us to pause their spotlight while they take a break.';

/** What the element with the focus is: its tag and its text, for assertions a person would recognise. */
const focused = (page: Page) =>
  page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    text: document.activeElement?.textContent?.trim(),
  }));
/** The heading the new state is read from, where focus lands after each step. */
const statusHeading = (page: Page) => page.getByRole('heading', { name: 'Status', exact: true, level: 2 });

/** The handles the public hub shows for the campaign, asked over HTTP with no staff session. */
async function hubHandles(h: Harness): Promise<string[]> {
  const response = await fetch(`${h.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query ($slug: String!) { hub(campaign: $slug, region: "GB") {
        spotlights(first: 10) { nodes { creator { handle } } } } }`,
      variables: { slug: SLUG },
    }),
  });
  const body = (await response.json()) as {
    data: { hub: { spotlights: { nodes: { creator: { handle: string } }[] } } };
  };
  return body.data.hub.spotlights.nodes.map((n) => n.creator.handle);
}

describe('rejecting, unscheduling and withdrawing a spotlight, by keyboard', () => {
  let h: Harness;
  let editorUser: StaffUser;
  const paths = { nominated: '', scheduled: '', published: '' };

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        editorUser = await app.staff(StaffRole.EDITOR, { displayName: 'Eddie Editor' });
        const campaign = await buildCampaign(em, {
          slug: SLUG,
          name: 'Suicide Prevention Week 2026',
          hashtag: '#SuicidePreventionWeek',
        });
        await buildCrisisResource(em, { name: 'Samaritans', regions: ['GB'] });
        const at = (path: string) => `/recognitions/${encodeURIComponent(path)}`;

        const nina = await buildEligibleCreator(em, { handle: 'nina.north', displayName: 'Nina North' });
        const nominated = await buildRecognition(em, {
          campaign,
          creator: nina.creator,
          featured: [nina.video],
          nominatedBy: editorUser,
        });
        paths.nominated = at(nominated.globalId);

        const sol = await buildEligibleCreator(em, { handle: 'sol.seasons', displayName: 'Sol Seasons' });
        const scheduled = await buildRecognition(em, {
          campaign,
          creator: sol.creator,
          featured: [sol.video],
          status: RecognitionStatus.SCHEDULED,
          reviewedAt: new Date(),
          approvedAt: new Date(),
          scheduledFor: new Date('2030-09-10T08:00:00Z'),
          scheduledTimeZone: 'Europe/London',
        });
        paths.scheduled = at(scheduled.globalId);

        const pia = await buildEligibleCreator(em, { handle: 'pia.pages', displayName: 'Pia Pages' });
        const grief = await buildVideo(em, {
          creator: pia.creator,
          title: 'Grief is not a straight line',
          caption: 'CW: grief. What helped me after a loss, and where to find support: call Samaritans.',
          topics: [Topic.GRIEF],
        });
        const published = await buildRecognition(em, {
          campaign,
          creator: pia.creator,
          featured: [grief],
          status: RecognitionStatus.PUBLISHED,
          rank: 1,
          reviewedAt: new Date(),
          approvedAt: new Date(),
          publishedAt: new Date(),
        });
        paths.published = at(published.globalId);
      },
    });
  });
  afterAll(async () => h?.close());

  describe('a rejected nomination', () => {
    let reviewer: Page;
    let editor: Page;

    beforeAll(async () => {
      reviewer = await h.newPage();
      editor = await h.newPage();
      await h.signIn(reviewer, StaffRole.SAFETY_REVIEWER, { displayName: 'Rae Reviewer' });
      await h.signIn(editor, editorUser);
      await editor.goto(paths.nominated);
      // (expect.poll belongs in a test: a hook waits for the element instead.)
      await editor.getByRole('region', { name: 'Status' }).getByText('Awaiting safety review').waitFor();
    });

    it('asks the reviewer for a reason, and keeps the dialog open until one is given', async () => {
      const page = reviewer;
      await page.goto(paths.nominated);
      await expectStatus(page, 'Awaiting safety review');
      await h.expectAccessible(page);
      await tabTo(page, page.getByRole('button', { name: 'Reject', exact: true }));
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Reject the nomination' });
      await dialog.waitFor();
      // The dialog opens on the one thing to fill in.
      const reason = dialog.getByRole('textbox', { name: 'Why it is rejected' });
      await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
      await tabTo(page, dialog.getByRole('button', { name: 'Reject' }));
      await page.keyboard.press('Enter');
      await dialog.getByText('Say why it is rejected').waitFor();
      // The refusal sends focus back to the field that needs words.
      await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
      await h.expectAccessible(page);
      await h.screenshots(page, 'recognition-reject-dialog');
    });

    it('rejects it with the reason, and focus returns to the new status', async () => {
      const page = reviewer;
      const dialog = page.getByRole('dialog', { name: 'Reject the nomination' });
      await page.keyboard.type(REJECTION);
      await tabTo(page, dialog.getByRole('button', { name: 'Reject' }));
      await page.keyboard.press('Enter');
      await expectStatus(page, 'Rejected');
      await expectClosedWithFocusOn(dialog, statusHeading(page));
      await page.getByText('Rae Reviewer rejected this nomination: see the notes.').waitFor();
      const note = page.getByRole('listitem').filter({ hasText: REJECTION });
      expect(await note.getByText('Rejected', { exact: true }).isVisible()).toBe(true);
      expect(await note.getByText('Rae Reviewer').isVisible()).toBe(true);
      await page.getByText('No further steps: this spotlight has ended.').waitFor();
      expect(await page.getByRole('button', { name: 'Reject', exact: true }).count()).toBe(0);
      await h.expectAccessible(page);
      await h.screenshots(page, 'recognition-rejected');
      await expectNoSidewaysScroll(page);
    });

    it('shows the nominating editor the rejection and the reason live, with nothing left to edit', async () => {
      const page = editor;
      await expectStatus(page, 'Rejected');
      await page.getByText('Rae Reviewer rejected this nomination: see the notes.').waitFor();
      await page
        .getByRole('region', { name: /^Notes/ })
        .getByText(REJECTION)
        .waitFor();
      // The record's history has the rejection too, with the same words, without a reload.
      const history = page.getByRole('region', { name: 'History' });
      await history.getByText('by Rae Reviewer').first().waitFor();
      await history.getByText(`“${REJECTION}”`).waitFor();
      // A rejected nomination has ended: no form to change it, no step to take.
      await page.getByText('No further steps: this spotlight has ended.').waitFor();
      expect(await page.getByRole('textbox', { name: 'Citation' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /Resubmit/ }).count()).toBe(0);
      await h.expectAccessible(page);
      await h.screenshots(page, 'recognition-rejected-editor');
      expect(h.errorsOf(page)).toEqual([]);
      expect(h.errorsOf(reviewer)).toEqual([]);
    });
  });

  describe('as a publisher', () => {
    let page: Page;

    beforeAll(async () => {
      page = await h.newPage();
      await h.signIn(page, StaffRole.PUBLISHER, { displayName: 'Pat Publisher' });
    });

    it('unschedules a scheduled spotlight, which stays approved and can be scheduled again', async () => {
      await page.goto(paths.scheduled);
      await expectStatus(page, 'Scheduled');
      await page.getByText(/^Publishes at .*09:00.*\(Europe\/London\), which is .*08:00 UTC/).waitFor();
      await h.expectAccessible(page);
      await h.screenshots(page, 'recognition-scheduled');
      await tabTo(page, page.getByRole('button', { name: 'Unschedule' }));
      await page.keyboard.press('Enter');
      await expectStatus(page, 'Approved');
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: 'Status' });
      await page
        .getByText('The scheduled publish of @sol.seasons is cancelled; it stays approved')
        .first()
        .waitFor();
      expect(await page.getByText(/^Publishes at/).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Unschedule' }).count()).toBe(0);
      // Back to an approved spotlight's steps: scheduled afresh (not "rescheduled"), or published now.
      await page.getByRole('button', { name: 'Schedule', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Publish now' }).waitFor();
      await h.expectAccessible(page);
      await h.screenshots(page, 'recognition-unscheduled');
    });

    it('asks before withdrawing a published spotlight, and Escape leaves it published', async () => {
      expect(await hubHandles(h)).toEqual(['pia.pages']);
      await page.goto(paths.published);
      await expectStatus(page, 'Published');
      await page.getByText('The hub shows this card now, at position 1.').waitFor();
      const withdraw = page.getByRole('button', { name: 'Withdraw', exact: true });
      await tabTo(page, withdraw);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Withdraw the spotlight' });
      await dialog.getByText(/It leaves the public hub at once\. This cannot be undone/).waitFor();
      await expect
        .poll(() =>
          dialog.getByRole('textbox', { name: 'Reason' }).evaluate((el) => el === document.activeElement),
        )
        .toBe(true);
      await h.expectAccessible(page);
      await h.screenshots(page, 'recognition-withdraw-dialog');

      // Changing one's mind: Escape closes it, focus goes back to the button, nothing changed.
      await page.keyboard.press('Escape');
      await expectClosedWithFocusOn(dialog, withdraw);
      await expectStatus(page, 'Published');
      expect(await hubHandles(h)).toEqual(['pia.pages']);
    });

    it('withdraws it with a reason: the hub no longer shows it, and focus returns to the new status', async () => {
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Withdraw the spotlight' });
      await dialog.waitFor();
      await expect
        .poll(() =>
          dialog.getByRole('textbox', { name: 'Reason' }).evaluate((el) => el === document.activeElement),
        )
        .toBe(true);
      await page.keyboard.type(WITHDRAWAL);
      await tabTo(page, dialog.getByRole('button', { name: 'Withdraw' }));
      await page.keyboard.press('Enter');
      await expectStatus(page, 'Withdrawn');
      await expectClosedWithFocusOn(dialog, statusHeading(page));
      await page.getByText(`Pat Publisher withdrew it on`, { exact: false }).waitFor();
      await page.getByText(WITHDRAWAL).first().waitFor();
      await page.getByText('No further steps: this spotlight has ended.').waitFor();
      // The preview, rendered by the hub's own resolvers, and the hub itself both drop it.
      await page.getByText('Not shown in the hub now').waitFor();
      expect(await hubHandles(h)).toEqual([]);
      await h.expectAccessible(page);
      await h.screenshots(page, 'recognition-withdrawn');
      await expectNoSidewaysScroll(page);
      expect(h.errorsOf(page)).toEqual([]);
    });
  });
});
