/**
 * The spotlight workflow across three staff members, each in their own browser: an editor nominates
 * (by keyboard alone, fixing a live safe-messaging finding with its one-click suggestion), a safety reviewer
 * returns it with a note, the editor fixes and resubmits, the reviewer signs it off, a publisher approves,
 * schedules it in another time zone and publishes it, and the public hub then shows it. Each step reaches
 * the other people's open pages live.
 */
import { Topic } from '@beacon/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCampaign,
  buildCrisisResource,
  buildEligibleCreator,
  buildVideo,
} from '../../server/src/test/factories.js';
import { expectNoSidewaysScroll, type Harness, StaffRole, startHarness } from './harness.js';
import { expectStatus, tabTo } from './recognition-helpers.js';

const SLUG = 'world-mental-health-day-2026';
const CITATION =
  'After her brother committed suicide, Ava made gentle videos that help young people ask for support.';

/** The recognition page's note thread (the history below it quotes the same words). */
const notesOf = (page: Page) => page.getByRole('region', { name: /^Notes/ });

describe('the spotlight workflow', () => {
  let h: Harness;
  let editor: Page;
  let reviewer: Page;
  let publisher: Page;
  let recognitionPath = '';

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        await buildCampaign(em, {
          slug: SLUG,
          name: 'World Mental Health Day 2026',
          hashtag: '#WorldMentalHealthDay',
          spotlightCapacity: 10,
        });
        const { creator } = await buildEligibleCreator(em, {
          handle: 'ava.brightwater',
          displayName: 'Ava Brightwater',
          region: 'US',
        });
        await buildVideo(em, {
          creator,
          title: 'Talking about grief with your friends',
          caption: 'CW: grief. What helped me after a loss, and where to find support: call or text 988.',
          topics: [Topic.GRIEF],
        });
        await buildVideo(em, {
          creator,
          title: 'Morning routines for anxious days',
          topics: [Topic.ANXIETY],
        });
        await buildCrisisResource(em, { name: '988 Suicide & Crisis Lifeline', regions: ['US'] });
      },
    });
    editor = await h.newPage();
    reviewer = await h.newPage();
    publisher = await h.newPage();
    await h.signIn(editor, StaffRole.EDITOR, { displayName: 'Eddie Editor' });
    await h.signIn(reviewer, StaffRole.SAFETY_REVIEWER, { displayName: 'Rae Reviewer' });
    await h.signIn(publisher, StaffRole.PUBLISHER, { displayName: 'Pat Publisher' });
  });
  afterAll(async () => h?.close());

  it('nominates by keyboard alone, with the checks shown first and a live finding fixed by its suggestion', async () => {
    const page = editor;
    await page.goto(`/campaigns/${SLUG}`);
    await page.getByRole('heading', { name: 'World Mental Health Day 2026', level: 1 }).waitFor();
    await tabTo(page, page.getByRole('link', { name: 'Nominate a creator' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Nominate a creator', level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await tabTo(page, page.getByRole('combobox', { name: 'Creator' }));
    await page.keyboard.type('Ava');
    await page.getByRole('option', { name: 'Ava Brightwater (@ava.brightwater)' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    // The checks are asked before anything exists: choosing the creator shows them.
    const eligibility = page.getByRole('region', { name: 'Eligibility' });
    await eligibility.getByText(/of 6 eligibility checks pass/).waitFor();

    // Their videos are searched on the server (a prolific creator has more than the 50 listed); the chosen
    // one stays listed, and chosen, when the search changes.
    const videos = page.getByRole('group', { name: /Featured videos/ });
    const search = page.getByRole('searchbox', { name: 'Search their videos' });
    await tabTo(page, search);
    await page.keyboard.type('grief');
    await expect.poll(() => videos.getByRole('checkbox').count()).toBe(1);
    const grief = page.getByRole('checkbox', { name: 'Talking about grief with your friends' });
    await tabTo(page, grief);
    await page.keyboard.press('Space');
    expect(await grief.isChecked()).toBe(true);
    await tabTo(page, search);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('morning');
    await page.getByRole('checkbox', { name: 'Morning routines for anxious days' }).waitFor();
    await expect.poll(() => videos.getByRole('checkbox').count()).toBe(2);
    expect(await grief.isChecked()).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await eligibility.getByText('All 6 eligibility checks pass.').waitFor();
    // The reasons in words, with days as this reader (en-GB, London) writes them, not the server's ISO days.
    await eligibility
      .getByText(/^Consent to be featured in the awareness hub.*, given on \d{1,2} [A-Z][a-z]{2} \d{4}\.$/)
      .waitFor();
    await eligibility.getByText(/^Completed “.+” on \d{1,2} [A-Z][a-z]{2} \d{4}\.$/).waitFor();
    expect(await eligibility.getByText(/\d{4}-\d{2}-\d{2}|SPOTLIGHT|\(s\)/).count()).toBe(0);
    await h.expectAccessible(page);

    const citation = page.getByRole('textbox', { name: 'Citation' });
    await tabTo(page, citation);
    await page.keyboard.type(CITATION);
    const fix = page.getByRole('button', { name: 'Replace “committed suicide” with “died by suicide”' });
    await fix.waitFor();
    await h.expectAccessible(page);
    await h.screenshots(page, 'recognition-nominate');
    await expectNoSidewaysScroll(page);

    await tabTo(page, fix);
    await page.keyboard.press('Enter');
    await expect.poll(() => citation.inputValue()).toContain('died by suicide');
    await expect.poll(() => fix.count()).toBe(0);

    await tabTo(page, page.getByRole('button', { name: 'Nominate', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ava Brightwater (@ava.brightwater)', level: 1 }).waitFor();
    await expectStatus(page, 'Awaiting safety review');
    recognitionPath = new URL(page.url()).pathname;
    expect(recognitionPath).toMatch(/^\/recognitions\/.+/);
    await h.expectAccessible(page);
  });

  it('is returned with a note by the safety reviewer, which the editor sees live', async () => {
    await reviewer.goto(recognitionPath);
    await expectStatus(reviewer, 'Awaiting safety review');
    await h.expectAccessible(reviewer);
    await reviewer.getByRole('button', { name: 'Return for changes' }).click();
    const dialog = reviewer.getByRole('dialog', { name: 'Return for changes' });
    await dialog
      .getByRole('textbox', { name: 'What should change' })
      .fill('Please say what her videos do for viewers rather than dwelling on the loss.');
    await h.expectAccessible(reviewer);
    await dialog.getByRole('button', { name: 'Return for changes' }).click();
    await expectStatus(reviewer, 'Returned for changes');
    await notesOf(reviewer).getByText('Please say what her videos do for viewers').waitFor();

    // The editor's page follows without a reload.
    await expectStatus(editor, 'Returned for changes');
    await notesOf(editor).getByText('Please say what her videos do for viewers').waitFor();
    await h.expectAccessible(editor);
    await h.screenshots(editor, 'recognition-returned');
  });

  it('is fixed and resubmitted by the editor, then signed off by the reviewer', async () => {
    const citation = editor.getByRole('textbox', { name: 'Citation' });
    await citation.fill(
      'Ava makes gentle, hopeful videos that help young people talk about grief and ask for support.',
    );
    await editor.getByRole('textbox', { name: 'What you changed' }).fill('Centred the citation on her work.');
    await editor.getByRole('button', { name: 'Resubmit for review' }).click();
    await expectStatus(editor, 'Awaiting safety review');
    await notesOf(editor).getByText('Centred the citation on her work.').waitFor();

    await expectStatus(reviewer, 'Awaiting safety review');
    await reviewer.getByRole('button', { name: 'Sign off' }).click();
    const dialog = reviewer.getByRole('dialog', { name: 'Sign off the nomination' });
    await dialog.getByRole('textbox', { name: 'Note for the thread (optional)' }).fill('Safe to spotlight.');
    await dialog.getByRole('button', { name: 'Sign off' }).click();
    await expectStatus(reviewer, 'Signed off, awaiting approval');
    await h.expectAccessible(reviewer);
  });

  it('is approved, then scheduled in Singapore time, shown in UTC and the publisher’s own zone', async () => {
    const page = publisher;
    await page.goto(recognitionPath);
    await expectStatus(page, 'Signed off, awaiting approval');
    // Review is over, so nobody is offered it; the editor sees approval disabled, with the reason.
    expect(await page.getByRole('button', { name: 'Sign off', exact: true }).count()).toBe(0);
    const editorApprove = editor.getByRole('button', { name: 'Approve', exact: true });
    await expectStatus(editor, 'Signed off, awaiting approval');
    expect(await editorApprove.isDisabled()).toBe(true);
    await editor
      .getByText(/^Only publishers and admins can approve/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await expectStatus(page, 'Approved');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Status');

    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule the spotlight' });
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await dialog.getByLabel(/^Date/).fill(inThreeDays);
    await dialog.getByLabel(/^Time(?! zone)/).fill('09:30');
    await dialog.getByRole('combobox', { name: 'Time zone' }).fill('Asia/Singapore');
    await page.getByRole('option', { name: 'Asia/Singapore' }).click();
    // 09:30 in Singapore (UTC+8) is 01:30 UTC, shown with the reader's own zone (London).
    await dialog.getByText(/\(Asia\/Singapore, UTC\+08:00\) is .*01:30 UTC/).waitFor();
    await dialog.getByText(/in your time zone \(Europe\/London\)/).waitFor();
    await h.expectAccessible(page);
    await h.screenshots(page, 'recognition-schedule');
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await expectStatus(page, 'Scheduled');
    await page.getByText(/Publishes at .*09:30.*\(Asia\/Singapore\), which is .*01:30 UTC/).waitFor();
  });

  it('is published at once by the publisher, with the hub card and crisis resources shown', async () => {
    const page = publisher;
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page
      .getByRole('dialog', { name: 'Publish now?' })
      .getByRole('button', { name: 'Publish now' })
      .click();
    await expectStatus(page, 'Published');
    await page.getByText('The hub shows this card now, at position 1.').waitFor();
    await page.getByText('988 Suicide & Crisis Lifeline').first().waitFor();
    await h.expectAccessible(page);
    await h.screenshots(page, 'recognition-published');
    await expectNoSidewaysScroll(page);
    await expectStatus(editor, 'Published');
  });

  it('appears in the public hub, with no staff session', async () => {
    const response = await fetch(`${h.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ($slug: String!) { hub(campaign: $slug, region: "US") {
          spotlights(first: 10) { nodes { rank citation creator { handle } } } } }`,
        variables: { slug: SLUG },
      }),
    });
    const body = (await response.json()) as {
      data: {
        hub: { spotlights: { nodes: { rank: number; citation: string; creator: { handle: string } }[] } };
      };
    };
    expect(body.data.hub.spotlights.nodes).toEqual([
      {
        rank: 1,
        citation:
          'Ava makes gentle, hopeful videos that help young people talk about grief and ask for support.',
        creator: { handle: 'ava.brightwater' },
      },
    ]);
    for (const page of [editor, reviewer, publisher]) expect(h.errorsOf(page)).toEqual([]);
  });
});
