/**
 * A live subscription ends with its session, over a real socket: signed out (here or by another process),
 * expired, deactivated; it stops delivering at once (the event that found out is not sent) and the socket
 * closes with 4401. A role that no longer allows a subscription closes it with 4403. The socket serves
 * subscriptions only, within the same limits as HTTP, and only to pages of Beacon's own origin.
 */

import type { GraphQLFormattedError } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { buildCampaign, buildRecognition, TEST_PASSWORD } from '../../test/factories.js';
import { createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import type { Recognition } from '../recognitions/recognition.entity.js';
import { announceRecognitionChange } from '../recognitions/recognition.events.js';
import { checkLiveSession, LiveCloseCode, permissionsForSubscription } from './live-sessions.js';
import { Permission } from './staff-role.js';
import { StaffSession } from './staff-session.entity.js';
import type { StaffUser } from './staff-user.entity.js';

const WATCH = `subscription($campaignId: ID!) { recognitionChanged(campaignId: $campaignId) { id status } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `find` gives a value; the test's own timeout is the only bound (busy machines are slow). */
async function until<T>(find: () => T | undefined): Promise<T> {
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    await sleep(20);
  }
}

interface Socket {
  readonly client: Client;
  readonly events: string[];
  readonly errors: GraphQLFormattedError[][];
  /** Close codes the socket saw, in order. */
  readonly closes: number[];
}

describe('live subscriptions end with their session', () => {
  let app: TestApp;
  let baseUrl: string;
  let wsUrl: string;
  let admin: StaffUser;
  let campaign: Campaign;
  let probe: Recognition;
  /** Changed only after a session ended: no socket of that session may hear of it. */
  let afterSignOut: Recognition;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    app = await createTestApp({ BEACON_SESSION_RECHECK_SECONDS: '1' });
    baseUrl = await app.listen();
    wsUrl = `${baseUrl.replace(/^http/, 'ws')}/graphql`;
    admin = await app.staff(StaffRole.ADMIN);
    const em = app.orm.em.fork();
    campaign = await buildCampaign(em);
    probe = await buildRecognition(em, { campaign, nominatedBy: admin });
    afterSignOut = await buildRecognition(em, { campaign, nominatedBy: admin });
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((s) => s.client.dispose()));
  });
  afterAll(() => app?.close());

  async function signIn(user: StaffUser): Promise<string> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
        variables: { input: { email: user.email, password: TEST_PASSWORD } },
      }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('beacon_session='));
    if (!cookie) throw new Error('sign-in set no session cookie');
    return cookie.split(';')[0] as string;
  }

  /** A socket carrying `cookie` (and an Origin header, as a browser sends), watching the campaign. */
  function watch(cookie: string | null, origin = baseUrl): Socket {
    const headers = { ...(cookie ? { cookie } : {}), origin };
    class BrowserLikeWebSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    const closes: number[] = [];
    const client = createClient({
      url: wsUrl,
      webSocketImpl: BrowserLikeWebSocket,
      retryAttempts: 0,
      lazy: true,
      on: { closed: (event) => void closes.push((event as { code: number }).code) },
    });
    const socket: Socket = { client, events: [], errors: [], closes };
    client.subscribe<{ recognitionChanged: { id: string } }>(
      { query: WATCH, variables: { campaignId: campaign.globalId } },
      {
        next: (result) => {
          if (result.errors) socket.errors.push([...result.errors]);
          if (result.data) socket.events.push(result.data.recognitionChanged.id);
        },
        error: (error) => socket.errors.push(Array.isArray(error) ? error : [{ message: String(error) }]),
        complete: () => {},
      },
    );
    sockets.push(socket);
    return socket;
  }

  /** Announces the probe until the socket has it: the subscription is then live on the server. */
  async function live(socket: Socket): Promise<void> {
    while (!socket.events.includes(probe.globalId)) {
      if (socket.errors.length > 0) throw new Error(`subscription failed: ${JSON.stringify(socket.errors)}`);
      announceRecognitionChange(probe);
      await sleep(25);
    }
  }

  it('closes with 4401 when the member signs out, without waiting for an event', async () => {
    const viewer = await app.staff(StaffRole.VIEWER);
    const cookie = await signIn(viewer);
    const socket = watch(cookie);
    await live(socket);
    await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(await until(() => socket.closes[0])).toBe(LiveCloseCode.SESSION_ENDED);
  });

  it('does not deliver the next event after the session ended elsewhere, and closes with 4401', async () => {
    const viewer = await app.staff(StaffRole.VIEWER);
    const socket = watch(await signIn(viewer));
    await live(socket);
    // Another process signed the member out: this one hears nothing until it checks. (Probes announced
    // while the subscription was starting may still arrive; a change made afterwards must not.)
    await app.orm.em.fork().nativeDelete(StaffSession, { user: viewer.id });
    announceRecognitionChange(afterSignOut);
    expect(await until(() => socket.closes[0])).toBe(LiveCloseCode.SESSION_ENDED);
    expect(socket.events).not.toContain(afterSignOut.globalId);
  });

  it('closes with 4401 when the session expires, on the timer, with no event at all', async () => {
    const viewer = await app.staff(StaffRole.VIEWER);
    const socket = watch(await signIn(viewer));
    await live(socket);
    await app.orm.em
      .fork()
      .nativeUpdate(StaffSession, { user: viewer.id }, { expiresAt: new Date(Date.now() - 1_000) });
    expect(await until(() => socket.closes[0])).toBe(LiveCloseCode.SESSION_ENDED);
  });

  it('closes with 4401 when an admin deactivates the member', async () => {
    const viewer = await app.staff(StaffRole.VIEWER);
    const socket = watch(await signIn(viewer));
    await live(socket);
    dataOf(
      await app.run(
        'mutation($input: DeactivateStaffUserInput!) { deactivateStaffUser(input: $input) { user { id } } }',
        { input: { id: viewer.globalId, expectedVersion: viewer.version } },
        admin,
      ),
    );
    expect(await until(() => socket.closes[0])).toBe(LiveCloseCode.SESSION_ENDED);
  });

  it('closes with 4403 when the role no longer allows what the socket subscribed to', async () => {
    expect(permissionsForSubscription('recognitionChanged')).toEqual([Permission.STAFF_READ]);
    // Every role may read the board today, so ask as a subscription needing the audit log would.
    const member = await app.staff(StaffRole.ADMIN);
    const token = (await signIn(member)).split('=')[1] as string;
    const em = app.orm.em.fork();
    expect(await checkLiveSession(em, token, [Permission.AUDIT_READ])).toMatchObject({ ok: true });
    dataOf(
      await app.run(
        'mutation($input: ChangeStaffRoleInput!) { changeStaffRole(input: $input) { user { role } } }',
        { input: { id: member.globalId, role: 'VIEWER', expectedVersion: member.version } },
        admin,
      ),
    );
    expect(await checkLiveSession(app.orm.em.fork(), token, [Permission.AUDIT_READ])).toEqual({
      ok: false,
      code: LiveCloseCode.ROLE_NO_LONGER_ALLOWS,
      reason: 'Your role no longer allows this subscription',
    });
    expect(await checkLiveSession(app.orm.em.fork(), token, [Permission.STAFF_READ])).toMatchObject({
      ok: true,
    });
  });

  it('answers a document that does not parse or validate with the codes HTTP gives', async () => {
    const viewer = await app.staff(StaffRole.VIEWER);
    const socket = watch(await signIn(viewer));
    const ask = (query: string) =>
      new Promise<unknown>((resolve) => {
        socket.client.subscribe({ query }, { next: resolve, error: resolve, complete: () => {} });
      });
    expect(JSON.stringify(await ask('subscription { recognitionChanged('))).toContain('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(await ask('subscription { nothingHere }'))).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves subscriptions only: a query over the socket is refused', async () => {
    const viewer = await app.staff(StaffRole.VIEWER);
    const socket = watch(await signIn(viewer));
    const answer = await new Promise<unknown>((resolve) => {
      socket.client.subscribe(
        { query: '{ me { email } }' },
        { next: resolve, error: resolve, complete: () => {} },
      );
    });
    expect(JSON.stringify(answer)).toContain('BAD_REQUEST');
  });

  it('holds subscriptions to the same limits as HTTP', async () => {
    const viewer = await app.staff(StaffRole.VIEWER);
    const socket = watch(await signIn(viewer));
    // recognitionChanged -> creator -> videos -> nodes -> creator -> videos -> … : 17 levels.
    const hops = ['recognitionChanged(campaignId: $c) {', 'creator {'];
    for (let i = 0; hops.length < 16; i++) hops.push(['videos {', 'nodes {', 'creator {'][i % 3] as string);
    const deep = `subscription($c: ID!) { ${hops.join(' ')} id ${'}'.repeat(hops.length)} }`;
    const answer = await new Promise<unknown>((resolve) => {
      socket.client.subscribe(
        { query: deep, variables: { c: campaign.globalId } },
        { next: resolve, error: resolve, complete: () => {} },
      );
    });
    expect(JSON.stringify(answer)).toContain('DEPTH_LIMIT_EXCEEDED');
  });

  it("refuses a socket opened from another site's page (the member's cookie must not ride along)", async () => {
    const viewer = await app.staff(StaffRole.VIEWER);
    const socket = watch(await signIn(viewer), 'https://evil.example');
    await until(() => socket.errors[0] ?? socket.closes[0]);
    expect(socket.events).toEqual([]);
  });
});
