/**
 * Editing a campaign: an editor changes its name and spotlight capacity with the keyboard and sees both on
 * the board, with a partner picked by searching; a capacity below what is published is refused by the server, in words next to the field; a
 * programming window planned in another time zone appears on the board's timeline in that zone; the whole
 * edit walked with the keyboard alone (capacity, partners, a colleague's save met in the conflict dialog,
 * Cancel, a window), checking where focus lands after each action and running axe on every dialog;
 * Cancel, a link or the browser's Back with a change asks before discarding it; a viewer gets no way to edit.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign } from '../../server/src/modules/campaigns/campaign.entity.js';
import { RecognitionStatus } from '../../server/src/modules/recognitions/recognition.entity.js';
import {
  buildCampaign,
  buildEligibleCreator,
  buildOrganisation,
  buildRecognition,
} from '../../server/src/test/factories.js';
import {
  expectClosedWithFocusOn,
  focusedElement,
  type Harness,
  isFocused,
  pressBack,
  StaffRole,
  startHarness,
  tabTo,
} from './harness.js';

const SLUG = 'safer-internet-day-2025';
const CAMPAIGN_VERSION = `query ($slug: String!) { campaign(slug: $slug) { id version } }`;
const UPDATE_CAMPAIGN = `mutation ($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { id version } } }`;
const HISTORY = `query ($id: ID!) { recordHistory(id: $id, first: 10) { nodes { actorName changes { field } } } }`;
type HistoryEntry = { actorName: string; changes: { field: string }[] };

describe('campaign edit', () => {
  let h: Harness;
  let page: Page;
  const heading = (name: string | RegExp) => page.getByRole('heading', { name, level: 1 });

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        const campaign = await buildCampaign(em, {
          slug: SLUG,
          name: 'Safer Internet Day 2025',
          theme: 'Together for a better internet.',
          startsOn: '2025-02-01',
          endsOn: '2025-02-28',
          spotlightCapacity: 10,
        });
        let rank = 0;
        for (const [handle, displayName] of [
          ['ava_calm', 'Ava Calm'],
          ['ben_talks', 'Ben Talks'],
          ['cleo_cares', 'Cleo Cares'],
        ] as const) {
          const c = await buildEligibleCreator(em, { handle, displayName });
          await buildRecognition(em, {
            campaign,
            creator: c.creator,
            featured: [c.video],
            status: RecognitionStatus.PUBLISHED,
            rank: ++rank,
            publishedAt: new Date(),
          });
        }
        await buildOrganisation(em, { name: 'Kind Minds Foundation' });
        await buildOrganisation(em, { name: 'Open Door Helpline' });
        await em.flush();
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.EDITOR);
  });
  afterAll(async () => h?.close());

  it('changes the name and capacity with the keyboard, and the board shows them', async () => {
    await page.goto(`/campaigns/${SLUG}`);
    await heading('Safer Internet Day 2025').waitFor();
    const edit = page.getByRole('link', { name: 'Edit campaign' });
    await edit.focus();
    await page.keyboard.press('Enter');
    await heading('Edit Safer Internet Day 2025').waitFor();
    await h.expectAccessible(page);
    await h.screenshots(page, 'campaign-edit');

    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await name.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Safer Internet Day 2025: Kindness online');
    const capacity = page.getByRole('spinbutton', { name: 'Spotlight capacity' });
    await capacity.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('12');
    // Partners: search by name and pick with the arrow keys.
    await page.getByRole('combobox', { name: 'Partners' }).focus();
    await page.keyboard.type('Kind');
    await page.getByRole('option', { name: 'Kind Minds Foundation' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await capacity.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Saved Safer Internet Day 2025: Kindness online').first().waitFor();

    await page.getByRole('link', { name: /Back to the board/ }).click();
    await heading('Safer Internet Day 2025: Kindness online').waitFor();
    await page.getByText('12 creators at once').waitFor();
    const meter = page.getByRole('progressbar', { name: 'Places taken' });
    await expect.poll(() => meter.getAttribute('aria-valuetext')).toBe('3 of 12 places taken');
    const partners = page.getByRole('region', { name: 'Partners (1)' });
    await partners.getByRole('heading', { name: 'Kind Minds Foundation' }).waitFor();
  });

  it('shows the server refusing a capacity below the published spotlights next to the field', async () => {
    await page.goto(`/campaigns/${SLUG}/edit`);
    await heading(/^Edit /).waitFor();
    const capacity = page.getByRole('spinbutton', { name: 'Spotlight capacity' });
    await capacity.fill('2');
    await page.getByRole('button', { name: 'Save details' }).click();
    const refusal = page.getByText(/3 spotlights are published: withdraw some before lowering the capacity/);
    await refusal.first().waitFor();
    expect(await capacity.getAttribute('aria-invalid')).toBe('true');
    // The message is the field's own (read out with it), not only a banner.
    const describedBy = (await capacity.getAttribute('aria-describedby')) ?? '';
    const errorId = await page
      .locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('error'))}"]`)
      .textContent();
    expect(errorId).toMatch(/3 spotlights are published/);
    await h.expectAccessible(page);
    await h.screenshots(page, 'campaign-edit-capacity-refused');

    // Refused means unchanged: the board still has the capacity the first test saved.
    await page.goto(`/campaigns/${SLUG}`);
    await page.getByText(/\d+ creators at once/).waitFor();
    expect(await page.getByText(/\d+ creators at once/).textContent()).toBe('12 creators at once');
  });

  it('adds a programming window in another time zone and the board shows it in that zone', async () => {
    await page.goto(`/campaigns/${SLUG}/edit`);
    await heading(/^Edit /).waitFor();
    const add = page.getByRole('form', { name: 'Add a programming window' });
    await add.getByRole('textbox', { name: 'Title' }).fill('Late-night listening');
    await add.getByRole('textbox', { name: 'Description' }).fill('Creators answer questions live.');
    const opens = add.getByRole('group', { name: 'Opens' });
    await opens.getByLabel(/^Date/).fill('2025-02-11');
    await opens.getByLabel(/^Time(?! zone)/).fill('20:00');
    await opens.getByRole('combobox', { name: 'Time zone' }).fill('Asia/Singapore');
    await page.getByRole('option', { name: 'Asia/Singapore' }).click();
    const closes = add.getByRole('group', { name: 'Closes' });
    // One zone for the window: choosing it for the opening set it for the closing too.
    expect(await closes.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe('Asia/Singapore');
    await closes.getByLabel(/^Date/).fill('2025-02-11');
    await closes.getByLabel(/^Time(?! zone)/).fill('23:00');
    await opens.getByText(/\(Asia\/Singapore, UTC\+08:00\) is .*12:00 UTC/).waitFor();
    await h.expectAccessible(page);
    await h.screenshots(page, 'campaign-edit-window');
    await add.getByRole('button', { name: 'Add window' }).click();
    await page.getByText('Programming window added').first().waitFor();
    await page.getByRole('heading', { name: 'Programming windows (1)' }).waitFor();

    await page.getByRole('link', { name: /Back to the board/ }).click();
    const windows = page.getByRole('region', { name: /Programming windows/ });
    await windows.getByRole('listitem').first().waitFor();
    expect((await windows.getByRole('listitem').textContent())?.replace(/\s+/g, ' ')).toMatch(
      /Late-night listening.*11 Feb 2025, 20:00\s?–\s?23:00 \(.*Asia\/Singapore\)/,
    );
    await h.expectAccessible(page);
  });

  it('removes a programming window with the keyboard and focus returns to the list', async () => {
    await page.goto(`/campaigns/${SLUG}/edit`);
    await page.getByRole('heading', { name: 'Programming windows (1)' }).waitFor();
    await page.getByRole('button', { name: 'Remove Late-night listening' }).focus();
    await page.keyboard.press('Enter');
    const windowsHeading = page.getByRole('heading', { name: 'Programming windows (0)' });
    await windowsHeading.waitFor();
    await expect.poll(() => windowsHeading.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('link', { name: /Back to the board/ }).click();
    const windows = page.getByRole('region', { name: /Programming windows/ });
    await windows.getByText('No programming windows yet').waitFor();
  });

  // One walk through the edit with the keyboard alone, in three cases that each prove one thing.
  const stored = () => h.app.orm.em.fork().findOneOrFail(Campaign, { slug: SLUG });

  it('walks the edit with the keyboard alone: capacity and a partner, saved where the person is', async () => {
    await page.goto(`/campaigns/${SLUG}`);
    await heading('Safer Internet Day 2025: Kindness online').waitFor();
    await tabTo(page, page.getByRole('link', { name: 'Edit campaign' }));
    await page.keyboard.press('Enter');
    await heading('Edit Safer Internet Day 2025: Kindness online').waitFor();
    await expect.poll(() => focusedElement(page)).toBe('h1: Edit Safer Internet Day 2025: Kindness online');

    // Capacity with the arrow keys; a partner found by typing and picked with the arrows.
    const capacity = page.getByRole('spinbutton', { name: 'Spotlight capacity' });
    await tabTo(page, capacity);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => capacity.inputValue()).toBe('13');
    await tabTo(page, page.getByRole('combobox', { name: 'Partners' }));
    await page.keyboard.type('Open');
    await page.getByRole('option', { name: 'Open Door Helpline' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    await h.expectAccessible(page);
    const save = page.getByRole('button', { name: 'Save details' });
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    await page.getByText('Saved Safer Internet Day 2025: Kindness online').first().waitFor();
    // Saved where the person is: focus stays on the button they pressed.
    await expect.poll(() => isFocused(save)).toBe(true);
    expect((await stored()).spotlightCapacity).toBe(13);
  });

  it("meets a colleague's save in the conflict dialog and reapplies the edit onto it, by keyboard", async () => {
    const capacity = page.getByRole('spinbutton', { name: 'Spotlight capacity' });
    const save = page.getByRole('button', { name: 'Save details' });
    // A colleague saves a new theme while this person raises the capacity again.
    await tabTo(page, capacity);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => capacity.inputValue()).toBe('14');
    // Through the API, as staff do: a new version, and an audit entry under the colleague's name.
    const colleague = await h.app.staff(StaffRole.EDITOR, { displayName: 'Cal Colleague' });
    const read = await h.app.run(CAMPAIGN_VERSION, { slug: SLUG }, colleague);
    const { id, version } = (read.data as { campaign: { id: string; version: number } }).campaign;
    const theirs = await h.app.run(
      UPDATE_CAMPAIGN,
      { input: { id, expectedVersion: version, theme: 'Kindness is catching.' } },
      colleague,
    );
    expect(theirs.errors).toBeUndefined();
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    const conflict = page.getByRole('dialog', { name: 'Someone else saved this first' });
    await conflict.waitFor();
    expect(
      await conflict
        .getByRole('region', { name: 'What they changed' })
        .getByRole('row', { name: /Theme/ })
        .textContent(),
    ).toContain('Kindness is catching.');
    expect(
      await conflict
        .getByRole('region', { name: 'What you changed' })
        .getByRole('row', { name: /Spotlight capacity/ })
        .textContent(),
    ).toContain('14');
    await h.expectAccessible(page);
    await h.screenshots(page, 'campaign-edit-conflict');
    const reapply = conflict.getByRole('button', { name: 'Reapply my changes' });
    await expect.poll(() => isFocused(reapply)).toBe(true);
    await page.keyboard.press('Enter');
    // Back on the field this person changed, with the colleague's theme in the form.
    await expectClosedWithFocusOn(conflict, capacity);
    expect(await page.getByRole('textbox', { name: 'Theme' }).inputValue()).toBe('Kindness is catching.');
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored()).spotlightCapacity).toBe(14);
    expect((await stored()).theme).toBe('Kindness is catching.');
    // The campaign's history has the colleague's save under their name.
    const history = await h.app.run(HISTORY, { id }, colleague);
    const { nodes } = (history.data as { recordHistory: { nodes: HistoryEntry[] } }).recordHistory;
    expect(nodes.find((e) => e.actorName === 'Cal Colleague')?.changes.map((c) => c.field)).toEqual([
      'theme',
    ]);
    await expect.poll(() => isFocused(save)).toBe(true);
  });

  it('leaves the edit with Cancel onto the board, and adds a programming window by keyboard', async () => {
    // Cancel with nothing changed leaves at once, onto the board's heading (with a change it asks first:
    // the last test).
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await tabTo(page, cancel);
    await page.keyboard.press('Enter');
    await heading('Safer Internet Day 2025: Kindness online').waitFor();
    await expect.poll(() => focusedElement(page)).toBe('h1: Safer Internet Day 2025: Kindness online');
    await page.getByText('14 creators at once').waitFor();
    await page
      .getByRole('region', { name: 'Partners (2)' })
      .getByRole('heading', { name: 'Open Door Helpline' })
      .waitFor();
    expect((await stored()).spotlightCapacity).toBe(14);

    // A programming window: title typed, opening time typed, a time zone found by typing.
    await tabTo(page, page.getByRole('link', { name: 'Edit campaign' }));
    await page.keyboard.press('Enter');
    await heading(/^Edit /).waitFor();
    const add = page.getByRole('form', { name: 'Add a programming window' });
    await tabTo(page, add.getByRole('textbox', { name: 'Title' }));
    await page.keyboard.type('Morning check-in');
    const opens = add.getByRole('group', { name: 'Opens' });
    const time = opens.getByLabel(/^Time(?! zone)/);
    await tabTo(page, time);
    await page.keyboard.type('1000');
    await expect.poll(() => time.inputValue()).toBe('10:00');
    const zone = opens.getByRole('combobox', { name: 'Time zone' });
    await tabTo(page, zone);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Asia/Tokyo');
    await page.getByRole('option', { name: 'Asia/Tokyo' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await opens.getByText(/\(Asia\/Tokyo, UTC\+09:00\) is .*01:00 UTC/).waitFor();
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    await h.expectAccessible(page);
    await tabTo(page, add.getByRole('button', { name: 'Add window' }));
    await page.keyboard.press('Enter');
    // The list, now holding the new window, takes the focus.
    const windowsHeading = page.getByRole('heading', { name: 'Programming windows (1)' });
    await windowsHeading.waitFor();
    await expect.poll(() => isFocused(windowsHeading)).toBe(true);
    await page.getByRole('heading', { name: 'Morning check-in' }).waitFor();
  });

  it('asks before Cancel discards a change: Keep editing keeps it, Discard changes leaves unsaved', async () => {
    const stored = () => h.app.orm.em.fork().findOneOrFail(Campaign, { slug: SLUG });
    const before = (await stored()).spotlightCapacity;
    await page.goto(`/campaigns/${SLUG}/edit`);
    await heading(/^Edit /).waitFor();
    const capacity = page.getByRole('spinbutton', { name: 'Spotlight capacity' });
    await capacity.fill(String(before + 1));
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await tabTo(page, cancel);
    await page.keyboard.press('Enter');
    const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
    await discard.waitFor();
    await expect.poll(() => focusedElement(page)).toBe('button: Keep editing');
    await h.expectAccessible(page);
    await h.screenshots(page, 'campaign-edit-discard');
    await page.keyboard.press('Enter');
    await discard.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(cancel)).toBe(true);
    expect(await capacity.inputValue()).toBe(String(before + 1));
    await page.keyboard.press('Enter');
    const leave = discard.getByRole('button', { name: 'Discard changes' });
    await leave.waitFor();
    await tabTo(page, leave);
    await page.keyboard.press('Enter');
    await heading(/^Safer Internet Day 2025/).waitFor();
    await expect.poll(() => focusedElement(page)).toMatch(/^h1: Safer Internet Day 2025/);
    expect((await stored()).spotlightCapacity).toBe(before);
  });

  it('asks before a link leaves a change unsaved, and the browser asks before the tab closes', async () => {
    const stored = () => h.app.orm.em.fork().findOneOrFail(Campaign, { slug: SLUG });
    const before = (await stored()).spotlightCapacity;
    await page.goto(`/campaigns/${SLUG}/edit`);
    await heading(/^Edit /).waitFor();
    const capacity = page.getByRole('spinbutton', { name: 'Spotlight capacity' });
    await tabTo(page, capacity);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(String(before + 1));
    const back = page.getByRole('link', { name: /Back to the board/ });
    await tabTo(page, back);
    await page.keyboard.press('Enter');
    const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
    await discard.waitFor();
    await expect.poll(() => focusedElement(page)).toBe('button: Keep editing');
    await h.expectAccessible(page);
    await page.keyboard.press('Escape');
    await discard.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(back)).toBe(true);
    await heading(/^Edit /).waitFor();
    expect(await capacity.inputValue()).toBe(String(before + 1));

    // Closing the tab: the browser's own question (declined here, so the page stays).
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    await page.keyboard.press('Enter');
    await tabTo(page, discard.getByRole('button', { name: 'Discard changes' }));
    await page.keyboard.press('Enter');
    await heading(/^Safer Internet Day 2025/).waitFor();
    expect((await stored()).spotlightCapacity).toBe(before);
  });

  it("asks before the browser's Back leaves a change unsaved: Keep editing stays, Discard changes goes back", async () => {
    const stored = () => h.app.orm.em.fork().findOneOrFail(Campaign, { slug: SLUG });
    const before = (await stored()).spotlightCapacity;
    await page.goto(`/campaigns/${SLUG}`);
    await heading(/^Safer Internet Day 2025/).waitFor();
    // Followed inside the app, so Back returns within the same document (the Navigation API can hold it).
    await page.getByRole('link', { name: 'Edit campaign' }).click();
    await heading(/^Edit /).waitFor();
    const capacity = page.getByRole('spinbutton', { name: 'Spotlight capacity' });
    await tabTo(page, capacity);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(String(before + 1));

    await pressBack(page);
    const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
    await discard.waitFor();
    await expect.poll(() => focusedElement(page)).toBe('button: Keep editing');
    await h.expectAccessible(page);
    await page.keyboard.press('Enter');
    await expectClosedWithFocusOn(discard, capacity);
    await heading(/^Edit /).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/campaigns/${SLUG}/edit`);
    expect(await capacity.inputValue()).toBe(String(before + 1));

    await pressBack(page);
    await tabTo(page, discard.getByRole('button', { name: 'Discard changes' }));
    await page.keyboard.press('Enter');
    await heading(/^Safer Internet Day 2025/).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/campaigns/${SLUG}`);
    expect((await stored()).spotlightCapacity).toBe(before);
  });

  it('gives a viewer no edit link', async () => {
    const viewer = await h.newPage();
    await h.signIn(viewer, StaffRole.VIEWER);
    await viewer.goto(`/campaigns/${SLUG}`);
    await viewer.getByRole('heading', { name: /Safer Internet Day/, level: 1 }).waitFor();
    expect(await viewer.getByRole('link', { name: 'Edit campaign' }).count()).toBe(0);
    await h.expectAccessible(viewer);
    await h.screenshots(viewer, 'campaign-edit-viewer');
  });
});
