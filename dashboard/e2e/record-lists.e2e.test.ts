/**
 * Lists on a record's page that used to stop at a fixed number, in a real browser: a creator's training
 * pages past the first 50, a nomination's note thread of 130 notes reaches back to the first with "Show
 * older notes", and a critical moment with more training than its card holds says so and links to the
 * training list of them all. Every state is checked with axe.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RecognitionNote,
  RecognitionNoteKind,
} from '../../server/src/modules/recognitions/recognition-note.entity.js';
import {
  TrainingAudience,
  TrainingOccasion,
} from '../../server/src/modules/training/training-session.entity.js';
import {
  buildCampaign,
  buildCreator,
  buildEnrolment,
  buildRecognition,
  buildSession,
  buildStaff,
} from '../../server/src/test/factories.js';
import { type Harness, isFocused, StaffRole, startHarness } from './harness.js';

const SESSIONS = 60;
const NOTES = 130;
const DAY = 86_400_000;
const WMHD_2024 = Date.parse('2024-10-10T00:00:00Z');
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('lists on a record’s page', () => {
  let h: Harness;
  let page: Page;
  let creatorPath = '';
  let recognitionPath = '';
  let boardPath = '';

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        const creator = await buildCreator(em, { displayName: 'Sam Sessions' });
        creatorPath = `/creators/${encodeURIComponent(creator.globalId)}`;
        // 60 sessions preparing for World Mental Health Day 2024, a few days apart in the year before it;
        // the creator is enrolled in each, in session order.
        for (let i = 1; i <= SESSIONS; i++) {
          const startsAt = new Date(WMHD_2024 - (300 - i * 4) * DAY + 10 * 3_600_000);
          const session = await buildSession(em, {
            title: `Preparing ${pad(i)}`,
            occasion: TrainingOccasion.WORLD_MENTAL_HEALTH_DAY,
            audience: TrainingAudience.CREATORS,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 3_600_000),
          });
          await buildEnrolment(em, {
            session,
            creator,
            createdAt: new Date(Date.now() - (SESSIONS - i) * 1000),
          });
        }
        const campaign = await buildCampaign(em, {
          name: 'World Mental Health Day 2024',
          startsOn: '2024-10-01',
          endsOn: '2024-10-31',
        });
        boardPath = `/campaigns/${campaign.slug}`;
        const recognition = await buildRecognition(em, { campaign });
        recognitionPath = `/recognitions/${encodeURIComponent(recognition.globalId)}`;
        const author = await buildStaff(em, { role: StaffRole.SAFETY_REVIEWER, displayName: 'Rae Reviewer' });
        const first = Date.now() - NOTES * 60_000;
        for (let i = 1; i <= NOTES; i++)
          em.persist(
            Object.assign(new RecognitionNote(), {
              recognition,
              author,
              kind: RecognitionNoteKind.COMMENT,
              body: `Note ${pad(i, 3)}`,
              createdAt: new Date(first + i * 60_000),
            }),
          );
        await em.flush();
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.VIEWER);
  });
  afterAll(async () => h?.close());

  it('pages a creator’s training past the first 50', async () => {
    await page.goto(creatorPath);
    await page.getByRole('heading', { name: 'Sam Sessions', level: 1 }).waitFor();
    const training = page.getByRole('region', { name: 'Training' });
    await training.getByText(`Showing 1–20 of ${SESSIONS} enrolments`).waitFor();
    const pager = training.getByRole('navigation', { name: 'Training pages' });
    await pager.getByRole('button', { name: 'Next page' }).click();
    await training.getByText(`Showing 21–40 of ${SESSIONS} enrolments`).waitFor();
    await pager.getByRole('button', { name: 'Next page' }).click();
    await training.getByText(`Showing 41–60 of ${SESSIONS} enrolments`).waitFor();
    const table = training.getByRole('table', { name: 'Training enrolments' });
    await table.getByRole('link', { name: `Preparing ${SESSIONS}` }).waitFor();
    expect(new URL(page.url()).searchParams.get('training-page')).toBe('3');
    await h.expectAccessible(page);
    await h.screenshots(page, 'creator-training-page-3');
  });

  it('reads a note thread of 130 notes back to the first', async () => {
    await page.goto(recognitionPath);
    const notes = page.getByRole('region', { name: `Notes (${NOTES})` });
    await notes.getByText(`Note ${NOTES}`).waitFor();
    expect(await notes.getByText('Note 110', { exact: true }).count()).toBe(0);
    const older = notes.getByRole('button', { name: /^Show older notes/ });
    expect(await older.textContent()).toBe(`Show older notes (${NOTES - 20} more)`);
    await h.expectAccessible(page);

    await older.click();
    await notes.getByText('Note 091', { exact: true }).waitFor();
    // The person lands on the first of the notes they asked for.
    await expect
      .poll(() => isFocused(notes.getByRole('listitem').filter({ hasText: 'Note 091' })))
      .toBe(true);
    // Each click waits for the page it asked for: the oldest shown goes 71, 51, 31, 11, then 1.
    for (let oldest = 71; oldest > -20; oldest -= 20) {
      await older.click();
      await notes.getByText(`Note ${pad(Math.max(1, oldest), 3)}`, { exact: true }).waitFor();
    }
    expect(await notes.getByRole('listitem').count()).toBe(NOTES);
    expect(await older.count()).toBe(0);
    await h.expectAccessible(page);
    await h.screenshots(page, 'note-thread-whole');
  });

  it('says when a critical moment has more training than its card shows, and links to them all', async () => {
    await page.goto(boardPath);
    const calendar = page.getByRole('region', { name: 'Critical moments' });
    const wmhd = calendar
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'World Mental Health Day' }) });
    await wmhd.getByText(`Showing the first 50 of ${SESSIONS} sessions, soonest first.`).waitFor();
    await h.expectAccessible(page);
    await wmhd
      .getByRole('link', { name: 'See every session before World Mental Health Day in the training list' })
      .click();
    await page.getByRole('heading', { name: 'Training', level: 1 }).waitFor();
    await page.getByText(`Showing 1–20 of ${SESSIONS} sessions`).waitFor();
    expect(await page.getByLabel('Starting from').inputValue()).toBe('2023-10-11');
    expect(await page.getByLabel('Starting by').inputValue()).toBe('2024-10-09');
    const pager = page.getByRole('navigation', { name: 'Training pages' });
    await pager.getByRole('button', { name: 'Next page' }).click();
    await pager.getByRole('button', { name: 'Next page' }).click();
    await page.getByText(`Showing 41–60 of ${SESSIONS} sessions`).waitFor();
    await page
      .getByRole('table', { name: 'Training sessions' })
      .getByRole('link', { name: `Preparing ${SESSIONS}` })
      .waitFor();
    await h.expectAccessible(page);
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
