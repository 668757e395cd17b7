/**
 * The dashboard's live socket (common/graphql/live-socket.ts) against a real Beacon: it connects with the
 * session cookie when a subscription starts, reports its state, reconnects with the new cookie when
 * restarted after signing in again (re-sending the subscription), and closes when nothing listens.
 * Runs in Node with `ws` standing in for the browser's WebSocket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { buildCampaign } from '../../server/src/test/factories.js';
import { createLiveSocket, type LiveSocket } from '../src/common/graphql/live-socket.js';
import { type Harness, StaffRole, startHarness, TEST_PASSWORD } from './harness.js';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const WATCH = `subscription ($campaignId: ID!) { recognitionChanged(campaignId: $campaignId) { id status } }`;

describe('the live socket', () => {
  let h: Harness;
  let email: string;
  let campaignId: string;
  let live: LiveSocket | undefined;

  async function sessionCookie(): Promise<string> {
    const response = await fetch(`${h.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password: TEST_PASSWORD } } }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('beacon_session='));
    if (!cookie) throw new Error('no session cookie');
    return cookie.split(';')[0] as string;
  }

  beforeAll(async () => {
    h = await startHarness();
    email = (await h.app.staff(StaffRole.EDITOR)).email;
    campaignId = (await buildCampaign(h.app.orm.em.fork())).globalId;
  });
  afterAll(async () => {
    live?.dispose();
    await h?.close();
  });

  it('connects with the cookie, reconnects with the new one after a re-sign-in, and goes idle when unused', async () => {
    let cookie = await sessionCookie();
    const opened: string[] = [];
    class BrowserLikeSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
        opened.push(cookie);
      }
    }
    live = createLiveSocket(`${h.baseUrl.replace('http', 'ws')}/graphql`, {
      webSocketImpl: BrowserLikeSocket,
      retryWait: () => Promise.resolve(),
    });
    const states: string[] = [];
    live.onStateChange(() => states.push(live?.getState() ?? ''));
    const errors: unknown[] = [];
    const sink = { next: () => {}, error: (e: unknown) => errors.push(e), complete: () => {} };

    expect(live.getState()).toBe('idle');
    const stop = live.subscribe({ query: WATCH, variables: { campaignId } }, sink);
    await expect.poll(() => live?.getState()).toBe('connected');
    expect(opened).toEqual([cookie]);

    // Signed in again (a new session cookie): the socket reconnects with it and re-subscribes.
    const first = cookie;
    cookie = await sessionCookie();
    expect(cookie).not.toBe(first);
    live.restart();
    await expect.poll(() => opened.length).toBe(2);
    expect(opened[1]).toBe(cookie);
    await expect.poll(() => live?.getState()).toBe('connected');
    expect(states).toContain('reconnecting');
    expect(errors).toEqual([]);

    // Nothing listens any more: the lazy socket closes, which is not a drop.
    stop();
    await expect.poll(() => live?.getState(), { timeout: 5_000 }).toBe('idle');
  });
});
