/** Organisations and grants: totals per campaign and organisation (chart and table), a new grant, an edit, and the organisation's page. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign, buildGrant, buildOrganisation } from '../../server/src/test/factories.js';
import { type Harness, StaffRole, startHarness } from './harness.js';

describe('organisations and grants', () => {
  let h: Harness;
  let page: Page;

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

  it('shows totals per campaign and organisation as a chart with the same figures as a table', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Grants' }).click();
    await page.getByRole('heading', { name: 'Grants', level: 1 }).waitFor();
    await page.getByText('1 grant', { exact: true }).waitFor();
    const byOrganisation = page.getByRole('figure', { name: 'Ad credits by organisation (USD)' });
    await byOrganisation.getByText('The figures as a table').click();
    const row = byOrganisation.getByRole('row', { name: /Kind Minds Foundation/ });
    expect(await row.textContent()).toContain('$250,000.00');
    await h.expectAccessible(page);
    await h.screenshots(page, 'grants');
  });

  it('records a new grant, refusing an amount with too many decimals', async () => {
    await page.goto('/grants');
    await page.getByRole('button', { name: 'New grant' }).click();
    const dialog = page.getByRole('dialog', { name: 'New ad-credit grant' });
    await dialog.getByLabel('Organisation').selectOption({ label: 'Open Door Helpline' });
    await dialog.getByLabel('Campaign').selectOption({ label: 'Awareness Month 2023' });
    await dialog.getByRole('textbox', { name: 'Amount' }).fill('1,000.005');
    await dialog.getByRole('button', { name: 'Add grant' }).click();
    await dialog.getByText('Enter an amount such as 2500.00, with at most 2 decimals').waitFor();
    await h.expectAccessible(page);
    await dialog.getByRole('textbox', { name: 'Amount' }).fill('1,000.50');
    await dialog.getByRole('button', { name: 'Add grant' }).click();
    await page.getByRole('heading', { name: '$1,000.50 to Open Door Helpline', level: 1 }).waitFor();
  });

  it('edits the grant and shows the change in its history', async () => {
    await page.getByRole('textbox', { name: 'Amount' }).fill('1500');
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Allocated' });
    await page.getByRole('button', { name: 'Save grant' }).click();
    await page.getByRole('heading', { name: '$1,500.00 to Open Door Helpline', level: 1 }).waitFor();
    await page
      .getByRole('button', { name: /Show .*changes?/ })
      .first()
      .waitFor();
    await h.expectAccessible(page);
    await h.screenshots(page, 'grant');
  });

  it('opens an organisation with its grants and total', async () => {
    await page.goto('/organisations');
    await page.getByRole('link', { name: 'Open Door Helpline' }).click();
    await page.getByRole('heading', { name: 'Open Door Helpline', level: 1 }).waitFor();
    await page.getByText('$1,500.00', { exact: true }).first().waitFor();
    expect(
      await page.getByRole('table', { name: 'Grants to this organisation' }).getByRole('rowheader').count(),
    ).toBe(1);
    await h.expectAccessible(page);
    await h.screenshots(page, 'organisation');
  });

  it('tells a viewer why they cannot record a grant', async () => {
    const viewer = await h.newPage();
    await h.signIn(viewer, StaffRole.VIEWER);
    await viewer.goto('/grants');
    await viewer.getByText('2 grants', { exact: true }).waitFor();
    expect(await viewer.getByRole('button', { name: 'New grant' }).isDisabled()).toBe(true);
    await viewer
      .getByText(/can change the catalogue. You are signed in as a viewer./)
      .first()
      .waitFor();
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
