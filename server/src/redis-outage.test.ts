/**
 * Redis going down degrades Beacon, never breaks it. Two instances share a database and a throwaway Redis
 * (this test's own `redis-server`, killed with SIGKILL mid-run and started again): one in the test's
 * process, one a separate server process, so that whatever reaches the other went through Redis.
 *
 * - Redis up: a subscriber on one instance hears changes made on the other.
 * - Redis killed: queries and mutations go on on both (rate limits are counted in each process, which it
 *   logs); a subscriber still hears changes made on its own instance; an instance that can no longer hear
 *   the others stops serving public answers from memory, so a spotlight withdrawn elsewhere is not served.
 * - Redis back: the subscriber hears the other instance again, and the cache serves and is emptied by the
 *   other instance's changes again, by themselves.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { DatabaseConfig } from './db/orm-config.js';
import { createTemporaryDatabase } from './db/temporary-database.js';
import type { Campaign } from './modules/campaigns/campaign.entity.js';
import { CACHE_STATUS_HEADER } from './modules/hub/public-response-cache.js';
import { Recognition, RecognitionStatus } from './modules/recognitions/recognition.entity.js';
import type { StaffUser } from './modules/staff/staff-user.entity.js';
import { type BeaconProcess, startBeaconProcess } from './test/beacon-process.js';
import { buildCampaign, buildRecognition, buildStaff, TEST_PASSWORD } from './test/factories.js';
import { createTestApp, lane, StaffRole, type TestApp } from './test/test-app.js';
import { startThrowawayRedis, type ThrowawayRedis } from './test/throwaway-redis.js';

const HUB = `query OutageHub($c: String!) { hub(campaign: $c) { spotlights { nodes { creator { handle } } } } }`;
const WATCH = `subscription($campaignId: ID!) { recognitionChanged(campaignId: $campaignId) { id status } }`;
const COMMENT = `mutation($input: AddRecognitionNoteInput!) { addRecognitionNote(input: $input) { note { id } } }`;
const WITHDRAW = `mutation($input: WithdrawInput!) { withdrawRecognition(input: $input) { recognition { status version } } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `done` holds; the hook's timeout is the only bound (busy machines are slow). */
async function until(done: () => Promise<boolean>): Promise<void> {
  while (!(await done())) await sleep(100);
}

async function post<T>(baseUrl: string, query: string, variables: object, cookie?: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  return { status: response.status, headers: response.headers, ...body };
}

async function signIn(baseUrl: string, user: StaffUser): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email: user.email, password: TEST_PASSWORD } },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('beacon_session='));
  if (!cookie) throw new Error(`sign-in on ${baseUrl} set no session cookie`);
  return cookie.split(';')[0] as string;
}

describe('Redis down degrades Beacon and Beacon recovers when it returns', () => {
  let dataDir: string | null = null;
  let database: DatabaseConfig;
  let dropDatabase: () => Promise<void> = async () => undefined;
  let redis: ThrowawayRedis;
  /** The instance in this process. */
  let here: TestApp;
  let hereUrl: string;
  /** The instance in its own process. */
  let there: BeaconProcess;
  let publisher: StaffUser;
  let campaign: Campaign;
  let probe: Recognition;
  let spotlights: Recognition[];
  let publisherHere: string;
  let publisherThere: string;
  let watcher: { client: Client; events: string[]; errors: unknown[]; closed: number[] };

  /** Comments on the probe through `baseUrl` until the watcher (on the other process) has heard one. */
  async function heardFrom(baseUrl: string, cookie: string): Promise<void> {
    const seen = watcher.events.length;
    for (let i = 0; watcher.events.length === seen; i++) {
      if (watcher.errors.length > 0)
        throw new Error(`subscription failed: ${JSON.stringify(watcher.errors)}`);
      const result = await post(
        baseUrl,
        COMMENT,
        { input: { recognitionId: probe.globalId, body: `ping ${i}` } },
        cookie,
      );
      expect(result.errors).toBeUndefined();
      await sleep(100);
    }
  }

  const readHubThere = async () => {
    const result = await post<{ hub: { spotlights: { nodes: { creator: { handle: string } }[] } } }>(
      there.url,
      HUB,
      {
        c: campaign.slug,
      },
    );
    if (result.errors) throw new Error(`hub query failed: ${JSON.stringify(result.errors)}`);
    return {
      cache: result.headers.get(CACHE_STATUS_HEADER),
      spotlights: (result.data?.hub.spotlights.nodes ?? []).map((n) => n.creator.handle).sort(),
    };
  };

  const withdraw = async (rec: Recognition) => {
    const result = await post<{ withdrawRecognition: { recognition: { status: string } } }>(
      hereUrl,
      WITHDRAW,
      { input: { id: rec.globalId, expectedVersion: rec.version, reason: 'Asked to be taken down' } },
      publisherHere,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.withdrawRecognition.recognition.status).toBe('WITHDRAWN');
  };

  beforeAll(async () => {
    redis = await startThrowawayRedis();
    let processDatabase: Record<string, string>;
    if (lane() === 'postgres') {
      const db = await createTemporaryDatabase('postgres', 'redisoutage');
      database = db.config;
      dropDatabase = db.drop;
      processDatabase = { DATABASE_URL: (db.config as { url: string }).url };
    } else {
      // A server process finds its SQLite file as `beacon.db` in its data directory.
      dataDir = await mkdtemp(path.join(tmpdir(), 'beacon-redis-outage-'));
      database = { kind: 'sqlite', file: path.join(dataDir, 'beacon.db') };
      processDatabase = { BEACON_DATA_DIR: dataDir };
    }
    const shared = {
      REDIS_URL: redis.url,
      BEACON_REDIS_KEY_PREFIX: 'redis-outage-test',
      BEACON_RATE_LIMIT_ANONYMOUS: '100000',
      BEACON_RATE_LIMIT_STAFF: '100000',
    };
    // This instance migrates the database; the other starts on it afterwards.
    here = await createTestApp(shared, { database });
    hereUrl = await here.listen();
    const em = here.orm.em.fork();
    const editor = await buildStaff(em, { role: StaffRole.EDITOR });
    publisher = await buildStaff(em, { role: StaffRole.PUBLISHER });
    const viewer = await buildStaff(em, { role: StaffRole.VIEWER });
    campaign = await buildCampaign(em);
    probe = await buildRecognition(em, { campaign, nominatedBy: editor });
    spotlights = [];
    for (const rank of [1, 2]) {
      spotlights.push(
        await buildRecognition(em, {
          campaign,
          nominatedBy: editor,
          status: RecognitionStatus.PUBLISHED,
          rank,
          publishedAt: new Date(),
        }),
      );
    }
    there = await startBeaconProcess({
      ...processDatabase,
      ...shared,
      BEACON_ADMIN_EMAIL: 'admin@redis-outage.test',
      BEACON_ADMIN_PASSWORD: 'a long test admin password',
    });
    publisherHere = await signIn(hereUrl, publisher);
    publisherThere = await signIn(there.url, publisher);

    const headers = { cookie: await signIn(there.url, viewer), origin: there.url };
    class BrowserLikeWebSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    const closed: number[] = [];
    watcher = {
      client: createClient({
        url: `${there.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: BrowserLikeWebSocket,
        retryAttempts: 0,
        on: { closed: (event) => void closed.push((event as { code: number }).code) },
      }),
      events: [],
      errors: [],
      closed,
    };
    watcher.client.subscribe<{ recognitionChanged: { id: string } }>(
      { query: WATCH, variables: { campaignId: campaign.globalId } },
      {
        next: (result) => {
          if (result.errors) watcher.errors.push(result.errors);
          if (result.data) watcher.events.push(result.data.recognitionChanged.id);
        },
        error: (error) => watcher.errors.push(error),
        complete: () => {},
      },
    );
  }, 300_000);

  afterAll(async () => {
    await watcher?.client.dispose();
    await there?.stop();
    await here?.close();
    await redis?.destroy();
    await dropDatabase();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  describe('with Redis up', () => {
    it('tells a subscriber on one instance of changes made on the other', async () => {
      await heardFrom(hereUrl, publisherHere);
      expect(watcher.events.every((id) => id === probe.globalId)).toBe(true);
    });

    it("serves the hub from the other instance's memory", async () => {
      await readHubThere();
      expect(await readHubThere()).toEqual({
        cache: 'hit',
        spotlights: spotlights.map((s) => s.creator.handle).sort(),
      });
    });
  });

  describe('with Redis killed', () => {
    beforeAll(async () => {
      await redis.kill();
      // The other instance notices at once (the connection closes) and stops trusting its cache.
      await until(async () => (await readHubThere()).cache === 'bypass');
    });

    it('goes on answering queries and mutations on both instances, counting rate limits in each', async () => {
      for (const url of [hereUrl, there.url]) {
        const hub = await post<{ hub: unknown }>(url, HUB, { c: campaign.slug });
        expect(hub.status).toBe(200);
        expect(hub.errors).toBeUndefined();
      }
      const comment = await post(
        there.url,
        COMMENT,
        { input: { recognitionId: probe.globalId, body: 'Redis is down' } },
        publisherThere,
      );
      expect(comment.errors).toBeUndefined();
      await expect
        .poll(() => there.log.some((line) => line.includes('rate limits are counted in this process')))
        .toBe(true);
      // Still ready for the load balancer: Redis is reported, not a reason to take the instance out.
      const ready = await fetch(`${there.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', redis: 'unreachable' });
    });

    it('still tells a subscriber of changes made on its own instance, and keeps its socket open', async () => {
      await heardFrom(there.url, publisherThere);
      expect(watcher.closed).toEqual([]);
    });

    it('never serves from memory a spotlight withdrawn on another instance', async () => {
      const [withdrawn, kept] = spotlights as [Recognition, Recognition];
      await withdraw(withdrawn);
      expect(await readHubThere()).toEqual({ cache: 'bypass', spotlights: [kept.creator.handle] });
    });
  });

  describe('when Redis returns', () => {
    beforeAll(async () => {
      await redis.start();
      // ioredis reconnects by itself (backing off up to 5 s); the other instance serves from memory again.
      await until(async () => (await readHubThere()).cache === 'hit');
    });

    it('tells a subscriber on one instance of changes made on the other again', async () => {
      await heardFrom(hereUrl, publisherHere);
      expect(watcher.closed).toEqual([]);
    });

    it("empties the other instance's cache again when a spotlight is withdrawn", async () => {
      const kept = spotlights[1] as Recognition;
      await expect.poll(readHubThere).toEqual({ cache: 'hit', spotlights: [kept.creator.handle] });
      const fresh = await here.orm.em.fork().findOneOrFail(Recognition, { id: kept.id });
      await withdraw(fresh);
      // Heard through Redis just after the commit: until then the old answer, then the new one, afresh.
      let seen = await readHubThere();
      while (seen.spotlights.length > 0) {
        expect(seen.spotlights).toEqual([kept.creator.handle]);
        await sleep(20);
        seen = await readHubThere();
      }
      expect(seen).toEqual({ cache: 'miss', spotlights: [] });
    });
  });
});
