/**
 * Organisations and grants, with the keyboard alone: the largest totals per campaign and organisation (chart
 * and table, with the grand total), one currency at a time, chosen by keyboard; a new grant recorded, its organisation and campaign found by typing (an amount with too many
 * decimals refused next to the field); the grant
 * edited in the catalogue's edit dialog (Escape, Cancel and Save each return focus to "Edit grant"; a change
 * is never dropped on Escape without asking) with the totals following; a colleague's save first, shown in the conflict dialog, and the edit reapplied onto it;
 * the organisation's page; and a viewer told why they cannot change grants. axe runs on every dialog.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdCreditGrant, GrantStatus } from '../../server/src/modules/grants/ad-credit-grant.entity.js';
import { buildCampaign, buildGrant, buildOrganisation } from '../../server/src/test/factories.js';
import {
  accessibleDescription,
  arrowToOption,
  DESKTOP,
  expectClosedWithFocusOn,
  expectNoSidewaysScroll,
  focusedElement,
  type Harness,
  isFocused,
  PHONE,
  StaffRole,
  startHarness,
  tabTo,
} from './harness.js';

const GRANT_VERSION = `query ($id: ID!) { node(id: $id) { ... on AdCreditGrant { version } } }`;
const UPDATE_GRANT = `mutation ($input: UpdateAdCreditGrantInput!) {
  updateAdCreditGrant(input: $input) { grant { id version } }
}`;

describe('organisations and grants with the keyboard alone', () => {
  let h: Harness;
  let page: Page;
  let grantPath = '';
  const stored = () =>
    h.app.orm.em.fork().findOneOrFail(AdCreditGrant, { organisation: { name: 'Open Door Helpline' } });

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        const campaign = await buildCampaign(em, { name: 'Awareness Month 2023' });
        const kind = await buildOrganisation(em, { name: 'Kind Minds Foundation' });
        await buildOrganisation(em, { name: 'Open Door Helpline' });
        await buildGrant(em, { organisation: kind, campaign, amountMinor: 25_000_000, illustrative: true });
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.EDITOR);
  });
  afterAll(async () => h?.close());

  /** The totals table of one figure ("campaign" or "organisation"), opened with the keyboard. */
  const totalsRow = async (by: 'campaign' | 'organisation', name: string, currency = 'USD') => {
    const figure = page.getByRole('figure', { name: `Top 10 ${by}s by ad credits (${currency})` });
    const summary = figure.getByText('The figures as a table');
    const row = figure.getByRole('row', { name: new RegExp(name) });
    if (!(await row.isVisible())) {
      await tabTo(page, summary);
      await page.keyboard.press('Enter');
    }
    await row.waitFor();
    return row;
  };

  it('shows totals per campaign and organisation as a chart with the same figures as a table', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Grants' }).click();
    await page.getByRole('heading', { name: 'Grants', level: 1 }).waitFor();
    await page.getByText('1 grant', { exact: true }).waitFor();
    expect(await (await totalsRow('organisation', 'Kind Minds Foundation')).textContent()).toContain(
      '$250,000.00',
    );
    await page.getByText('$250,000.00 granted to 1 organisation.').waitFor();
    // One currency: nothing to choose.
    expect(await page.getByLabel('Show totals in').count()).toBe(0);
    await h.expectAccessible(page);
    await expectNoSidewaysScroll(page);
    await h.screenshots(page, 'grants');
  });

  it('records a new grant by keyboard, refusing an amount with too many decimals next to the field', async () => {
    await page.goto('/grants');
    await page.getByRole('heading', { name: 'Grants', level: 1 }).waitFor();
    const create = page.getByRole('button', { name: 'New grant' });
    const dialog = page.getByRole('dialog', { name: 'New ad-credit grant' });
    await tabTo(page, create);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await h.expectAccessible(page);
    await page.keyboard.press('Escape');
    await expectClosedWithFocusOn(dialog, create);

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    // The organisation and the campaign are searched on the server as they are typed, and picked with the
    // arrow keys and Enter.
    const organisation = dialog.getByRole('combobox', { name: 'Organisation' });
    await tabTo(page, organisation);
    await page.keyboard.type('Open Door');
    // Offered only once the server has answered the search: the first page lists both organisations.
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').allTextContents())
      .toEqual(['Open Door Helpline']);
    await h.expectAccessible(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => organisation.inputValue()).toBe('Open Door Helpline');
    const campaign = dialog.getByRole('combobox', { name: 'Campaign' });
    await tabTo(page, campaign);
    await page.keyboard.type('Awareness');
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').allTextContents())
      .toEqual(['Awareness Month 2023']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => campaign.inputValue()).toBe('Awareness Month 2023');
    const amount = dialog.getByRole('textbox', { name: 'Amount' });
    await tabTo(page, amount);
    await page.keyboard.type('1,000.005');
    await tabTo(page, dialog.getByRole('button', { name: 'Add grant' }));
    await page.keyboard.press('Enter');
    await dialog.getByText('Enter an amount such as 2500.00, with at most 2 decimals').waitFor();
    // The refused field takes the focus, so the person can correct it at once.
    await expect.poll(() => isFocused(amount)).toBe(true);
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    await h.expectAccessible(page);

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1,000.50');
    // The amount is read back as money while it is typed.
    await dialog.getByText('Reads as $1,000.50').waitFor();
    await h.screenshots(page, 'grant-new-dialog');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '$1,000.50 to Open Door Helpline', level: 1 }).waitFor();
    await expect.poll(() => focusedElement(page)).toBe('h1: $1,000.50 to Open Door Helpline');
    grantPath = new URL(page.url()).pathname;
    expect((await stored()).amountMinor).toBe(100_050);
  });

  it('edits the grant in the edit dialog: Escape, Cancel, Discard and Save each return focus to "Edit grant"', async () => {
    await page.goto(grantPath);
    await page.getByRole('heading', { name: '$1,000.50 to Open Door Helpline', level: 1 }).waitFor();
    const edit = page.getByRole('button', { name: 'Edit grant' });
    const dialog = page.getByRole('dialog', { name: 'Edit the grant to Open Door Helpline' });
    await tabTo(page, edit);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    // The form starts from the grant as saved, in the currency's main unit.
    expect(await dialog.getByRole('textbox', { name: 'Amount' }).inputValue()).toBe('1000.50');
    await h.expectAccessible(page);
    await page.keyboard.press('Escape');
    await expectClosedWithFocusOn(dialog, edit);

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(page, dialog.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expectClosedWithFocusOn(dialog, edit);

    // With a change, Escape asks before dropping it; Escape in the question keeps editing, back in the field.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    const amount = dialog.getByRole('textbox', { name: 'Amount' });
    await tabTo(page, amount);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1200');
    await page.keyboard.press('Escape');
    const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
    await discard.waitFor();
    await expect.poll(() => isFocused(discard.getByRole('button', { name: 'Keep editing' }))).toBe(true);
    await h.expectAccessible(page);
    await page.keyboard.press('Escape');
    await expectClosedWithFocusOn(discard, amount);
    expect(await amount.inputValue()).toBe('1200');
    await page.keyboard.press('Escape');
    await discard.waitFor();
    await tabTo(page, discard.getByRole('button', { name: 'Discard changes' }));
    await page.keyboard.press('Enter');
    await expectClosedWithFocusOn(dialog, edit);
    expect((await stored()).amountMinor).toBe(100_050);

    await page.keyboard.press('Space');
    await dialog.waitFor();
    await tabTo(page, amount);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1500');
    await dialog.getByText('Reads as $1,500.00').waitFor();
    const status = dialog.getByRole('combobox', { name: 'Status' });
    await tabTo(page, status);
    await arrowToOption(page, status, 'Allocated');
    await h.expectAccessible(page);
    await h.screenshots(page, 'grant-edit-dialog');
    await tabTo(page, dialog.getByRole('button', { name: 'Save grant' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '$1,500.00 to Open Door Helpline', level: 1 }).waitFor();
    await expectClosedWithFocusOn(dialog, edit);
    await page.getByText('Allocated', { exact: true }).waitFor();
    await page
      .getByRole('button', { name: /Show .*changes?/ })
      .first()
      .waitFor();
    await h.expectAccessible(page);
    await expectNoSidewaysScroll(page);
    await h.screenshots(page, 'grant');

    // The totals per organisation and per campaign follow the save.
    await tabTo(page, page.getByRole('link', { name: '← All grants' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Grants', level: 1 }).waitFor();
    await expect
      .poll(async () => (await totalsRow('organisation', 'Open Door Helpline')).textContent())
      .toContain('$1,500.00');
    await expect
      .poll(async () => (await totalsRow('campaign', 'Awareness Month 2023')).textContent())
      .toContain('$251,500.00');
  });

  it('shows a colleague’s save in the conflict dialog and reapplies the edit onto it by keyboard', async () => {
    await page.goto(grantPath);
    await page.getByRole('heading', { name: '$1,500.00 to Open Door Helpline', level: 1 }).waitFor();
    const edit = page.getByRole('button', { name: 'Edit grant' });
    const dialog = page.getByRole('dialog', { name: 'Edit the grant to Open Door Helpline' });
    await tabTo(page, edit);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    const note = dialog.getByRole('textbox', { name: 'Note' });
    await tabTo(page, note);
    await page.keyboard.type('Confirmed by email.');

    // Meanwhile a colleague marks the grant disbursed, through the API as staff do (a new version, and an
    // entry in the grant's history under their name).
    const colleague = await h.app.staff(StaffRole.PUBLISHER, { displayName: 'Cal Colleague' });
    const id = decodeURIComponent(grantPath.split('/').pop() ?? '');
    const read = await h.app.run(GRANT_VERSION, { id }, colleague);
    const { version } = (read.data as { node: { version: number } }).node;
    const theirs = await h.app.run(
      UPDATE_GRANT,
      { input: { id, expectedVersion: version, status: GrantStatus.DISBURSED } },
      colleague,
    );
    expect(theirs.errors).toBeUndefined();

    await tabTo(page, dialog.getByRole('button', { name: 'Save grant' }));
    await page.keyboard.press('Enter');
    const conflict = page.getByRole('dialog', { name: 'Someone else saved this first' });
    await conflict.waitFor();
    // In words, as the form shows the status.
    expect(
      await conflict
        .getByRole('region', { name: 'What they changed' })
        .getByRole('row', { name: /Status/ })
        .textContent(),
    ).toMatch(/Status\s*Allocated\s*Disbursed/);
    expect(await conflict.getByRole('region', { name: 'What you changed' }).textContent()).toContain(
      'Confirmed by email.',
    );
    // Nothing of this edit was saved over the colleague's.
    expect((await stored()).note).toBe('');
    await h.expectAccessible(page);
    await h.screenshots(page, 'grant-conflict');

    const reapply = conflict.getByRole('button', { name: 'Reapply my changes' });
    await expect.poll(() => isFocused(reapply)).toBe(true);
    // Escape closes only the conflict dialog: the edit stays open, nothing asked, nothing lost.
    await page.keyboard.press('Escape');
    await expect.poll(() => conflict.count()).toBe(0);
    expect(await dialog.count()).toBe(1);
    expect(await page.getByRole('dialog', { name: 'Discard your changes?' }).count()).toBe(0);
    expect(await note.inputValue()).toBe('Confirmed by email.');
    await tabTo(page, dialog.getByRole('button', { name: 'Save grant' }));
    await page.keyboard.press('Enter');
    await conflict.waitFor();
    await expect.poll(() => isFocused(reapply)).toBe(true);
    await page.keyboard.press('Enter');
    // Back in the edit, on the field that was changed, with both changes in the form.
    await expectClosedWithFocusOn(conflict, note);
    expect(await note.inputValue()).toBe('Confirmed by email.');
    expect(await dialog.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('DISBURSED');
    await h.expectAccessible(page);
    await tabTo(page, dialog.getByRole('button', { name: 'Save grant' }));
    await page.keyboard.press('Enter');
    await expectClosedWithFocusOn(dialog, edit);
    await page.getByText('Confirmed by email.').waitFor();
    await page.getByText('Disbursed', { exact: true }).waitFor();
    const saved = await stored();
    expect([saved.status, saved.note]).toEqual([GrantStatus.DISBURSED, 'Confirmed by email.']);
    // Both saves are in the grant's history, each under the name of who made it.
    await page.reload();
    await page.getByText('by Cal Colleague').waitFor();
  });

  it('opens an organisation with its grants and total', async () => {
    await page.goto('/organisations');
    await tabTo(page, page.getByRole('link', { name: 'Open Door Helpline' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Open Door Helpline', level: 1 }).waitFor();
    await page.getByText('$1,500.00', { exact: true }).first().waitFor();
    expect(
      await page.getByRole('table', { name: 'Grants to this organisation' }).getByRole('rowheader').count(),
    ).toBe(1);
    await h.expectAccessible(page);
    await h.screenshots(page, 'organisation');
  });

  it('tells a viewer why they cannot record or edit a grant', async () => {
    const viewer = await h.newPage();
    await h.signIn(viewer, StaffRole.VIEWER);
    await viewer.goto('/grants');
    await viewer.getByText('2 grants', { exact: true }).waitFor();
    const newGrant = viewer.getByRole('button', { name: 'New grant' });
    expect(await newGrant.isDisabled()).toBe(true);
    // Said once, under the page's heading, and read out with the disabled button.
    await viewer.getByText('You can view but not change anything here (viewer role)').waitFor();
    expect(await viewer.getByText(/can change the catalogue/).count()).toBe(1);
    expect(await accessibleDescription(newGrant)).toMatch(/^Only editors, .* can change the catalogue\.$/);
    await viewer.goto(grantPath);
    await viewer.getByRole('heading', { name: '$1,500.00 to Open Door Helpline', level: 1 }).waitFor();
    const edit = viewer.getByRole('button', { name: 'Edit grant' });
    expect(await edit.isDisabled()).toBe(true);
    await viewer.getByText('You can view but not change anything here (viewer role)').waitFor();
    expect(await accessibleDescription(edit)).toMatch(/can change the catalogue\.$/);
    await h.expectAccessible(viewer);
    await h.screenshots(viewer, 'grant-viewer');
  });

  it('sorts grants largest first from the Amount header, and back to newest first', async () => {
    await page.goto('/grants');
    await page.getByText('2 grants', { exact: true }).waitFor();
    const amounts = () =>
      page.getByRole('table', { name: 'Grants', exact: true }).getByRole('rowheader').allTextContents();
    expect(await amounts()).toEqual(['$1,500.00', '$250,000.00']);
    await page.getByRole('button', { name: 'Amount', exact: true }).click();
    await expect.poll(amounts).toEqual(['$250,000.00', '$1,500.00']);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('LARGEST');
    expect(await page.getByRole('columnheader', { name: /Amount/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    await page.getByLabel('Sort by').selectOption({ label: 'Newest first' });
    await expect.poll(amounts).toEqual(['$1,500.00', '$250,000.00']);
    expect(new URL(page.url()).searchParams.get('sort')).toBeNull();
  });

  it('filters grants by status in the URL, exports only those, and stacks them as cards on a phone', async () => {
    await page.goto('/grants');
    await page.getByText('2 grants', { exact: true }).waitFor();
    await tabTo(page, page.getByLabel('Status'));
    await arrowToOption(page, page.getByLabel('Status'), 'Disbursed');
    await page.getByText('1 grant', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('DISBURSED');
    // The filter is in the URL: a reload keeps it.
    await page.reload();
    await page.getByText('1 grant', { exact: true }).waitFor();
    expect(await page.getByLabel('Status').inputValue()).toBe('DISBURSED');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const lines = readFileSync(await (await download).path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Open Door Helpline,Awareness Month 2023,1500\.00,150000,USD,Disbursed,/);

    await page.setViewportSize(PHONE);
    const cards = page.getByRole('list', { name: 'Grants' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().getByRole('heading').textContent()).toBe('$1,500.00');
    await expectNoSidewaysScroll(page);
    await h.expectAccessible(page);
    await h.screenshots(page, 'grants-filtered');
    await page.setViewportSize(DESKTOP);
  });

  it('totals another currency apart, chosen by keyboard, never adding it to the dollars', async () => {
    const em = h.app.orm.em.fork();
    const campaign = await buildCampaign(em, { name: 'Semaine de la santé mentale' });
    const organisation = await buildOrganisation(em, { name: 'Fondation Esprit Libre' });
    await buildGrant(em, { organisation, campaign, amountMinor: 4_000_000, currency: 'EUR' });
    await page.goto('/grants');
    await page.getByText('3 grants', { exact: true }).waitFor();
    // Dollars first: most grants are in them. The euro grant is in no dollar figure.
    await page.getByText('$251,500.00 granted to 2 organisations, all shown.').waitFor();
    const currency = page.getByLabel('Show totals in');
    await tabTo(page, currency);
    expect(await currency.inputValue()).toBe('USD');
    await h.expectAccessible(page);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => currency.inputValue()).toBe('EUR');
    await page.getByText('€40,000.00 granted to 1 organisation.').waitFor();
    await page.getByText('€40,000.00 granted to 1 campaign.').waitFor();
    // The choice keeps the focus while the euro totals load and show.
    expect(await isFocused(currency)).toBe(true);
    expect(await (await totalsRow('organisation', 'Fondation Esprit Libre', 'EUR')).textContent()).toContain(
      '€40,000.00',
    );
    await h.expectAccessible(page);
    await expectNoSidewaysScroll(page);
    await h.screenshots(page, 'grants-totals-eur');
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
