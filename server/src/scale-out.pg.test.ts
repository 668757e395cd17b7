/**
 * Several Beacon instances behind one load balancer: two real server processes (separate OS processes,
 * started as production starts them) on different ports, sharing one throwaway PostgreSQL database and one
 * throwaway Redis. A member signed in on one is signed in on the other; a publish on one empties the cached
 * hub on both and reaches a live subscriber on the other; a scheduled publish fires once; and an instance
 * killed in the middle of a series of writes loses none it acknowledged.
 *
 * PostgreSQL lane only. Several instances on one SQLite file is not a deployment Beacon supports (one file
 * on one machine's disk, one writer at a time: there is nothing to scale out), so the
 * file is named `*.pg.test.ts`, which only the PostgreSQL lane collects (vitest.config.ts); what SQLite does guarantee for a second process on the same file (the scheduler fires
 * once) is tested in modules/recognitions/scheduler.test.ts on both engines.
 */
import type { MikroORM } from '@mikro-orm/core';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { openDatabase } from './db/orm.js';
import { createTemporaryDatabase, type TemporaryDatabase } from './db/temporary-database.js';
import { AuditEvent } from './modules/audit/audit-event.entity.js';
import type { Campaign } from './modules/campaigns/campaign.entity.js';
import { CACHE_STATUS_HEADER } from './modules/hub/public-response-cache.js';
import { Organisation } from './modules/organisations/organisation.entity.js';
import { Recognition, RecognitionStatus } from './modules/recognitions/recognition.entity.js';
import { StaffRole } from './modules/staff/staff-role.js';
import { StaffUser } from './modules/staff/staff-user.entity.js';
import { type BeaconProcess, startBeaconProcess } from './test/beacon-process.js';
import { buildCampaign, buildRecognition, buildStaff, TEST_PASSWORD } from './test/factories.js';
import { startThrowawayRedis, type ThrowawayRedis } from './test/throwaway-redis.js';

const HUB = `query ScaleOutHub($c: String!) { hub(campaign: $c) { spotlights { nodes { creator { handle } } } } }`;
const WATCH = `subscription($campaignId: ID!) { recognitionChanged(campaignId: $campaignId) { id status } }`;

/** The hub shows spotlights by their creator. */
const handleOf = (rec: Recognition) => rec.creator.handle;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Gql<T> {
  readonly status: number;
  readonly data: T | null;
  readonly errors: readonly { message: string; extensions?: { code?: string } }[] | undefined;
  readonly headers: Headers;
}

async function gql<T>(
  instance: BeaconProcess,
  query: string,
  variables: Record<string, unknown> = {},
  cookie: string | null = null,
): Promise<Gql<T>> {
  const response = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: Gql<T>['errors'] };
  return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers };
}

async function signIn(instance: BeaconProcess, user: StaffUser): Promise<string> {
  const response = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email: user.email, password: TEST_PASSWORD } },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('beacon_session='));
  if (!cookie) throw new Error(`sign-in on ${instance.url} set no session cookie`);
  return cookie.split(';')[0] as string;
}

/** The hub as an anonymous reader of `instance` gets it: which spotlights, and whether from memory. */
async function readHub(instance: BeaconProcess, campaign: Campaign) {
  const result = await gql<{ hub: { spotlights: { nodes: { creator: { handle: string } }[] } } }>(
    instance,
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
}

interface Watcher {
  readonly client: Client;
  readonly events: { id: string; status: string }[];
  readonly errors: unknown[];
}

/** A live subscription to a campaign's recognition changes on `instance`, as a signed-in member. */
function watch(instance: BeaconProcess, cookie: string, campaign: Campaign): Watcher {
  const headers = { cookie, origin: instance.url };
  class BrowserLikeWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url: `${instance.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: BrowserLikeWebSocket,
    retryAttempts: 0,
  });
  const watcher: Watcher = { client, events: [], errors: [] };
  client.subscribe<{ recognitionChanged: { id: string; status: string } }>(
    { query: WATCH, variables: { campaignId: campaign.globalId } },
    {
      next: (result) => {
        if (result.errors) watcher.errors.push(result.errors);
        if (result.data) watcher.events.push(result.data.recognitionChanged);
      },
      error: (error) => watcher.errors.push(error),
      complete: () => {},
    },
  );
  return watcher;
}

describe('two Beacon instances on one PostgreSQL and one Redis', () => {
  let db: TemporaryDatabase;
  let redis: ThrowawayRedis;
  let orm: MikroORM;
  let a: BeaconProcess;
  let b: BeaconProcess;
  let publisher: StaffUser;
  let viewer: StaffUser;
  let campaign: Campaign;
  /** Published before the instances start: both hubs show it. */
  let live: Recognition;
  /** Approved, published through instance A by the test of invalidation. */
  let toPublish: Recognition;
  /** Approved, scheduled through instance A. */
  let toSchedule: Recognition;
  /** Nominated: commented on to find out when a subscription is live (a comment is announced). */
  let probe: Recognition;
  const watchers: Watcher[] = [];

  const load = (rec: Recognition) => orm.em.fork().findOneOrFail(Recognition, { id: rec.id });

  beforeAll(async () => {
    db = await createTemporaryDatabase('postgres', 'scaleout');
    redis = await startThrowawayRedis();
    const env = {
      DATABASE_URL: (db.config as { url: string }).url,
      REDIS_URL: redis.url,
      BEACON_REDIS_KEY_PREFIX: 'scale-out-test',
      BEACON_ADMIN_EMAIL: 'admin@scale-out.test',
      BEACON_ADMIN_PASSWORD: 'a long test admin password',
      // The polls below are many requests from one address.
      BEACON_RATE_LIMIT_ANONYMOUS: '100000',
      BEACON_RATE_LIMIT_STAFF: '100000',
    };
    // Both at once on an empty database, as a deploy starts its instances: they migrate one at a time (the
    // second finds nothing to do) and create the first admin once. Starting two servers from source takes
    // its time on a busy two-core machine; nothing here is timed.
    [a, b] = await Promise.all([startBeaconProcess(env), startBeaconProcess(env)]);

    orm = await openDatabase({ database: db.config });
    const em = orm.em.fork();
    const editor = await buildStaff(em, { role: StaffRole.EDITOR });
    publisher = await buildStaff(em, { role: StaffRole.PUBLISHER });
    viewer = await buildStaff(em, { role: StaffRole.VIEWER });
    campaign = await buildCampaign(em);
    live = await buildRecognition(em, {
      campaign,
      nominatedBy: editor,
      status: RecognitionStatus.PUBLISHED,
      rank: 1,
      publishedAt: new Date(),
    });
    toPublish = await buildRecognition(em, {
      campaign,
      nominatedBy: editor,
      status: RecognitionStatus.APPROVED,
    });
    toSchedule = await buildRecognition(em, {
      campaign,
      nominatedBy: editor,
      status: RecognitionStatus.APPROVED,
    });
    probe = await buildRecognition(em, { campaign, nominatedBy: editor });
  }, 300_000);

  afterAll(async () => {
    await Promise.all(watchers.map((w) => w.client.dispose()));
    await Promise.all([a?.stop(), b?.stop()]);
    await orm?.close(true);
    await redis?.destroy();
    await db?.drop();
  }, 60_000);

  it("answers a load balancer's liveness and readiness probes on both, Redis included", async () => {
    for (const instance of [a, b]) {
      expect((await fetch(`${instance.url}/livez`)).status).toBe(200);
      const ready = await fetch(`${instance.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', database: 'postgres', redis: 'ok' });
    }
    // Migrated once between them, and one first admin.
    const admins = await orm.em.fork().count(StaffUser, { email: 'admin@scale-out.test' });
    expect(admins).toBe(1);
  });

  it('keeps a member signed in on whichever instance answers, and signed out on both', async () => {
    const cookie = await signIn(a, viewer);
    const me = await gql<{ me: { email: string } | null }>(b, '{ me { email } }', {}, cookie);
    expect(me.data?.me?.email).toBe(viewer.email);

    await gql(b, 'mutation { signOut }', {}, cookie);
    const after = await gql<{ me: { email: string } | null }>(a, '{ me { email } }', {}, cookie);
    expect(after.data?.me).toBeNull();
  });

  it("empties both instances' cached hub on a publish through one, and tells a subscriber on the other", async () => {
    const watcher = watch(b, await signIn(b, viewer), campaign);
    watchers.push(watcher);
    // The subscription is live on B once a change made on A reaches it (a comment on the probe is
    // announced to subscribers): until then, comment again.
    const commenter = await signIn(a, publisher);
    let comments = 0;
    while (!watcher.events.some((e) => e.id === probe.globalId)) {
      if (watcher.errors.length > 0)
        throw new Error(`subscription failed: ${JSON.stringify(watcher.errors)}`);
      const note = await gql(
        a,
        'mutation($input: AddRecognitionNoteInput!) { addRecognitionNote(input: $input) { note { id } } }',
        { input: { recognitionId: probe.globalId, body: `Still watching (${++comments})` } },
        commenter,
      );
      expect(note.errors).toBeUndefined();
      await sleep(100);
    }

    // Both instances hold the hub in memory.
    for (const instance of [a, b]) {
      await readHub(instance, campaign);
      expect(await readHub(instance, campaign)).toEqual({ cache: 'hit', spotlights: [handleOf(live)] });
    }

    const published = await gql<{ publishRecognition: { recognition: { status: string } } }>(
      a,
      'mutation($input: VersionedInput!) { publishRecognition(input: $input) { recognition { status } } }',
      { input: { id: toPublish.globalId, expectedVersion: toPublish.version } },
      commenter,
    );
    expect(published.errors).toBeUndefined();
    const both = [handleOf(live), handleOf(toPublish)].sort();

    // The instance that published emptied its cache before it answered.
    expect(await readHub(a, campaign)).toEqual({ cache: 'miss', spotlights: both });
    // The other hears it through Redis just after the commit: its next answers are the old cached one
    // until then, and from then on the new one, computed afresh (never an expired entry's doing: entries
    // live 60 s, and this test would have timed out first).
    let fromB = await readHub(b, campaign);
    while (fromB.spotlights.length < 2) {
      expect(fromB).toEqual({ cache: 'hit', spotlights: [handleOf(live)] });
      await sleep(20);
      fromB = await readHub(b, campaign);
    }
    expect(fromB).toEqual({ cache: 'miss', spotlights: both });

    // The subscriber on B hears of the publish made on A.
    await expect
      .poll(() => watcher.events.find((e) => e.id === toPublish.globalId)?.status, { timeout: 20_000 })
      .toBe('PUBLISHED');
  });

  it('publishes a scheduled spotlight once, whichever instance fires first', async () => {
    const cookie = await signIn(b, publisher);
    const publishAt = new Date(Date.now() + 2_000);
    const scheduled = await gql<{ scheduleRecognition: { recognition: { status: string } } }>(
      b,
      'mutation($input: ScheduleInput!) { scheduleRecognition(input: $input) { recognition { status } } }',
      {
        input: {
          id: toSchedule.globalId,
          expectedVersion: toSchedule.version,
          publishAt: publishAt.toISOString(),
          timeZone: 'Europe/London',
        },
      },
      cookie,
    );
    expect(scheduled.errors).toBeUndefined();
    expect(scheduled.data?.scheduleRecognition.recognition.status).toBe('SCHEDULED');

    await expect.poll(async () => (await load(toSchedule)).status, { timeout: 25_000 }).toBe('PUBLISHED');
    // Both schedulers go on ticking; neither publishes it again (one publication, one audit entry).
    const audits = await orm.em
      .fork()
      .find(AuditEvent, { targetId: toSchedule.id, action: 'recognition.publish_scheduled' });
    expect(audits).toHaveLength(1);
    const hub = await readHub(a, campaign);
    expect(hub.spotlights).toContain(handleOf(toSchedule));
  });

  it('loses no acknowledged write when an instance is killed in the middle of a series', async () => {
    const cookie = await signIn(a, publisher);
    const names = Array.from({ length: 40 }, (_, i) => `Scale-out partner ${i} ${Date.now().toString(36)}`);
    const create = (instance: BeaconProcess, name: string) =>
      gql<{ createOrganisation: { organisation: { id: string } } }>(
        instance,
        'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }',
        { input: { name, kind: 'NON_PROFIT', website: 'https://partner.example' } },
        cookie,
      ).catch(() => null);

    // Four writers at a time through A; A is killed once ten are acknowledged, with others in flight.
    const acknowledged: string[] = [];
    const unanswered: string[] = [];
    let next = 0;
    let killed: Promise<void> | null = null;
    const writer = async () => {
      while (next < names.length) {
        const name = names[next++] as string;
        const result = await create(a, name);
        if (result?.data?.createOrganisation) acknowledged.push(name);
        else unanswered.push(name);
        if (acknowledged.length >= 10) killed ??= a.kill();
      }
    };
    await Promise.all([writer(), writer(), writer(), writer()]);
    await killed;
    expect(acknowledged.length).toBeGreaterThanOrEqual(10);
    expect(unanswered.length).toBeGreaterThan(0);

    // The load balancer sends the rest to B: the session and the writes go on there.
    for (const name of unanswered.splice(0)) {
      const retried = await create(b, name);
      expect(retried?.errors?.[0]?.extensions?.code ?? 'OK').toMatch(/^(OK|CONFLICT)$/);
    }

    const em = orm.em.fork();
    const saved = await em.find(Organisation, { name: { $in: names } });
    const savedNames = new Set(saved.map((o) => o.name));
    // Every write A acknowledged is there; every write of the series is there exactly once (the name is
    // unique), each with its audit entry, committed together.
    for (const name of acknowledged) expect(savedNames.has(name)).toBe(true);
    expect(savedNames.size).toBe(names.length);
    const audits = await em.find(AuditEvent, {
      action: 'organisation.create',
      targetId: { $in: saved.map((o) => o.id) },
    });
    expect(audits).toHaveLength(saved.length);
  });
});
