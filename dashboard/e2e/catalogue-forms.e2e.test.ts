/**
 * Catalogue forms: a catalogue writer adds a crisis resource and an organisation through their dialogs with
 * the keyboard alone, sees each in its list, edits it and sees the change; a viewer gets no "Edit".
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCrisisResource, buildOrganisation } from '../../server/src/test/factories.js';
import { controlsUnderToasts, type Harness, StaffRole, startHarness } from './harness.js';

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Tab (forwards) until `target` has focus, as a keyboard user would; fails if it is not reachable. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with Tab`);
}

describe('catalogue forms', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        await buildCrisisResource(em, {
          name: 'Samaritans',
          organisationName: 'Samaritans',
          regions: ['GB'],
        });
        await buildOrganisation(em, { name: 'Samaritans', regionsServed: ['GB'] });
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.EDITOR);
  });
  afterAll(async () => h?.close());

  it('adds a crisis resource with two contacts through the dialog, keyboard only', async () => {
    await page.goto('/crisis-resources?region=GB');
    await page.getByRole('heading', { name: 'Crisis resources', level: 1 }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'New crisis resource' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New crisis resource' });
    await dialog.waitFor();
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await expect.poll(() => isFocused(name)).toBe(true);

    await page.keyboard.type('Papyrus HOPELINE');
    await tabTo(page, dialog.getByRole('textbox', { name: 'Organisation' }));
    await page.keyboard.type('Papyrus UK');
    await tabTo(page, dialog.getByRole('textbox', { name: 'Contact 1: number or address' }));
    await page.keyboard.type('0800 068 4141');

    // A second contact: "Add contact" puts focus on the new row's channel.
    await tabTo(page, dialog.getByRole('button', { name: 'Add contact' }));
    await page.keyboard.press('Enter');
    const channel2 = dialog.getByRole('combobox', { name: 'Contact 2: channel' });
    await expect.poll(() => isFocused(channel2)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await channel2.inputValue()).toBe('TEXT');
    await page.keyboard.press('Tab');
    await page.keyboard.type('88247');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Text HOPE');

    // A third, added by mistake and removed: focus returns to the row before it.
    await tabTo(page, dialog.getByRole('button', { name: 'Add contact' }));
    await page.keyboard.press('Enter');
    await tabTo(page, dialog.getByRole('button', { name: 'Remove contact 3' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('group', { name: /^Contact \d$/ }).count()).toBe(2);
    await expect
      .poll(() => isFocused(dialog.getByRole('textbox', { name: 'Contact 2: number or address' })))
      .toBe(true);

    await tabTo(page, dialog.getByRole('textbox', { name: 'Regions' }));
    await page.keyboard.type('gb');

    // Hours left empty: the dialog says so beside the field and puts focus there.
    await tabTo(page, dialog.getByRole('button', { name: 'Add resource' }));
    await page.keyboard.press('Enter');
    await dialog.getByText('Enter when it can be reached, such as 24/7').waitFor();
    const hours = dialog.getByRole('textbox', { name: 'Hours' });
    await expect.poll(() => isFocused(hours)).toBe(true);
    await h.expectAccessible(page);
    await h.screenshots(page, 'catalogue-forms-new-resource');

    await page.keyboard.type('24/7');
    await tabTo(page, dialog.getByRole('button', { name: 'Add resource' }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Papyrus HOPELINE', level: 1 }).waitFor();
    await page.getByText('Call 0800 068 4141').waitFor();
    await page.getByText('Text 88247 (Text HOPE)').waitFor();
    await page.getByRole('link', { name: '← All crisis resources' }).click();
    await page
      .getByRole('table', { name: 'Resources for GB' })
      .getByRole('row', { name: /Papyrus HOPELINE/ })
      .waitFor();
  });

  it('edits the resource and shows the change on its page and in the list', async () => {
    await page.getByRole('link', { name: 'Papyrus HOPELINE' }).click();
    await page.getByRole('heading', { name: 'Papyrus HOPELINE', level: 1 }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Edit', exact: true }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Edit Papyrus HOPELINE' });
    await dialog.waitFor();
    // The toast from adding it may still be showing: it leaves the dialog's Cancel and Save (bottom
    // right) and every other control uncovered.
    expect((await controlsUnderToasts(page)).covered).toEqual([]);
    expect(await dialog.getByRole('textbox', { name: 'Contact 2: instructions' }).inputValue()).toBe(
      'Text HOPE',
    );
    await h.expectAccessible(page);
    await h.screenshots(page, 'catalogue-forms-edit-resource');

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('HOPELINE247');
    await tabTo(page, dialog.getByRole('textbox', { name: 'Hours' }));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('9am to midnight, every day');
    await tabTo(page, dialog.getByRole('button', { name: 'Save resource' }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'HOPELINE247', level: 1 }).waitFor();
    await page.getByText('9am to midnight, every day').waitFor();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole('link', { name: '← All crisis resources' }).click();
    const forGb = page.getByRole('table', { name: 'Resources for GB' });
    await forGb.getByRole('row', { name: /HOPELINE247/ }).waitFor();
    expect(await forGb.getByRole('row', { name: /Papyrus HOPELINE/ }).count()).toBe(0);
  });

  it('adds an organisation through the dialog, keyboard only, and edits it', async () => {
    await page.goto('/organisations');
    await page.getByRole('heading', { name: 'Organisations', level: 1 }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'New organisation' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New organisation' });
    await dialog.waitFor();
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await expect.poll(() => isFocused(name)).toBe(true);
    // First a name already taken: the server refuses it and nothing typed is lost.
    await page.keyboard.type('Samaritans');
    const kind = dialog.getByRole('combobox', { name: 'Kind' });
    await tabTo(page, kind);
    await page.keyboard.press('ArrowDown');
    expect(await kind.inputValue()).toBe('CRISIS_SERVICE');
    await tabTo(page, dialog.getByRole('textbox', { name: 'Website' }));
    await page.keyboard.press('End');
    await page.keyboard.type('papyrus-uk.example');
    await tabTo(page, dialog.getByRole('textbox', { name: 'Regions served' }));
    await page.keyboard.type('GB');
    await tabTo(page, dialog.getByRole('textbox', { name: 'What it does' }));
    await page.keyboard.type('Prevention of young suicide.');
    await h.expectAccessible(page);
    await h.screenshots(page, 'catalogue-forms-new-organisation');
    await tabTo(page, dialog.getByRole('button', { name: 'Add organisation' }));
    await page.keyboard.press('Enter');
    await dialog.getByText('An organisation named "Samaritans" already exists').waitFor();
    expect(await dialog.getByRole('textbox', { name: 'What it does' }).inputValue()).toBe(
      'Prevention of young suicide.',
    );
    await h.expectAccessible(page);
    await tabTo(page, name); // focus stays trapped in the dialog, so Tab comes round to the name
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Papyrus UK');
    await tabTo(page, dialog.getByRole('button', { name: 'Add organisation' }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Papyrus UK', level: 1 }).waitFor();
    await page.getByText('Prevention of young suicide.').waitFor();
    await page.getByRole('link', { name: '← All organisations' }).click();
    await page
      .getByRole('table', { name: 'Organisations' })
      .getByRole('row', { name: /Papyrus UK/ })
      .waitFor();

    await page.getByRole('link', { name: 'Papyrus UK' }).click();
    await page.getByRole('heading', { name: 'Papyrus UK', level: 1 }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Edit', exact: true }));
    await page.keyboard.press('Enter');
    const edit = page.getByRole('dialog', { name: 'Edit Papyrus UK' });
    await edit.waitFor();
    await h.expectAccessible(page);
    await tabTo(page, edit.getByRole('textbox', { name: 'What it does' }));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Prevention of young suicide in the UK.');
    await tabTo(page, edit.getByRole('button', { name: 'Save organisation' }));
    await page.keyboard.press('Enter');
    await page.getByText('Prevention of young suicide in the UK.').waitFor();
    await expect.poll(() => edit.count()).toBe(0);
    await h.screenshots(page, 'catalogue-forms-organisation');
  });

  it('offers a viewer no way to edit', async () => {
    const viewer = await h.newPage();
    await h.signIn(viewer, StaffRole.VIEWER);
    await viewer.goto('/organisations');
    await viewer.getByRole('link', { name: 'Samaritans' }).click();
    await viewer.getByRole('heading', { name: 'Samaritans', level: 1 }).waitFor();
    expect(await viewer.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
