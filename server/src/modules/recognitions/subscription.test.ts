/**
 * Live updates over a real socket: a signed-in staff member watching a campaign's board sees a
 * nomination appear as it happens, sees nothing of other campaigns, and an anonymous socket is refused.
 */

import type { GraphQLFormattedError } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  buildCampaign,
  buildEligibleCreator,
  buildRecognition,
  TEST_PASSWORD,
} from '../../test/factories.js';
import { createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import type { Recognition } from './recognition.entity.js';
import { announceRecognitionChange } from './recognition.events.js';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const NOMINATE = `mutation($input: NominateInput!) { nominateCreator(input: $input) { recognition { id status } } }`;
const WATCH = `subscription($campaignId: ID!) { recognitionChanged(campaignId: $campaignId) { id status } }`;
const WATCH_ALL = `subscription { recognitionChanged { id status } }`;

interface Change {
  id: string;
  status: string;
}

/** One subscription's deliveries, as they arrive. */
interface Watch {
  readonly events: Change[];
  readonly errors: GraphQLFormattedError[][];
  stop(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits for a delivery. No deadline of its own: how fast a change arrives is not what these tests assert,
 * and a deadline fails on a busy machine; the test's timeout is the only bound, and `what` says in the
 * failure what never came.
 */
async function until<T>(find: () => T | undefined, what: string): Promise<T> {
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    waitingFor = what;
    await sleep(20);
  }
}

/** What the running test is waiting for, reported if it times out. */
let waitingFor = '';

describe('live recognition updates (graphql-ws)', () => {
  let app: TestApp;
  let wsUrl: string;
  let baseUrl: string;
  let editor: StaffUser;
  let viewer: StaffUser;
  const clients: Client[] = [];

  /** Signs in over HTTP as the browser would and returns the session cookie it was given. */
  async function signIn(user: StaffUser): Promise<string> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { input: { email: user.email, password: TEST_PASSWORD } },
      }),
    });
    expect(response.status).toBe(200);
    const session = response.headers.getSetCookie().find((c) => c.startsWith('beacon_session='));
    if (!session) throw new Error('sign-in set no session cookie');
    return session.split(';')[0] as string;
  }

  /** A graphql-ws client whose socket carries `cookie`, as a browser's would (none: anonymous). */
  function socket(cookie: string | null): Client {
    class CookieWebSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, cookie ? { headers: { cookie } } : {});
      }
    }
    const client = createClient({ url: wsUrl, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
    clients.push(client);
    return client;
  }

  /** Watches one campaign, or every campaign (a home page) when `campaign` is null. */
  function watch(client: Client, campaign: Campaign | null): Watch {
    const events: Change[] = [];
    const errors: GraphQLFormattedError[][] = [];
    const stop = client.subscribe<{ recognitionChanged: Change }>(
      campaign ? { query: WATCH, variables: { campaignId: campaign.globalId } } : { query: WATCH_ALL },
      {
        next: (result) => {
          if (result.errors) errors.push([...result.errors]);
          if (result.data) events.push(result.data.recognitionChanged);
        },
        error: (error) => {
          errors.push(Array.isArray(error) ? error : [{ message: String(error) }]);
        },
        complete: () => {},
      },
    );
    return { events, errors, stop };
  }

  /**
   * Waits until the server has registered the subscription (graphql-ws does not acknowledge one): keeps
   * announcing an existing recognition of the campaign until it comes through.
   */
  async function ready(w: Watch, probe: Recognition): Promise<void> {
    waitingFor = 'the subscription to become active';
    while (!w.events.some((e) => e.id === probe.globalId)) {
      if (w.errors.length > 0) throw new Error(`subscription failed: ${JSON.stringify(w.errors)}`);
      announceRecognitionChange(probe);
      await sleep(25);
    }
  }

  async function nominate(campaign: Campaign): Promise<Change> {
    const { creator, video } = await buildEligibleCreator(app.orm.em.fork());
    const result = await app.run<{ nominateCreator: { recognition: Change } }>(
      NOMINATE,
      {
        input: {
          creatorId: creator.globalId,
          campaignId: campaign.globalId,
          citation: 'For warm, practical videos about getting through exam season.',
          featuredVideoIds: [video.globalId],
        },
      },
      editor,
    );
    return dataOf(result).nominateCreator.recognition;
  }

  beforeAll(async () => {
    app = await createTestApp();
    baseUrl = await app.listen();
    wsUrl = `${baseUrl.replace(/^http/, 'ws')}/graphql`;
    editor = await app.staff(StaffRole.EDITOR);
    viewer = await app.staff(StaffRole.VIEWER);
  });
  beforeEach(({ onTestFailed }) => {
    waitingFor = '';
    onTestFailed(() => {
      if (waitingFor) console.error(`still waiting for ${waitingFor}`);
    });
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
  });
  afterAll(() => app?.close());

  it("delivers a nomination to staff watching its campaign, and nothing from another campaign's", async () => {
    const em = app.orm.em.fork();
    const watched = await buildCampaign(em);
    const elsewhere = await buildCampaign(em);
    const client = socket(await signIn(viewer));
    const board = watch(client, watched);
    const otherBoard = watch(client, elsewhere);
    const probe = await buildRecognition(em, { campaign: watched, nominatedBy: editor });
    await ready(board, probe);
    await ready(otherBoard, await buildRecognition(em, { campaign: elsewhere, nominatedBy: editor }));

    // Announced in this order, so by the time the watched campaign's change arrives the other one would have.
    const unrelated = await nominate(elsewhere);
    const nominated = await nominate(watched);

    const delivered = await until(
      () => board.events.find((e) => e.id === nominated.id),
      'the nomination to reach the watching board',
    );
    expect(delivered).toEqual({ id: nominated.id, status: 'NOMINATED' });
    expect(board.events.filter((e) => e.id !== probe.globalId)).toEqual([
      { id: nominated.id, status: 'NOMINATED' },
    ]);
    expect(board.errors).toEqual([]);
    // The other campaign's change was real: its own board received it.
    expect(
      await until(() => otherBoard.events.find((e) => e.id === unrelated.id), 'the other board'),
    ).toEqual({
      id: unrelated.id,
      status: 'NOMINATED',
    });
  });

  it('delivers changes from every campaign to a home page that names no campaign', async () => {
    const em = app.orm.em.fork();
    const [one, two] = [await buildCampaign(em), await buildCampaign(em)];
    const home = watch(socket(await signIn(viewer)), null);
    await ready(home, await buildRecognition(em, { campaign: one, nominatedBy: editor }));
    const first = await nominate(one);
    const second = await nominate(two);
    await until(() => home.events.find((e) => e.id === second.id), 'the second campaign’s nomination');
    expect(home.events.map((e) => e.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(home.errors).toEqual([]);
  });

  it('refuses a subscription to something that is not a campaign ID with BAD_USER_INPUT, masking nothing it should keep', async () => {
    const client = socket(await signIn(viewer));
    const notACampaign = { globalId: viewer.globalId } as Campaign;
    const board = watch(client, notACampaign);
    await until(() => board.errors[0], 'the subscription to be refused');
    expect(board.errors.flat().map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(board.errors.flat()[0]?.message).toMatch(/campaignId/);
    // Socket errors carry a request id as HTTP ones do, for the person reporting it to quote.
    expect(board.errors.flat()[0]?.extensions?.requestId).toEqual(expect.any(String));
  });

  it('refuses a subscription from a socket with no staff session, with UNAUTHENTICATED, and sends it nothing', async () => {
    const em = app.orm.em.fork();
    const campaign = await buildCampaign(em);
    const anonymous = watch(socket(null), campaign);
    // A signed-in board on the same campaign, to know when a change has been announced to everyone.
    const staffBoard = watch(socket(await signIn(viewer)), campaign);

    await until(() => anonymous.errors[0], 'the anonymous subscription to be refused');
    expect(anonymous.errors.flat().map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);

    await ready(staffBoard, await buildRecognition(em, { campaign, nominatedBy: editor }));
    const nominated = await nominate(campaign);
    await until(
      () => staffBoard.events.find((e) => e.id === nominated.id),
      'the staff board to see the nomination',
    );
    await sleep(100);
    expect(anonymous.events).toEqual([]);
    expect(anonymous.errors).toHaveLength(1);
  });
});
