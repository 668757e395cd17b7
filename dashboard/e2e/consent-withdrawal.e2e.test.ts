/**
 * Withdrawing a creator's spotlight consent: the confirmation names the spotlight it takes down before
 * anything changes, and once confirmed the public hub no longer shows the creator.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecognitionStatus } from '../../server/src/modules/recognitions/recognition.entity.js';
import { buildCampaign, buildEligibleCreator, buildRecognition } from '../../server/src/test/factories.js';
import { type Harness, StaffRole, startHarness } from './harness.js';

const SLUG = 'mental-health-awareness-month-2023';

describe('withdrawing spotlight consent', () => {
  let h: Harness;
  let page: Page;

  /** The public hub, asked as a public client would (no session). */
  const hubHandles = async () => {
    const response = await fetch(`${h.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        query: `query($slug: String!) { hub(campaign: $slug) { spotlights { nodes { creator { handle } } } } }`,
        variables: { slug: SLUG },
      }),
    });
    const body = (await response.json()) as {
      data: { hub: { spotlights: { nodes: { creator: { handle: string } }[] } } | null };
    };
    return body.data.hub?.spotlights.nodes.map((n) => n.creator.handle) ?? [];
  };

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        const campaign = await buildCampaign(em, { slug: SLUG, name: 'Mental Health Awareness Month 2023' });
        const { creator, video } = await buildEligibleCreator(em, {
          handle: 'maya_speaks',
          displayName: 'Maya Speaks',
        });
        await buildRecognition(em, {
          creator,
          campaign,
          featured: [video],
          status: RecognitionStatus.PUBLISHED,
          publishedAt: new Date('2023-05-02T09:00:00Z'),
          rank: 1,
        });
      },
    });
    page = await h.newPage();
    await h.signIn(page, StaffRole.EDITOR, { displayName: 'Eda Editor' });
  });
  afterAll(async () => h?.close());

  it('shows the creator’s profile with consent, training, videos and recognitions', async () => {
    expect(await hubHandles()).toEqual(['maya_speaks']);
    await page.goto('/creators');
    await page.getByRole('link', { name: '@maya_speaks' }).click();
    await page.getByRole('heading', { name: 'Maya Speaks', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Spotlight consent' }).getByText('Active').waitFor();
    await page.getByText('Safe-messaging training completed').waitFor();
    await page
      .getByRole('table', { name: 'Recognitions' })
      .getByRole('row', { name: /Mental Health Awareness Month 2023/ })
      .waitFor();
    await h.expectAccessible(page);
    await h.screenshots(page, 'creator-profile');
  });

  it('names the spotlight withdrawal takes down, then takes it off the public hub', async () => {
    await page.getByRole('button', { name: 'Withdraw consent' }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw @maya_speaks’s consent?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('This takes down 1 spotlight at once');
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual([
      'Mental Health Awareness Month 2023: published',
    ]);
    // Nothing has changed yet.
    expect(await hubHandles()).toEqual(['maya_speaks']);
    await h.expectAccessible(page);
    await h.screenshots(page, 'consent-withdrawal-confirm');

    await dialog.getByRole('button', { name: 'Withdraw consent and take down' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('region', { name: 'Spotlight consent' })
      .getByText('Withdrawn', { exact: true })
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Spotlight consent');
    await expect.poll(() => hubHandles()).toEqual([]);
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: 'Recognitions' })
          .getByRole('row', { name: /Withdrawn/ })
          .count(),
      )
      .toBe(1);
    await h.expectAccessible(page);
  });

  it('raised no script errors on the way', () => {
    expect(h.errorsOf(page)).toEqual([]);
  });
});
