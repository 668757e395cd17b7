/**
 * The public response cache as a reader and staff meet it over HTTP: a repeated anonymous hub is answered
 * from memory without a database query, compressed as the client accepts; every change a reader could see
 * (publish, reorder, an edit of a public field, withdrawal, consent withdrawal) shows on the very next read;
 * staff answers are never kept or served from it; regions get their own answers; persisted queries over
 * GET hit it but still obey Apollo's CSRF rule; and `BEACON_PUBLIC_CACHE=off` really turns it off.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCampaign,
  buildCrisisResource,
  buildEligibleCreator,
  buildRecognition,
  TEST_PASSWORD,
} from '../../test/factories.js';
import { createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { Creator } from '../creators/creator.entity.js';
import { Recognition, RecognitionStatus } from '../recognitions/recognition.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { PUBLIC_MAX_AGE_SECONDS, STALE_WHILE_REVALIDATE_SECONDS } from './public-cache.plugin.js';
import { CACHE_STATUS_HEADER, type PublicResponseCache } from './public-response-cache.js';

const HUB = /* GraphQL */ `
  query CachedHub($campaign: String!) {
    hub(campaign: $campaign) {
      region
      spotlights { nodes { rank citation creator { handle displayName } } }
      crisisResources { nodes { name } }
    }
  }
`;

interface HubAnswer {
  data?: {
    hub: {
      region: string | null;
      spotlights: {
        nodes: { rank: number; citation: string; creator: { handle: string; displayName: string } }[];
      };
      crisisResources: { nodes: { name: string }[] };
    } | null;
  };
  errors?: unknown[];
}

const PUBLISH = `mutation($input: VersionedInput!) { publishRecognition(input: $input) { recognition { status } } }`;
const WITHDRAW = `mutation($input: WithdrawInput!) { withdrawRecognition(input: $input) { recognition { status } } }`;
const REORDER = `mutation($input: ReorderSpotlightInput!) { reorderSpotlight(input: $input) { id rank } }`;
const UPDATE_CREATOR = `mutation($input: UpdateCreatorInput!) { updateCreator(input: $input) { creator { displayName } } }`;
const WITHDRAW_CONSENT = `mutation($input: WithdrawConsentInput!) { withdrawCreatorConsent(input: $input) { creator { handle } } }`;

async function published(app: TestApp, campaign: Campaign, rank: number, citation: string) {
  const em = app.orm.em.fork();
  const { creator, video } = await buildEligibleCreator(em);
  return buildRecognition(em, {
    creator,
    campaign,
    citation,
    featured: [video],
    status: RecognitionStatus.PUBLISHED,
    rank,
    publishedAt: new Date('2023-05-03T09:00:00Z'),
  });
}

describe('the public response cache', () => {
  let app: TestApp;
  let url: string;
  let campaign: Campaign;
  let publisher: StaffUser;
  let editor: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    url = await app.listen();
    const em = app.orm.em.fork();
    campaign = await buildCampaign(em, { name: 'Cached hub (test)' });
    await buildCrisisResource(em, { name: 'Samaritans (test)', regions: ['GB'] });
    await buildCrisisResource(em, { name: '988 Lifeline (test)', regions: ['US'] });
    publisher = await app.staff(StaffRole.PUBLISHER);
    editor = await app.staff(StaffRole.EDITOR);
  });
  afterAll(() => app?.close());

  const read = async (headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        [app.config.regionHeader]: 'GB',
        ...headers,
      },
      body: JSON.stringify({ query: HUB, variables: { campaign: campaign.slug } }),
    });
    const json = (await response.json()) as HubAnswer;
    return { response, json, status: response.headers.get(CACHE_STATUS_HEADER) };
  };
  const spotlightsOf = (json: HubAnswer) =>
    (json.data?.hub?.spotlights.nodes ?? []).map((s) => `${s.rank} ${s.creator.displayName}: ${s.citation}`);

  /** Reads the hub until it is cached (the second read), so the next change has something to invalidate. */
  const cached = async () => {
    await read();
    const again = await read();
    expect(again.status).toBe('hit');
    return spotlightsOf(again.json);
  };

  it('answers a repeated anonymous hub from memory without a database query, compressed as the client accepts', async () => {
    await published(app, campaign, 1, 'First: honest recovery stories.');
    const first = await read();
    expect(first.json.errors).toBeUndefined();
    expect(first.status).toBe('miss');

    app.resetQueryCount();
    const brotli = await read({ 'accept-encoding': 'br, gzip' });
    expect(brotli.status).toBe('hit');
    expect(app.queryCount()).toBe(0);
    expect(brotli.response.headers.get('content-encoding')).toBe('br');
    expect(brotli.json).toEqual(first.json);
    expect(brotli.response.headers.get('cache-control')).toBe(first.response.headers.get('cache-control'));
    expect(brotli.response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);

    const gzip = await read({ 'accept-encoding': 'gzip' });
    expect(gzip.response.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.json).toEqual(first.json);
    expect(app.queryCount()).toBe(0);

    // A client that revalidates gets "not modified", still without a query.
    const etag = gzip.response.headers.get('etag');
    expect(etag).toBeTruthy();
    const revalidated = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        [app.config.regionHeader]: 'GB',
        'if-none-match': etag ?? '',
      },
      body: JSON.stringify({ query: HUB, variables: { campaign: campaign.slug } }),
    });
    expect(revalidated.status).toBe(304);
    expect(app.queryCount()).toBe(0);
  });

  it('shows a publish, a reorder, an edit of a public field, a withdrawal and a consent withdrawal on the very next read', async () => {
    const em = app.orm.em.fork();
    const hub = await em.findOneOrFail(
      Recognition,
      { campaign: campaign.id, rank: 1 },
      { populate: ['creator'] },
    );
    const { creator: newcomer, video } = await buildEligibleCreator(em, {
      displayName: 'Newcomer (fictional)',
    });
    const approved = await buildRecognition(em, {
      creator: newcomer,
      featured: [video],
      campaign,
      citation: 'Second: gentle videos about grief.',
      status: RecognitionStatus.APPROVED,
    });

    expect(await cached()).toEqual([`1 ${hub.creator.displayName}: First: honest recovery stories.`]);
    dataOf(
      await app.run(
        PUBLISH,
        { input: { id: approved.globalId, expectedVersion: approved.version } },
        publisher,
      ),
    );
    expect(spotlightsOf((await read()).json)).toEqual([
      `1 ${hub.creator.displayName}: First: honest recovery stories.`,
      '2 Newcomer (fictional): Second: gentle videos about grief.',
    ]);

    await cached();
    const board = (await app.orm.em.fork().findOneOrFail('Campaign', { id: campaign.id })) as Campaign;
    dataOf(
      await app.run(
        REORDER,
        {
          input: {
            campaignId: campaign.globalId,
            expectedVersion: board.version,
            recognitionIds: [approved.globalId, hub.globalId],
          },
        },
        publisher,
      ),
    );
    expect(spotlightsOf((await read()).json)).toEqual([
      '1 Newcomer (fictional): Second: gentle videos about grief.',
      `2 ${hub.creator.displayName}: First: honest recovery stories.`,
    ]);

    await cached();
    const profile = await app.orm.em.fork().findOneOrFail(Creator, { id: newcomer.id });
    dataOf(
      await app.run(
        UPDATE_CREATOR,
        {
          input: {
            id: profile.globalId,
            expectedVersion: profile.version,
            displayName: 'Renamed (fictional)',
          },
        },
        editor,
      ),
    );
    expect(spotlightsOf((await read()).json)[0]).toBe(
      '1 Renamed (fictional): Second: gentle videos about grief.',
    );

    await cached();
    const live = await app.orm.em.fork().findOneOrFail(Recognition, { id: approved.id });
    dataOf(
      await app.run(
        WITHDRAW,
        { input: { id: live.globalId, expectedVersion: live.version, reason: 'The creator asked us to' } },
        publisher,
      ),
    );
    expect(spotlightsOf((await read()).json)).toEqual([
      `2 ${hub.creator.displayName}: First: honest recovery stories.`,
    ]);

    await cached();
    const remaining = await app.orm.em.fork().findOneOrFail(Creator, { id: hub.creator.id });
    dataOf(
      await app.run(
        WITHDRAW_CONSENT,
        { input: { id: remaining.globalId, expectedVersion: remaining.version } },
        editor,
      ),
    );
    expect(spotlightsOf((await read()).json)).toEqual([]);
  });

  it('keeps its answers through changes no reader can see, and drops them for one a reader can', async () => {
    const em = app.orm.em.fork();
    const { creator, video } = await buildEligibleCreator(em);
    const nominator = await app.staff(StaffRole.EDITOR);
    await cached();
    // A nomination is staff business: the hub stays cached.
    await buildRecognition(em, {
      campaign,
      creator,
      featured: [video],
      nominatedBy: nominator,
      status: RecognitionStatus.NOMINATED,
    });
    expect((await read()).status).toBe('hit');
    // A new helpline for the reader's region is public: the next read is computed again and shows it.
    await buildCrisisResource(app.orm.em.fork(), { name: 'Shout (test)', regions: ['GB'] });
    const after = await read();
    expect(after.status).toBe('miss');
    expect(after.json.data?.hub?.crisisResources.nodes.map((r) => r.name)).toContain('Shout (test)');
  });

  it('answers each region with its own crisis resources', async () => {
    const names = async (region: string) => {
      await read({ [app.config.regionHeader]: region });
      const again = await read({ [app.config.regionHeader]: region });
      expect(again.status).toBe('hit');
      return again.json.data?.hub?.crisisResources.nodes.map((r) => r.name);
    };
    const gb = await names('GB');
    const us = await names('US');
    expect(gb).toContain('Samaritans (test)');
    expect(gb).not.toContain('988 Lifeline (test)');
    expect(us).toContain('988 Lifeline (test)');
    expect(us).not.toContain('Samaritans (test)');
  });

  it('never keeps or serves a staff member’s answer', async () => {
    const signIn = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { email } } }',
        variables: { e: publisher.email, p: TEST_PASSWORD },
      }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^beacon_session=./);

    await cached();
    const staff = await read({ cookie });
    expect(staff.status).toBeNull();
    expect(staff.response.headers.get('cache-control')).toBe('private, no-store');
    expect(staff.json.errors).toBeUndefined();

    // A staff-only query's answer is not kept for anyone either.
    const me = { query: '{ me { email } }' };
    const asStaff = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(me),
    });
    expect(((await asStaff.json()) as { data: { me: { email: string } } }).data.me.email).toBe(
      publisher.email,
    );
    const anonymous = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(me),
    });
    expect(((await anonymous.json()) as { data: { me: unknown } }).data.me).toBeNull();
    const again = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(me),
    });
    expect(again.headers.get(CACHE_STATUS_HEADER)).toBe('miss');
  });

  it("serves a persisted query by its hash over GET, and still refuses a GET that Apollo's CSRF rule refuses", async () => {
    const sha256Hash = createHash('sha256').update(HUB).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    // Registered (and cached) by a POST of the text with its hash, as Apollo's persisted-query link does.
    const registered = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        [app.config.regionHeader]: 'GB',
      },
      body: JSON.stringify({ query: HUB, variables: { campaign: campaign.slug }, extensions }),
    });
    expect(((await registered.json()) as HubAnswer).errors).toBeUndefined();

    const search = new URLSearchParams({
      variables: JSON.stringify({ campaign: campaign.slug }),
      extensions: JSON.stringify(extensions),
    });
    const get = (headers: Record<string, string>) =>
      fetch(`${url}/graphql?${search}`, {
        headers: { accept: 'application/graphql-response+json', [app.config.regionHeader]: 'GB', ...headers },
      });
    await get({ 'apollo-require-preflight': 'true' });
    app.resetQueryCount();
    const byHash = await get({ 'apollo-require-preflight': 'true' });
    expect(byHash.headers.get(CACHE_STATUS_HEADER)).toBe('hit');
    expect(app.queryCount()).toBe(0);
    expect(((await byHash.json()) as HubAnswer).data?.hub?.crisisResources.nodes.length).toBeGreaterThan(0);

    const forged = await get({});
    expect(forged.status).toBe(400);
    expect(forged.headers.get(CACHE_STATUS_HEADER)).toBeNull();
    expect(await forged.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('past a minute, serves the old answer while one request computes it afresh, rather than all at once', async () => {
    await cached();
    const cache = app.beacon.publicCache as PublicResponseCache;
    const realNow = cache.now;
    try {
      // A minute and a bit later: the entry is stale, within the stale-while-revalidate window.
      cache.now = () => realNow() + (PUBLIC_MAX_AGE_SECONDS + 1) * 1000;
      app.resetQueryCount();
      const burst = await Promise.all(Array.from({ length: 6 }, () => read()));
      const statuses = burst.map((r) => r.status).sort();
      // One reader computes it (the first to find it stale); the others are not held up by the database.
      expect(statuses.filter((s) => s === 'miss')).toHaveLength(1);
      expect(statuses.filter((s) => s !== 'miss').every((s) => s === 'stale' || s === 'hit')).toBe(true);
      const oneComputation = app.queryCount();
      expect(oneComputation).toBeGreaterThan(0);
      for (const r of burst) expect(r.json).toEqual(burst[0]?.json);
      // The answer computed afresh is kept: fresh again, from memory.
      app.resetQueryCount();
      expect((await read()).status).toBe('hit');
      expect(app.queryCount()).toBe(0);

      // Past the stale window too: nothing is served from memory; the next reader computes it.
      cache.now = () => realNow() + (2 * PUBLIC_MAX_AGE_SECONDS + STALE_WHILE_REVALIDATE_SECONDS + 2) * 1000;
      expect((await read()).status).toBe('miss');
      expect((await read()).status).toBe('hit');
    } finally {
      cache.now = realNow;
    }
  });

  it('never serves a stale answer after a change a reader could see', async () => {
    const before = await cached();
    const cache = app.beacon.publicCache as PublicResponseCache;
    const realNow = cache.now;
    try {
      cache.now = () => realNow() + (PUBLIC_MAX_AGE_SECONDS + 1) * 1000;
      await published(app, campaign, before.length + 1, 'Later: a change while the entry was stale.');
      const after = await read();
      expect(after.status).toBe('miss');
      expect(spotlightsOf(after.json)).toHaveLength(before.length + 1);
    } finally {
      cache.now = realNow;
    }
  });

  it('answers afresh while it cannot hear other instances (suspended), and starts empty when it can again', async () => {
    await cached();
    const cache = app.beacon.publicCache as PublicResponseCache;
    // What RedisPublicChanges does when its Redis connection drops, and when it is subscribed again.
    cache.suspend();
    expect(cache.size).toBe(0);
    app.resetQueryCount();
    expect((await read()).status).toBe('bypass');
    expect((await read()).status).toBe('bypass');
    expect(app.queryCount()).toBeGreaterThan(0);
    expect(cache.size).toBe(0);

    cache.resume();
    expect((await read()).status).toBe('miss');
    expect((await read()).status).toBe('hit');
  });
});

describe('BEACON_PUBLIC_CACHE=off', () => {
  let app: TestApp;
  let url: string;
  let campaign: Campaign;

  beforeAll(async () => {
    app = await createTestApp({ BEACON_PUBLIC_CACHE: 'off' });
    url = await app.listen();
    campaign = await buildCampaign(app.orm.em.fork());
    await published(app, campaign, 1, 'Always computed.');
  });
  afterAll(() => app?.close());

  it('computes every anonymous hub afresh, from the database', async () => {
    const read = () =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: HUB, variables: { campaign: campaign.slug } }),
      });
    await read();
    app.resetQueryCount();
    const second = await read();
    expect(((await second.json()) as HubAnswer).data?.hub?.spotlights.nodes).toHaveLength(1);
    expect(second.headers.get(CACHE_STATUS_HEADER)).toBeNull();
    expect(app.queryCount()).toBeGreaterThan(0);
    expect(app.beacon.publicCache).toBeNull();
  });
});
