/**
 * Importing creators from a CSV file: a 1,000-row file whose row 500 takes a handle already in the
 * catalogue (only the server can know) is checked, refused with the row and field named and nothing
 * imported; fixed in place, it imports every row in one go and the list shows them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Creator } from '../../server/src/modules/creators/creator.entity.js';
import { buildCreator } from '../../server/src/test/factories.js';
import { type Harness, StaffRole, startHarness } from './harness.js';

const ROWS = 1_000;
const BAD_ROW = 500;

function csvFile(): string {
  const lines = ['Handle,Display name,Region,Profile URL,Topics,Followers,Consent scope,Consent given at'];
  for (let i = 1; i <= ROWS; i++) {
    const handle = i === BAD_ROW ? 'already_here' : `imported_${String(i).padStart(4, '0')}`;
    lines.push(
      `${handle},Imported ${i},GB,https://video.example/@${handle},Anxiety; Peer support,"${(i * 1000).toLocaleString('en-GB')}",SPOTLIGHT,2023-05-01`,
    );
  }
  return lines.join('\r\n');
}

describe('importing creators from a CSV file', () => {
  let h: Harness;
  let page: Page;
  const creators = () => h.app.orm.em.fork().count(Creator, {});

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        await buildCreator(app.orm.em.fork(), { handle: 'already_here', displayName: 'Already Here' });
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.EDITOR, { displayName: 'Eda Editor' });
  });
  afterAll(async () => h?.close());

  it('reads the file and shows a preview before anything is saved', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Creators' }).click();
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByRole('heading', { name: 'Import creators', level: 1 }).waitFor();
    await h.expectAccessible(page);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'CSV file' }).click();
    await (await chooser).setFiles({
      name: 'creators.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csvFile()),
    });
    await page.getByText('creators.csv: 1,000 rows: 1,000 ready, 0 with errors.').waitFor();
    // The preview draws only the rows near the screen, yet knows them all.
    const table = page.getByRole('table', { name: 'Rows in the file' });
    expect(await table.getAttribute('aria-rowcount')).toBe(String(ROWS + 1));
    // It scrolls in a box of its own, no taller than the screen, under a header that stays in view.
    const box = page.getByRole('region', { name: 'Rows in the file' });
    expect((await box.boundingBox())?.height).toBeLessThanOrEqual(900);
    await box.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const last = page.getByRole('row', { name: new RegExp(`Row ${ROWS}\\b`) });
    await last.waitFor();
    const header = await table.getByRole('columnheader', { name: 'Handle' }).boundingBox();
    const boxTop = (await box.boundingBox())?.y ?? 0;
    expect(header && Math.abs(header.y - boxTop) < 4).toBe(true);
    await box.evaluate((el) => el.scrollTo(0, 0));
    expect(await creators()).toBe(1);
    await h.expectAccessible(page);
    await h.screenshots(page, 'creator-import-preview');
  });

  it('stages the rows, names the row and field the server refused, and imports nothing', async () => {
    await page.getByRole('button', { name: 'Import 1,000 creators' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nothing was imported' }).waitFor();
    expect(await page.getByText('Beacon found problems in 1 row.').isVisible()).toBe(true);
    const bad = page.getByRole('row', { name: new RegExp(`Row ${BAD_ROW}\\b`) });
    await bad.waitFor();
    expect(await bad.textContent()).toMatch(/Handle:/);
    // The field in error is marked in its own cell, not only in the list of errors.
    expect(await bad.getByRole('cell', { name: /already_here \(error\)/ }).count()).toBe(1);
    await page.getByText('creators.csv: 1,000 rows: 999 ready, 1 with errors.').waitFor();
    const onlyErrors = page.getByRole('switch', { name: 'Show only rows with errors (1)' });
    expect(await onlyErrors.isChecked()).toBe(true);
    expect(await page.getByRole('table', { name: 'Rows in the file' }).getByRole('row').count()).toBe(2);
    expect(await creators()).toBe(1);
    await h.expectAccessible(page);
    await h.screenshots(page, 'creator-import-refused');
    await onlyErrors.uncheck();
    await expect
      .poll(() => page.getByRole('table', { name: 'Rows in the file' }).getByRole('row').count())
      .toBeGreaterThan(2);
    await h.screenshots(page, 'creator-import-refused-all-rows');
    await onlyErrors.check();
    await expect
      .poll(() => page.getByRole('table', { name: 'Rows in the file' }).getByRole('row').count())
      .toBe(2);
  });

  it('fixes the row in place, then imports every row at once and the list shows them', async () => {
    await page.getByRole('button', { name: `Fix row ${BAD_ROW}` }).click();
    const dialog = page.getByRole('dialog', { name: `Fix row ${BAD_ROW}` });
    await dialog.waitFor();
    await h.expectAccessible(page);
    await dialog.getByLabel('Handle').fill('imported_0500');
    await dialog.getByRole('button', { name: `Save row ${BAD_ROW}` }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Import 1,000 creators' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported 1,000 creators.' }).waitFor();
    expect(await creators()).toBe(ROWS + 1);
    await h.expectAccessible(page);

    await page.getByRole('link', { name: 'See the creators' }).click();
    await page.getByText('Showing 1–20 of 1,001 creators').waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('imported_0500');
    await expect
      .poll(() => page.getByRole('table').getByRole('rowheader').allTextContents())
      .toEqual(['@imported_0500']);
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
