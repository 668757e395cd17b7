/**
 * The videos screens: the list (search by caption, filters, CSV), a video's page with its caption's
 * safe-messaging findings marked, the advisory override done with the keyboard alone and seen as a reader
 * and on the spotlight's hub card, a viewer told why they cannot edit, a version conflict, and archiving
 * with a warning that names the spotlight featuring the video.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Topic } from '@beacon/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecognitionStatus } from '../../server/src/modules/recognitions/recognition.entity.js';
import { AwarenessVideo } from '../../server/src/modules/videos/awareness-video.entity.js';
import {
  buildCampaign,
  buildCreator,
  buildCrisisResource,
  buildEligibleCreator,
  buildRecognition,
  buildVideo,
} from '../../server/src/test/factories.js';
import {
  arrowToOption,
  DESKTOP,
  expectNoSidewaysScroll,
  focusedElement,
  type Harness,
  isFocused,
  PHONE,
  SCREENSHOTS_DIR,
  StaffRole,
  startHarness,
  tabTo as tabToControl,
} from './harness.js';

const GRIEF = 'When my uncle committed suicide';
const WORDING = 'This video talks about losing someone to suicide. Take care while you watch.';

describe('the videos screens', () => {
  let h: Harness;
  let page: Page;
  const rowHeaders = () => page.getByRole('table').getByRole('rowheader');
  const param = (name: string) => new URL(page.url()).searchParams.get(name);
  const stored = (title: string) => h.app.orm.em.fork().findOneOrFail(AwarenessVideo, { title });

  /** Presses Tab until the focused element's accessible name matches (a bounded walk, keyboard only). */
  const tabTo = async (target: Page, name: RegExp) => {
    for (let i = 0; i < 80; i++) {
      await target.keyboard.press('Tab');
      const label = await target.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const labelled = el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent;
        return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim();
      });
      if (name.test(label)) return;
    }
    throw new Error(`Tab never reached ${name}`);
  };

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        const campaign = await buildCampaign(em, { name: 'World Mental Health Day 2023' });
        const { creator, video } = await buildEligibleCreator(em, {
          handle: 'mira_moves',
          displayName: 'Mira Moves',
          region: 'GB',
        });
        Object.assign(video, {
          title: 'Talking about grief',
          caption: `${GRIEF}, I did not know what to say. Here is what helped our family talk again.`,
          topics: [Topic.GRIEF, Topic.SUICIDE_PREVENTION],
          publishedAt: new Date('2023-10-09T10:00:00Z'),
          views: 42_000,
        });
        await em.flush();
        await buildRecognition(em, {
          creator,
          campaign,
          featured: [video],
          status: RecognitionStatus.PUBLISHED,
          publishedAt: new Date('2023-10-10T08:00:00Z'),
          rank: 1,
        });
        await buildVideo(em, {
          creator,
          title: 'Sunday reset',
          caption: 'A slow walk by the harbour, tea, and an early night.',
          topics: [Topic.SELF_CARE],
          publishedAt: new Date('2023-10-01T10:00:00Z'),
          views: 9_000,
        });
        const other = await buildCreator(em, { handle: 'nia_notes', displayName: 'Nia Notes', region: 'US' });
        await buildVideo(em, {
          creator: other,
          title: 'Recovery is not linear',
          caption: 'Recovery has good weeks and hard ones. Both count.',
          topics: [Topic.EATING_DISORDERS],
          publishedAt: new Date('2023-09-20T10:00:00Z'),
          views: 120_000,
        });
        await buildCrisisResource(em, { name: 'Samaritans (fictional test line)', regions: ['GB'] });
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.EDITOR, { displayName: 'Eda Editor' });
  });
  afterAll(async () => h?.close());

  it('lists every video newest first with its creator, caption, advisory and findings', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Videos' }).click();
    await page.getByRole('heading', { name: 'Videos', level: 1 }).waitFor();
    await expect
      .poll(() => rowHeaders().allTextContents())
      .toEqual(['Talking about grief', 'Sunday reset', 'Recovery is not linear']);
    const grief = await page.getByRole('row', { name: /Talking about grief/ }).textContent();
    expect(grief).toContain('@mira_moves');
    expect(grief).toContain(GRIEF);
    expect(grief).toContain('Opt-in');
    expect(grief).toMatch(/\d+ warnings?/);
    const recovery = await page.getByRole('row', { name: /Recovery is not linear/ }).textContent();
    expect(recovery).toContain('Opt-in, 13+');
    const sunday = await page.getByRole('row', { name: /Sunday reset/ }).textContent();
    expect(sunday).toContain('None');
    expect(await page.getByText('3 videos', { exact: true }).isVisible()).toBe(true);
    await h.expectAccessible(page);
    await h.screenshots(page, 'videos');
  });

  it('finds videos by words in the caption, and filters by findings, topic and advisory, keeping each in the URL', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('harbour');
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['Sunday reset']);
    expect(param('q')).toBe('harbour');
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect.poll(async () => (await rowHeaders().allTextContents()).length).toBe(3);

    // The grief video's caption has a stigmatising phrase; the eating-disorder one names no help resource.
    await page.getByLabel('Safe-messaging findings').selectOption({ label: 'Has findings' });
    await expect
      .poll(() => rowHeaders().allTextContents())
      .toEqual(['Talking about grief', 'Recovery is not linear']);
    expect(param('findings')).toBe('yes');
    await page.getByLabel('Safe-messaging findings').selectOption({ label: 'No findings' });
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['Sunday reset']);
    await page.getByLabel('Safe-messaging findings').selectOption({ label: 'With or without' });

    await page.getByLabel('Advisory').selectOption({ label: 'No advisory' });
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['Sunday reset']);
    await page.getByLabel('Advisory').selectOption({ label: 'With or without' });

    await page.getByLabel('Topic').selectOption({ label: 'Eating disorders' });
    await expect.poll(() => rowHeaders().allTextContents()).toEqual(['Recovery is not linear']);
    expect(param('topic')).toBe('EATING_DISORDERS');
    await page.getByLabel('Topic').selectOption({ label: 'Any topic' });

    await page.getByLabel('Sort by').selectOption({ label: 'Most viewed' });
    await expect
      .poll(() => rowHeaders().allTextContents())
      .toEqual(['Recovery is not linear', 'Talking about grief', 'Sunday reset']);
    expect(param('sort')).toBe('MOST_VIEWED');

    await page.getByLabel('Search').fill('nothing like this');
    await page.getByRole('heading', { name: 'No videos found' }).waitFor();
    await h.expectAccessible(page);
    await page.getByLabel('Search').fill('');
  });

  it('exports every matching video to CSV', async () => {
    await page.goto('/videos');
    await page.getByText('3 videos', { exact: true }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const lines = readFileSync(await (await download).path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Title,Creator,Creator name,Caption,Topics,Advisory,Safe-messaging findings,Findings detail,Posted at,Views,Archived at',
    );
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith('Recovery is not linear'))).toContain('Opt-in, 13+');
  });

  it('opens a video with its caption’s findings marked, the reader’s advisory and the spotlight featuring it', async () => {
    await page.getByRole('link', { name: 'Talking about grief' }).click();
    await page.getByRole('heading', { name: 'Talking about grief', level: 1 }).waitFor();
    const caption = page.getByRole('region', { name: 'Caption' });
    expect(await caption.locator('mark').first().textContent()).toContain('committed suicide');
    expect(
      await caption
        .getByRole('list', { name: 'Safe-messaging findings in “Talking about grief”' })
        .textContent(),
    ).toContain('died by suicide');
    const reader = page.getByRole('article', { name: 'Advisory as the reader sees it' });
    await expect.poll(() => reader.textContent()).toContain('Samaritans (fictional test line)');
    expect(await reader.textContent()).toContain('Content warning');
    const spotlights = page.getByRole('region', { name: 'Spotlights featuring it' });
    await spotlights.getByRole('link', { name: 'World Mental Health Day 2023' }).waitFor();
    expect(await spotlights.textContent()).toContain('Published, position 1');
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await h.expectAccessible(page);
    await h.screenshots(page, 'video');
  });

  it('rewords the advisory with the keyboard alone; the reader and the hub card get the new words', async () => {
    await page.getByRole('heading', { name: 'Talking about grief', level: 1 }).focus();
    await tabTo(page, /^Change wording of the advisory/);
    await page.keyboard.press('Enter');
    const text = page.getByRole('textbox', { name: 'Warning text' });
    await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(WORDING);
    await h.expectAccessible(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Advisory wording saved for “Talking about grief”').first().waitFor();
    await expect
      .poll(async () => (await stored('Talking about grief')).advisoryWarningOverride)
      .toBe(WORDING);
    // Focus returns to the control that started the edit.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Change wording of the advisory for “Talking about grief”');

    const reader = page.getByRole('article', { name: 'Advisory as the reader sees it' });
    await expect.poll(() => reader.textContent()).toContain(WORDING);

    await page.getByRole('region', { name: 'Spotlights featuring it' }).getByRole('link').click();
    const card = page.getByRole('article', { name: 'Card as the reader sees it' });
    await expect.poll(() => card.textContent()).toContain(WORDING);
    await page.goBack();
    await page.getByRole('heading', { name: 'Talking about grief', level: 1 }).waitFor();

    // Empty goes back to the derived wording, again by keyboard.
    await page.getByRole('heading', { name: 'Talking about grief', level: 1 }).focus();
    await tabTo(page, /^Use derived wording/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored('Talking about grief')).advisoryWarningOverride).toBe(null);
    await expect.poll(() => reader.textContent()).toContain('Content warning');
  });

  it('keeps a second editor from saving over the first, and lets them reapply their change', async () => {
    // Clicked straight after the previous step's toast: toasts keep clear of the page's top buttons.
    await page.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit “Talking about grief”' });
    await dialog.waitFor();
    // Someone else saves the video while the dialog is open.
    const other = await h.app.staff(StaffRole.EDITOR, { displayName: 'Oli Other' });
    const current = await stored('Talking about grief');
    const saved = await h.app.run(
      `mutation($input: UpdateVideoInput!) { updateAwarenessVideo(input: $input) { video { version } } }`,
      { input: { id: current.globalId, expectedVersion: current.version, hashtags: ['grief', 'wmhd'] } },
      other,
    );
    expect(saved.errors).toBeUndefined();

    await dialog.getByLabel('Length (seconds)').fill('95');
    await dialog.getByRole('button', { name: 'Save video' }).click();
    const conflict = page.getByRole('dialog', { name: 'Someone else saved this first' });
    await conflict.waitFor();
    expect(await conflict.getByRole('region', { name: 'What they changed' }).textContent()).toContain(
      '#wmhd',
    );
    expect(await conflict.getByRole('region', { name: 'What you changed' }).textContent()).toContain('95');
    await h.expectAccessible(page);
    await conflict.getByRole('button', { name: 'Reapply my changes' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await dialog.getByLabel('Hashtags').inputValue()).toBe('#grief #wmhd');
    await dialog.getByRole('button', { name: 'Save video' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await stored('Talking about grief')).durationSeconds).toBe(95);
    expect((await stored('Talking about grief')).hashtags).toEqual(['grief', 'wmhd']);
    await page.getByText('1 min 35 s').waitFor();
  });

  it('warns which spotlight features the video before archiving it, then marks it archived', async () => {
    await page.getByRole('button', { name: 'Archive' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Archive “Talking about grief”?' });
    await dialog.getByText('1 spotlight features this video').waitFor();
    expect(await dialog.textContent()).toContain('World Mental Health Day 2023');
    await h.expectAccessible(page);
    await h.screenshots(page, 'video-archive');
    await dialog.getByRole('button', { name: 'Archive video' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await stored('Talking about grief')).archivedAt).not.toBeNull();
    const note = page.getByRole('alert').filter({ hasText: 'hidden from the public hub' });
    await expect.poll(() => note.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await page.getByRole('button', { name: 'Archive' }).count()).toBe(0);

    await page.goto('/videos');
    await expect.poll(async () => (await rowHeaders().allTextContents()).length).toBe(2);
    await page.getByLabel('Archived').selectOption({ label: 'Include archived' });
    await expect.poll(async () => (await rowHeaders().allTextContents()).length).toBe(3);
    expect(await page.getByRole('row', { name: /Talking about grief/ }).textContent()).toContain('Archived');
  });

  it('shows a viewer the video with the edit controls disabled and the reason beside them', async () => {
    const viewer = await h.newPage();
    await h.signIn(viewer, StaffRole.VIEWER, { displayName: 'Vic Viewer' });
    await viewer.goto('/videos');
    await viewer.getByRole('link', { name: 'Sunday reset' }).click();
    await viewer.getByRole('heading', { name: 'Sunday reset', level: 1 }).waitFor();
    const edit = viewer.getByRole('button', { name: 'Edit' });
    expect(await edit.isDisabled()).toBe(true);
    const reason = await edit.getAttribute('aria-describedby');
    expect(reason).toBeTruthy();
    expect(await viewer.locator(`[id="${reason}"]`).textContent()).toMatch(/\w/);
    expect(await viewer.getByRole('button', { name: 'Archive' }).isDisabled()).toBe(true);
    await h.expectAccessible(viewer);

    await viewer.goto('/videos');
    await viewer.getByRole('link', { name: 'Recovery is not linear' }).click();
    await viewer.getByRole('heading', { name: 'Recovery is not linear', level: 1 }).waitFor();
    const change = viewer.getByRole('button', { name: 'Change wording' });
    expect(await change.isDisabled()).toBe(true);
    expect(
      await viewer.locator(`[id="${await change.getAttribute('aria-describedby')}"]`).textContent(),
    ).toMatch(/\w/);
    await h.expectAccessible(viewer);
    await h.screenshots(viewer, 'video-viewer');
    expect(h.errorsOf(viewer)).toEqual([]);
  });

  it('stacks each video as a card on a phone, with nothing scrolling sideways', async () => {
    await page.setViewportSize(PHONE);
    await page.goto('/videos');
    await page.getByText('2 videos', { exact: true }).waitFor();
    await expectNoSidewaysScroll(page);
    await h.expectAccessible(page);
    await page.getByRole('link', { name: 'Recovery is not linear' }).click();
    await page.getByRole('heading', { name: 'Recovery is not linear', level: 1 }).waitFor();
    await expectNoSidewaysScroll(page);
    await h.expectAccessible(page);
  });

  it('keeps the way back and a heading when a video cannot be loaded, with Try again and the request id', async () => {
    const failing = await h.newPage();
    await h.signIn(failing, StaffRole.EDITOR);
    let fail = true;
    await failing.route('**/graphql', async (route) => {
      if (fail && (route.request().postData() ?? '').includes('query Video(')) {
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            errors: [
              {
                message: 'Unexpected error.',
                extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-e2e-video' },
              },
            ],
          }),
        });
        return;
      }
      await route.continue();
    });
    await failing.goto('/videos');
    await failing.getByRole('link', { name: 'Recovery is not linear' }).click();
    await failing.getByRole('heading', { name: 'Video not loaded', level: 1 }).waitFor();
    await expect.poll(() => focusedElement(failing)).toBe('h1: Video not loaded');
    const alert = failing.getByRole('alert').filter({ hasText: 'This video could not be loaded' });
    await alert.getByText('req-e2e-video').waitFor();
    expect(await failing.getByRole('link', { name: '← All videos' }).isVisible()).toBe(true);
    await h.expectAccessible(failing);
    await h.screenshots(failing, 'video-failed');
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await failing.getByRole('heading', { name: 'Recovery is not linear', level: 1 }).waitFor();
  });

  it('on a phone, starts the list near the top and keeps the filters behind a Filters button, used with the keyboard alone', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`/videos?topic=${Topic.EATING_DISORDERS}`);
    const filters = page.getByRole('button', { name: /^Filters\s*1 active$/ });
    await filters.waitFor();
    const cards = page.getByRole('list', { name: 'Videos found' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    // Seven filters no longer push the list below the fold: its first card starts on the first screen.
    const first = await cards.first().boundingBox();
    expect(first && first.y < PHONE.height / 2).toBe(true);
    expect(await page.getByLabel('Strategy').isVisible()).toBe(false);
    expect(await page.getByRole('searchbox', { name: 'Search' }).isVisible()).toBe(true);
    await h.screenshots(page, 'videos-filters-closed');

    await tabToControl(page, filters);
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await drawer.waitFor();
    await expect.poll(() => drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await h.expectAccessible(page);
    await page.screenshot({
      path: path.join(SCREENSHOTS_DIR, 'videos-filters-open-390.png'),
      animations: 'disabled',
    });

    const archived = drawer.getByLabel('Archived');
    await tabToControl(page, archived);
    await arrowToOption(page, archived, 'Include archived');
    await expect.poll(() => new URL(page.url()).searchParams.get('archived')).toBe('include');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    const twoActive = page.getByRole('button', { name: /^Filters\s*2 active$/ });
    await expect.poll(() => isFocused(twoActive)).toBe(true);

    // The filters are in the URL: a reload keeps them.
    await page.reload();
    await twoActive.waitFor();
    await tabToControl(page, twoActive);
    await page.keyboard.press('Enter');
    await drawer.waitFor();
    await tabToControl(page, drawer.getByRole('button', { name: 'Clear all' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await tabToControl(page, drawer.getByRole('button', { name: /^Show \d+ videos?$/ }));
    await page.keyboard.press('Enter');
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(page.getByRole('button', { name: 'Filters', exact: true }))).toBe(true);

    // At desktop widths the filters are one row again, with no button.
    await page.setViewportSize(DESKTOP);
    await page.getByLabel('Strategy').waitFor();
    expect(await page.getByRole('button', { name: /^Filters/ }).count()).toBe(0);
  });

  it('says so when a video is not there, and raised no script errors on the way', async () => {
    await page.goto('/videos/QXdhcmVuZXNzVmlkZW86MDFhMWZjYTEtMDcxNS03NjcwLTg4YzEtMzRmYzEwNmNmZWU1');
    await page.getByRole('heading', { name: 'Video not found', level: 1 }).waitFor();
    await h.expectAccessible(page);
    expect(h.errorsOf(page)).toEqual([]);
  });
});
