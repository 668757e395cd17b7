/**
 * What a CDN in front of Beacon is told: public answers say how long it may keep them and which campaigns
 * and creators they show (Surrogate-Key); a takedown (spotlight withdrawn, consent withdrawn) POSTs those
 * keys to BEACON_CDN_PURGE_URL before staff are told it is done, a publish purges nothing, and a purge the
 * CDN refuses is retried without undoing the takedown. The CDN is a local HTTP server recording what it got.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign, buildEligibleCreator, buildRecognition } from '../../test/factories.js';
import { createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { Creator } from '../creators/creator.entity.js';
import { type Recognition, RecognitionStatus } from '../recognitions/recognition.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { CdnPurge } from './cdn-purge.js';
import { PUBLIC_CACHE_CONTROL } from './public-cache.plugin.js';
import { InProcessPublicChanges } from './public-changes.js';

interface Purge {
  keysInBody: string[];
  keysInHeader: string[];
  authorization: string | undefined;
}

/** A stand-in CDN purge endpoint: records every POST; answers with the next status queued (else 200). */
async function fakeCdn() {
  const purges: Purge[] = [];
  const statuses: number[] = [];
  const waiting: Array<{ count: number; resolve: () => void }> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      purges.push({
        keysInBody: (JSON.parse(body) as { surrogateKeys: string[] }).surrogateKeys,
        keysInHeader: String(req.headers['surrogate-key'] ?? '').split(' '),
        authorization: req.headers.authorization,
      });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
      for (const w of waiting.filter((w) => purges.length >= w.count)) w.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/purge`,
    purges,
    statuses,
    /** Resolves once `count` purges have arrived. */
    received: (count: number) =>
      new Promise<void>((resolve) => {
        if (purges.length >= count) resolve();
        else waiting.push({ count, resolve });
      }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const HUB = `query($campaign: String!) { hub(campaign: $campaign) { spotlights { nodes { creator { handle } } } } }`;
const PUBLISH = `mutation($input: VersionedInput!) { publishRecognition(input: $input) { recognition { status } } }`;
const WITHDRAW = `mutation($input: WithdrawInput!) { withdrawRecognition(input: $input) { recognition { status } } }`;
const WITHDRAW_CONSENT = `mutation($input: WithdrawConsentInput!) { withdrawCreatorConsent(input: $input) { creator { handle } } }`;

describe('a CDN in front of the public hub', () => {
  let cdn: Awaited<ReturnType<typeof fakeCdn>>;
  let app: TestApp;
  let url: string;
  let campaign: Campaign;
  let publisher: StaffUser;

  beforeAll(async () => {
    cdn = await fakeCdn();
    app = await createTestApp({ BEACON_CDN_PURGE_URL: cdn.url, BEACON_CDN_PURGE_TOKEN: 'purge-secret' });
    url = await app.listen();
    campaign = await buildCampaign(app.orm.em.fork());
    publisher = await app.staff(StaffRole.PUBLISHER);
  });
  afterAll(async () => {
    await app?.close();
    await cdn?.close();
  });
  afterEach(() => {
    cdn.purges.length = 0;
  });

  const spotlight = async (status: RecognitionStatus): Promise<Recognition> => {
    const em = app.orm.em.fork();
    const { creator, video } = await buildEligibleCreator(em);
    return buildRecognition(em, {
      creator,
      campaign,
      featured: [video],
      status,
      ...(status === RecognitionStatus.PUBLISHED ? { rank: 1, publishedAt: new Date() } : {}),
    });
  };

  it('lets a CDN keep an anonymous hub, labelled with the campaign and creators it shows', async () => {
    const rec = await spotlight(RecognitionStatus.PUBLISHED);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: HUB, variables: { campaign: campaign.slug } }),
    });
    expect(response.status).toBe(200);
    const cacheControl = response.headers.get('cache-control') ?? '';
    expect(cacheControl).toBe(PUBLIC_CACHE_CONTROL);
    expect(cacheControl).toMatch(/s-maxage=\d+/);
    expect(cacheControl).toMatch(/stale-while-revalidate=\d+/);
    const keys = (response.headers.get('surrogate-key') ?? '').split(' ');
    expect(keys).toEqual(
      expect.arrayContaining(['public', `campaign:${campaign.id}`, `creator:${rec.creator.id}`]),
    );
  });

  it('purges the campaign and creator of a withdrawn spotlight before the withdrawal is acknowledged', async () => {
    const rec = await spotlight(RecognitionStatus.PUBLISHED);
    dataOf(
      await app.run(
        WITHDRAW,
        { input: { id: rec.globalId, expectedVersion: rec.version, reason: 'The creator asked us to' } },
        publisher,
      ),
    );
    // No waiting: the purge was sent before the mutation answered.
    expect(cdn.purges).toHaveLength(1);
    const [purge] = cdn.purges;
    expect(purge?.keysInBody).toEqual([`campaign:${campaign.id}`, `creator:${rec.creator.id}`].sort());
    expect(purge?.keysInHeader).toEqual(purge?.keysInBody);
    expect(purge?.authorization).toBe('Bearer purge-secret');
  });

  it('purges the creator and their spotlights when the creator withdraws consent', async () => {
    const rec = await spotlight(RecognitionStatus.PUBLISHED);
    const editor = await app.staff(StaffRole.EDITOR);
    const creator = await app.orm.em.fork().findOneOrFail(Creator, { id: rec.creator.id });
    dataOf(
      await app.run(
        WITHDRAW_CONSENT,
        { input: { id: creator.globalId, expectedVersion: creator.version } },
        editor,
      ),
    );
    const keys = cdn.purges.flatMap((p) => p.keysInBody);
    expect(keys).toEqual(expect.arrayContaining([`campaign:${campaign.id}`, `creator:${creator.id}`]));
  });

  it('purges nothing for a publish, which a CDN may pick up when its copy expires', async () => {
    const rec = await spotlight(RecognitionStatus.APPROVED);
    // The earlier cases withdrew their spotlights, so the campaign has room.
    dataOf(await app.run(PUBLISH, { input: { id: rec.globalId, expectedVersion: rec.version } }, publisher));
    expect(cdn.purges).toEqual([]);
  });
});

describe('a purge the CDN refuses', () => {
  it('is retried, and the takedown stands meanwhile', async () => {
    const cdn = await fakeCdn();
    try {
      cdn.statuses.push(503, 500);
      const channel = new InProcessPublicChanges();
      const purge = new CdnPurge({
        url: cdn.url,
        token: null,
        logger: pino({ level: 'silent' }),
        retryDelaysMs: [1, 1, 1],
      });
      purge.follow(channel);
      // The announcement (the takedown's commit hook) returns after the first, refused attempt.
      await channel.announce({ entities: ['Recognition'], takedownKeys: ['creator:c1'] });
      expect(cdn.purges).toHaveLength(1);
      await cdn.received(3);
      await purge.settled();
      expect(cdn.purges.map((p) => p.keysInBody)).toEqual([['creator:c1'], ['creator:c1'], ['creator:c1']]);
      expect(cdn.purges[0]?.authorization).toBeUndefined();
    } finally {
      await cdn.close();
    }
  });
});
