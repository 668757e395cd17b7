/**
 * The four-eyes rule as the nominator sees it: an admin (whose role could review and publish) who
 * nominated a creator is not offered sign-off on their own nomination; the step is shown disabled with the
 * rule in plain words, and another reviewer can sign it off.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffUser } from '../../server/src/modules/staff/staff-user.entity.js';
import { buildCampaign, buildEligibleCreator, buildRecognition } from '../../server/src/test/factories.js';
import { expectNoSidewaysScroll, type Harness, StaffRole, startHarness } from './harness.js';
import { expectStatus } from './recognition-helpers.js';

describe('the four-eyes rule', () => {
  let h: Harness;
  let admin: Page;
  let path = '';

  beforeAll(async () => {
    h = await startHarness();
    admin = await h.newPage();
    const me = await h.signIn(admin, StaffRole.ADMIN, { displayName: 'Ada Admin' });
    const em = h.app.orm.em.fork();
    const { creator, video } = await buildEligibleCreator(em, {
      handle: 'noor.kindly',
      displayName: 'Noor Kindly',
    });
    const recognition = await buildRecognition(em, {
      creator,
      featured: [video],
      campaign: await buildCampaign(em, { name: 'Back to School 2026' }),
      nominatedBy: em.getReference(StaffUser, me.id),
    });
    path = `/recognitions/${encodeURIComponent(recognition.globalId)}`;
  });
  afterAll(async () => h?.close());

  it('shows the nominator why they cannot sign off their own nomination', async () => {
    await admin.goto(path);
    await admin.getByRole('heading', { name: 'Noor Kindly (@noor.kindly)', level: 1 }).waitFor();
    await expectStatus(admin, 'Awaiting safety review');
    const signOff = admin.getByRole('button', { name: 'Sign off', exact: true });
    expect(await signOff.isDisabled()).toBe(true);
    const reason =
      'You nominated this creator, so another staff member must sign it off (the four-eyes rule).';
    await admin.getByText(reason).waitFor();
    // The reason is the disabled button's description, so a screen reader says it with the button.
    expect(await signOff.getAttribute('aria-describedby')).toBe(
      await admin.getByText(reason).getAttribute('id'),
    );
    await h.expectAccessible(admin);
    await h.screenshots(admin, 'recognition-four-eyes');
    await expectNoSidewaysScroll(admin);
  });

  it('lets another reviewer sign it off', async () => {
    const reviewer = await h.newPage();
    await h.signIn(reviewer, StaffRole.SAFETY_REVIEWER);
    await reviewer.goto(path);
    await reviewer.getByRole('button', { name: 'Sign off', exact: true }).click();
    await reviewer
      .getByRole('dialog', { name: 'Sign off the nomination' })
      .getByRole('button', { name: 'Sign off' })
      .click();
    await expectStatus(reviewer, 'Signed off, awaiting approval');
    // The nominator's page follows, and approval is barred for them by the same rule.
    await expectStatus(admin, 'Signed off, awaiting approval');
    await admin
      .getByText('You nominated this creator, so another staff member must approve it (the four-eyes rule).')
      .waitFor();
  });
});
