/**
 * The lists a role-aware home page and a pipeline board read: recognitions filtered by nominator and
 * schedule, in the order each queue needs, and counts per status that agree with the lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign, buildRecognition } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { type Recognition, RecognitionStatus as S } from './recognition.entity.js';

const LIST = /* GraphQL */ `
  query List($filter: RecognitionFilter, $order: RecognitionOrder, $first: Int, $after: String) {
    recognitions(filter: $filter, orderBy: $order, first: $first, after: $after) {
      totalCount
      nodes { id status rank }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const COUNTS = `query($filter: RecognitionFilter) { recognitionStatusCounts(filter: $filter) { status count } }`;

type List = {
  recognitions: {
    totalCount: number;
    nodes: { id: string; status: string; rank: number | null }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
type Counts = { recognitionStatusCounts: { status: string; count: number }[] };

const HOUR = 3_600_000;

describe('recognition lists and counts for home pages and boards', () => {
  let app: TestApp;
  let ed: StaffUser;
  let eve: StaffUser;
  let reviewer: StaffUser;
  let campaign: Campaign;
  const made: Record<string, Recognition> = {};

  beforeAll(async () => {
    app = await createTestApp();
    ed = await app.staff(StaffRole.EDITOR);
    eve = await app.staff(StaffRole.EDITOR);
    reviewer = await app.staff(StaffRole.SAFETY_REVIEWER);
    const em = app.orm.em.fork();
    campaign = await buildCampaign(em);
    const other = await buildCampaign(em);
    const at = (hours: number) => new Date(Date.UTC(2023, 4, 1) + hours * HOUR);
    const add = async (key: string, overrides: Partial<Recognition>) => {
      made[key] = await buildRecognition(em, { campaign, ...overrides });
    };
    await add('edWaiting', { nominatedBy: ed, status: S.NOMINATED, nominatedAt: at(3) });
    await add('eveWaiting', { nominatedBy: eve, status: S.NOMINATED, nominatedAt: at(1) });
    await add('eveWaiting2', { nominatedBy: eve, status: S.NOMINATED, nominatedAt: at(2) });
    await add('edReturned', { nominatedBy: ed, status: S.RETURNED_FOR_CHANGES, nominatedAt: at(4) });
    const soon = new Date(Date.now() + 2 * HOUR);
    const later = new Date(Date.now() + 48 * HOUR);
    await add('dueSoon', { nominatedBy: eve, status: S.SCHEDULED, scheduledFor: soon, nominatedAt: at(5) });
    await add('dueLater', { nominatedBy: ed, status: S.SCHEDULED, scheduledFor: later, nominatedAt: at(6) });
    await add('second', { nominatedBy: ed, status: S.PUBLISHED, rank: 2, nominatedAt: at(7) });
    await add('first', { nominatedBy: eve, status: S.PUBLISHED, rank: 1, nominatedAt: at(8) });
    await add('rejected', { nominatedBy: ed, status: S.REJECTED, liveSlot: null, nominatedAt: at(9) });
    // Elsewhere: must never be counted or listed for this campaign.
    await buildRecognition(em, { campaign: other, nominatedBy: ed, status: S.NOMINATED });
  });
  afterAll(() => app?.close());

  const ids = (...keys: string[]) => keys.map((k) => made[k]?.globalId);
  const list = async (user: StaffUser, filter: Record<string, unknown>, order?: string, first = 50) =>
    dataOf(
      await app.run<List>(
        LIST,
        { filter: { campaignId: campaign.globalId, ...filter }, first, ...(order ? { order } : {}) },
        user,
      ),
    ).recognitions;

  it("gives an editor the nominations returned to them, and a reviewer the queue of other people's, longest waiting first", async () => {
    const returned = await list(ed, { nominatedByMe: true, statuses: ['RETURNED_FOR_CHANGES'] });
    expect(returned.nodes.map((n) => n.id)).toEqual(ids('edReturned'));
    const edQueue = await list(ed, { nominatedByMe: false, statuses: ['NOMINATED'] }, 'OLDEST_NOMINATION');
    expect(edQueue.nodes.map((n) => n.id)).toEqual(ids('eveWaiting', 'eveWaiting2'));
    const queue = await list(reviewer, { statuses: ['NOMINATED'] }, 'OLDEST_NOMINATION');
    expect(queue.nodes.map((n) => n.id)).toEqual(ids('eveWaiting', 'eveWaiting2', 'edWaiting'));
    const byEve = await list(reviewer, { nominatedById: eve.globalId });
    expect(byEve.nodes.map((n) => n.id)).toEqual(ids('first', 'dueSoon', 'eveWaiting2', 'eveWaiting'));
  });

  it('gives a publisher what is due to publish soonest first, and the published spotlight in rank order', async () => {
    const dueToday = await list(
      reviewer,
      { scheduledBefore: new Date(Date.now() + 24 * HOUR) },
      'SCHEDULED_SOONEST',
    );
    expect(dueToday.nodes.map((n) => n.id)).toEqual(ids('dueSoon'));
    const scheduled = await list(reviewer, {}, 'SCHEDULED_SOONEST', 1);
    expect(scheduled.totalCount).toBe(2);
    expect(scheduled.nodes.map((n) => n.id)).toEqual(ids('dueSoon'));
    const next = dataOf(
      await app.run<List>(
        LIST,
        {
          filter: { campaignId: campaign.globalId },
          order: 'SCHEDULED_SOONEST',
          first: 1,
          after: scheduled.pageInfo.endCursor,
        },
        reviewer,
      ),
    ).recognitions;
    expect(next.nodes.map((n) => n.id)).toEqual(ids('dueLater'));
    expect(next.pageInfo.hasNextPage).toBe(false);
    const ranked = await list(reviewer, {}, 'RANK');
    expect(ranked.nodes.map((n) => [n.id, n.rank])).toEqual([
      [made.first?.globalId, 1],
      [made.second?.globalId, 2],
    ]);
  });

  it('counts every status of a campaign in one query, agreeing with the lists, zeros included', async () => {
    app.resetQueryCount();
    const counts = dataOf(
      await app.run<Counts>(COUNTS, { filter: { campaignId: campaign.globalId } }, reviewer),
    ).recognitionStatusCounts;
    // One statement for the staff member this test runs as, one for the counts.
    expect(app.queryCount()).toBeLessThanOrEqual(2);
    expect(counts).toEqual([
      { status: 'NOMINATED', count: 3 },
      { status: 'RETURNED_FOR_CHANGES', count: 1 },
      { status: 'REJECTED', count: 1 },
      { status: 'SAFETY_REVIEWED', count: 0 },
      { status: 'APPROVED', count: 0 },
      { status: 'SCHEDULED', count: 2 },
      { status: 'PUBLISHED', count: 2 },
      { status: 'WITHDRAWN', count: 0 },
    ]);
    for (const { status, count } of counts) {
      expect((await list(reviewer, { statuses: [status] })).totalCount, status).toBe(count);
    }
    const mine = dataOf(
      await app.run<Counts>(COUNTS, { filter: { campaignId: campaign.globalId, nominatedByMe: true } }, ed),
    ).recognitionStatusCounts;
    expect(mine.find((c) => c.status === 'NOMINATED')?.count).toBe(1);
    // Across every campaign, the other campaign's nomination counts too.
    const everywhere = dataOf(
      await app.run<Counts>(COUNTS, { filter: { nominatedById: ed.globalId } }, reviewer),
    ).recognitionStatusCounts;
    expect(everywhere.find((c) => c.status === 'NOMINATED')?.count).toBe(2);
  });

  it('refuses a nominator ID of another type and anonymous clients', async () => {
    const wrong = await app.run(LIST, { filter: { nominatedById: campaign.globalId } }, reviewer);
    expect(codesOf(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'filter.nominatedById', message: 'is not a StaffUser ID' },
    ]);
    expect(codesOf(await app.run(COUNTS, {}))).toEqual(['UNAUTHENTICATED']);
  });
});
