/**
 * Two Beacon instances on one database and one Redis: a withdrawal made through one empties the other's
 * public cache too, so no instance keeps serving a spotlight another instance withdrew; and only the
 * instance that made the change purges the CDN.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemporaryDatabase, type TemporaryDatabase } from '../../db/temporary-database.js';
import { buildCampaign, buildEligibleCreator, buildRecognition } from '../../test/factories.js';
import { redisTestPrefix, TEST_REDIS_URL } from '../../test/redis.js';
import { createTestApp, dataOf, lane, StaffRole, type TestApp } from '../../test/test-app.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { type Recognition, RecognitionStatus } from '../recognitions/recognition.entity.js';
import type { PublicChange } from './public-changes.js';
import { CACHE_STATUS_HEADER } from './public-response-cache.js';

const HUB = `query($c: String!) { hub(campaign: $c) { spotlights { nodes { creator { handle } } } } }`;
const WITHDRAW = `mutation($input: WithdrawInput!) { withdrawRecognition(input: $input) { recognition { status } } }`;

describe('public changes shared through Redis', () => {
  const redis = redisTestPrefix();
  let db: TemporaryDatabase;
  let writer: TestApp;
  let reader: TestApp;
  let readerUrl: string;
  let campaign: Campaign;
  let spotlight: Recognition;
  const heardByReader: PublicChange[] = [];
  let heard: () => void = () => undefined;

  beforeAll(async () => {
    db = await createTemporaryDatabase(lane(), 'test');
    const env = { REDIS_URL: TEST_REDIS_URL, BEACON_REDIS_KEY_PREFIX: redis.prefix };
    writer = await createTestApp(env, { database: db.config });
    reader = await createTestApp(env, { database: db.config });
    readerUrl = await reader.listen();
    reader.beacon.publicChanges.listen((change) => {
      heardByReader.push(change);
      heard();
    });
    const em = writer.orm.em.fork();
    campaign = await buildCampaign(em);
    const { creator, video } = await buildEligibleCreator(em);
    spotlight = await buildRecognition(em, {
      creator,
      campaign,
      featured: [video],
      status: RecognitionStatus.PUBLISHED,
      rank: 1,
      publishedAt: new Date(),
    });
  });
  afterAll(async () => {
    await reader?.close();
    await writer?.close();
    await db?.drop();
    await redis.cleanUp();
  });

  const read = async () => {
    const response = await fetch(`${readerUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: HUB, variables: { c: campaign.slug } }),
    });
    const json = (await response.json()) as { data: { hub: { spotlights: { nodes: unknown[] } } } };
    return {
      status: response.headers.get(CACHE_STATUS_HEADER),
      count: json.data.hub.spotlights.nodes.length,
    };
  };

  it("empties another instance's cache when a spotlight is withdrawn through this one", async () => {
    await read();
    expect(await read()).toEqual({ status: 'hit', count: 1 });
    heardByReader.length = 0;

    const told = new Promise<void>((resolve) => {
      heard = resolve;
    });
    const publisher = await writer.staff(StaffRole.PUBLISHER);
    dataOf(
      await writer.run(
        WITHDRAW,
        { input: { id: spotlight.globalId, expectedVersion: spotlight.version, reason: 'Asked to' } },
        publisher,
      ),
    );
    // Pub/sub delivers to the other instance after the writer's commit: wait until it has heard.
    await told;
    expect(await read()).toEqual({ status: 'miss', count: 0 });
    // The writer purged the CDN; the reader is told only to empty its cache.
    expect(heardByReader.every((c) => c.takedownKeys.length === 0)).toBe(true);
  });
});
