/**
 * A campaign's spotlight capacity holds when many publishers press "publish" at the same moment: each
 * operation runs in its own request context, so on PostgreSQL the publishes really race each other over
 * the pool's connections. On SQLite one server holds one connection, so there the publishes run one after
 * another and this lane checks the answers and ranks, not the lock: db/locks.test.ts races two servers'
 * connections for the last place on both engines and fails on either when the lock is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign, buildRecognition, buildStaff } from '../../test/factories.js';
import { codesOf, createTestApp, StaffRole, type TestApp } from '../../test/test-app.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Recognition, RecognitionStatus } from './recognition.entity.js';

const PUBLISH = `mutation($input: VersionedInput!) {
  publishRecognition(input: $input) { recognition { id status rank } }
}`;

const CAPACITY = 10;
const CONTENDERS = 50;

describe('spotlight capacity under concurrent publishing', () => {
  let app: TestApp;
  let campaign: Campaign;
  let publisher: StaffUser;
  const approved: Recognition[] = [];

  // Building fifty eligible nominations is setup, done in the hook: the case itself is only the race.
  beforeAll(async () => {
    // Fifty publishes queue on one campaign lock (and for the pool's connections, which the queue holds);
    // on a busy machine the last may wait longer than an ordinary request is allowed to. This test is about the invariant, not the deadlines (tested on their
    // own), so the deadlines are set far beyond any queue here.
    app = await createTestApp({
      BEACON_EXECUTION_TIMEOUT_MS: '300000',
      BEACON_DB_STATEMENT_TIMEOUT_MS: '300000',
      BEACON_DB_ACQUIRE_TIMEOUT_MS: '300000',
    });
    const em = app.orm.em.fork();
    campaign = await buildCampaign(em, { spotlightCapacity: CAPACITY });
    const nominator = await buildStaff(em, { role: StaffRole.EDITOR });
    publisher = await app.staff(StaffRole.PUBLISHER);
    for (let i = 0; i < CONTENDERS; i++) {
      approved.push(
        await buildRecognition(em, { campaign, nominatedBy: nominator, status: RecognitionStatus.APPROVED }),
      );
    }
  });
  afterAll(() => app?.close());

  it(`publishes exactly ${CAPACITY} of ${CONTENDERS} approved spotlights published at once and refuses the rest with CAPACITY_REACHED`, async () => {
    const results = await Promise.all(
      approved.map((rec) =>
        app.run(PUBLISH, { input: { id: rec.globalId, expectedVersion: rec.version } }, publisher),
      ),
    );

    const succeeded = results.filter((r) => !r.errors?.length);
    const refused = results.filter((r) => r.errors?.length);
    expect(succeeded).toHaveLength(CAPACITY);
    expect(refused).toHaveLength(CONTENDERS - CAPACITY);
    // Every refusal says why in a way a client can act on; none is a lock timeout or an internal error.
    expect(refused.flatMap(codesOf)).toEqual(Array(CONTENDERS - CAPACITY).fill('CAPACITY_REACHED'));

    const published = await app.orm.em
      .fork()
      .find(
        Recognition,
        { campaign: campaign.id, status: RecognitionStatus.PUBLISHED },
        { orderBy: { rank: 'asc' } },
      );
    expect(published).toHaveLength(CAPACITY);
    expect(published.map((r) => r.rank)).toEqual(Array.from({ length: CAPACITY }, (_, i) => i + 1));
    // The ones the database holds as published are exactly the ones the publishers were told succeeded.
    const toldPublished = succeeded.map(
      (r) =>
        (r.data as { publishRecognition: { recognition: { id: string } } }).publishRecognition.recognition.id,
    );
    expect(published.map((r) => r.globalId).sort()).toEqual(toldPublished.sort());
    expect(
      await app.orm.em
        .fork()
        .count(Recognition, { campaign: campaign.id, status: RecognitionStatus.APPROVED }),
    ).toBe(CONTENDERS - CAPACITY);
  });
});
