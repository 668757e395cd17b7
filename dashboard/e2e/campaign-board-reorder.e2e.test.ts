/**
 * Reordering the campaign's spotlight with the mouse, and what happens when two publishers reorder at
 * once: a publisher drags a spotlight by its handle (the order survives a reload); another publisher's
 * reorder reaches the open board live, and a move made after it builds on it; and when the live update
 * has not arrived (the connection dropped it), the stale move is refused, the board says what changed and
 * shows the order now, and offers the same move again, which then lands on the new order. Nothing is
 * lost without the publisher being told.
 */
import type { Locator, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Recognition,
  RecognitionStatus,
} from '../../server/src/modules/recognitions/recognition.entity.js';
import { buildCampaign, buildEligibleCreator, buildRecognition } from '../../server/src/test/factories.js';
import { type Harness, StaffRole, startHarness } from './harness.js';

const SLUG = 'mental-health-awareness-month-2026';
const REORDER = `mutation ($input: ReorderSpotlightInput!) { reorderSpotlight(input: $input) { id rank } }`;
const CAMPAIGN_VERSION = `query ($slug: String!) { campaign(slug: $slug) { id version } }`;

/** Drags `from` (a handle) onto `to` with the mouse, in small steps as a hand would (dnd-kit needs moves). */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('a handle to drag is not on screen');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  // Past the sensor's 4 px activation distance first, then on to the target, then a last nudge there.
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 + (b.y > a.y ? 8 : -8), { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 + (b.y > a.y ? 2 : -2), { steps: 2 });
  await page.mouse.up();
}

describe('reordering the spotlight with the mouse, and two publishers at once', () => {
  let h: Harness;
  let page: Page;
  let campaignId = '';
  const ids: Record<string, string> = {};
  /** Server-to-page socket messages are held back while set (a connection that lost the live update). */
  let holdLive = false;
  const held: (string | Buffer)[] = [];
  let socket: WebSocketRoute | null = null;

  const list = () => page.getByRole('list', { name: 'Published spotlights in rank order' });
  const order = async () => (await list().getByRole('link').allTextContents()).map((n) => n.trim());
  const handle = (name: string) => page.getByRole('button', { name: new RegExp(`^Move ${name}, position`) });

  /** Another publisher sets the order through the API, from the campaign's current version. */
  async function otherPublisherOrders(...names: string[]) {
    const other = await h.app.staff(StaffRole.PUBLISHER);
    const current = await h.app.run(CAMPAIGN_VERSION, { slug: SLUG }, other);
    const { version } = (current.data as { campaign: { version: number } }).campaign;
    const result = await h.app.run(
      REORDER,
      { input: { campaignId, expectedVersion: version, recognitionIds: names.map((n) => ids[n]) } },
      other,
    );
    expect(result.errors).toBeUndefined();
  }

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        const em = app.orm.em.fork();
        const campaign = await buildCampaign(em, {
          slug: SLUG,
          name: 'Mental Health Awareness Month 2026',
          spotlightCapacity: 10,
        });
        campaignId = campaign.globalId;
        let rank = 0;
        for (const [handleName, name] of [
          ['ava_calm', 'Ava Calm'],
          ['ben_talks', 'Ben Talks'],
          ['cleo_cares', 'Cleo Cares'],
          ['dev_draws', 'Dev Draws'],
        ] as const) {
          const { creator, video } = await buildEligibleCreator(em, {
            handle: handleName,
            displayName: name,
          });
          const r: Recognition = await buildRecognition(em, {
            campaign,
            creator,
            featured: [video],
            status: RecognitionStatus.PUBLISHED,
            rank: ++rank,
            publishedAt: new Date(),
          });
          ids[name] = r.globalId;
        }
      },
    });
    page = await h.newPage();
    // The live socket passes through here, so a test can hold its messages back.
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      socket = ws;
      const server = ws.connectToServer();
      ws.onMessage((message) => server.send(message));
      server.onMessage((message) => {
        if (holdLive) held.push(message);
        else ws.send(message);
      });
    });
    await h.signIn(page, StaffRole.PUBLISHER, { displayName: 'Pat Publisher' });
    await page.goto(`/campaigns/${SLUG}`);
    await list().waitFor();
  });
  afterAll(async () => h?.close());

  it('moves a spotlight by dragging its handle with the mouse, and the order survives a reload', async () => {
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    expect(await order()).toEqual(['Ava Calm', 'Ben Talks', 'Cleo Cares', 'Dev Draws']);
    await drag(page, handle('Dev Draws'), handle('Ben Talks'));
    await page.getByText('Spotlight order saved').first().waitFor();
    await expect.poll(order).toEqual(['Ava Calm', 'Dev Draws', 'Ben Talks', 'Cleo Cares']);
    await h.expectAccessible(page);

    await page.reload();
    await list().waitFor();
    expect(await order()).toEqual(['Ava Calm', 'Dev Draws', 'Ben Talks', 'Cleo Cares']);
  });

  it("shows another publisher's reorder live, and a move after it builds on their order", async () => {
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    await otherPublisherOrders('Cleo Cares', 'Ava Calm', 'Dev Draws', 'Ben Talks');
    await expect.poll(order).toEqual(['Cleo Cares', 'Ava Calm', 'Dev Draws', 'Ben Talks']);

    await drag(page, handle('Ben Talks'), handle('Ava Calm'));
    await expect.poll(order).toEqual(['Cleo Cares', 'Ben Talks', 'Ava Calm', 'Dev Draws']);
    // Saved, not refused: the live update brought the campaign's new version with the new order.
    await page.getByText('Spotlight order saved').first().waitFor();
    expect(await page.getByText(/reordered the spotlight first/).count()).toBe(0);
    await page.reload();
    await list().waitFor();
    expect(await order()).toEqual(['Cleo Cares', 'Ben Talks', 'Ava Calm', 'Dev Draws']);
  });

  it('refuses a move made on an order someone else changed, says what changed, and offers the move again', async () => {
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    expect(socket).not.toBeNull();
    holdLive = true;
    await otherPublisherOrders('Dev Draws', 'Cleo Cares', 'Ben Talks', 'Ava Calm');
    // The update has not reached this page: it still shows the order it loaded.
    expect(await order()).toEqual(['Cleo Cares', 'Ben Talks', 'Ava Calm', 'Dev Draws']);

    await drag(page, handle('Ava Calm'), handle('Cleo Cares'));
    const alert = page.getByRole('alert').filter({ hasText: 'reordered the spotlight first' });
    await alert.waitFor();
    expect((await alert.textContent())?.replace(/\s+/g, ' ')).toContain(
      'Your move of Ava Calm to position 1 was not saved.',
    );
    // What the publisher had, and the order now, which the list also shows.
    await expect
      .poll(async () => (await alert.textContent())?.replace(/\s+/g, ' '))
      .toContain(
        'You saw: Cleo Cares, Ben Talks, Ava Calm, Dev Draws. It is now: Dev Draws, Cleo Cares, Ben Talks, Ava Calm.',
      );
    await expect.poll(order).toEqual(['Dev Draws', 'Cleo Cares', 'Ben Talks', 'Ava Calm']);
    const again = alert.getByRole('button', { name: 'Move Ava Calm to position 1 again' });
    await expect.poll(() => again.evaluate((el) => el === document.activeElement)).toBe(true);
    await h.expectAccessible(page);
    await h.screenshots(page, 'campaign-board-reorder-conflict');

    await page.keyboard.press('Enter');
    await expect.poll(order).toEqual(['Ava Calm', 'Dev Draws', 'Cleo Cares', 'Ben Talks']);
    await page.getByText('Spotlight order saved').first().waitFor();
    await expect.poll(() => alert.count()).toBe(0);
    // Focus stays with the spotlight that moved.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move Ava Calm, position 1');

    holdLive = false;
    for (const message of held.splice(0)) socket?.send(message);
    await page.reload();
    await list().waitFor();
    expect(await order()).toEqual(['Ava Calm', 'Dev Draws', 'Cleo Cares', 'Ben Talks']);
    expect(h.errorsOf(page)).toEqual([]);
  });
});
