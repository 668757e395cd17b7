/**
 * The grants list in each order the staff table sorts by: walking it page by page, forwards or backwards,
 * gives every grant exactly once, in order, whatever ties there are; "largest" never ranks one currency's
 * amounts against another's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign, buildGrant, buildOrganisation } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { StaffUser } from '../staff/staff-user.entity.js';

const PAGE = /* GraphQL */ `
  query Page($order: GrantOrder!, $first: Int, $after: String, $last: Int, $before: String, $filter: GrantFilter) {
    adCreditGrants(orderBy: $order, first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      nodes { note amount { amountMinor currency } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

interface Page {
  adCreditGrants: {
    nodes: { note: string; amount: { amountMinor: number; currency: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  };
}

// [note, amount in minor units, currency], in the order they are recorded. Ties on amount in both currencies.
const GRANTS: [string, number, string][] = [
  ['usd-5000', 500_000, 'USD'],
  ['gbp-900', 90_000, 'GBP'],
  ['usd-250k-a', 25_000_000, 'USD'],
  ['jpy-1m', 1_000_000, 'JPY'],
  ['usd-5000-b', 500_000, 'USD'],
  ['gbp-900-b', 90_000, 'GBP'],
  ['usd-1', 100, 'USD'],
];

describe('ordering the grants list', () => {
  let app: TestApp;
  let viewer: StaffUser;
  let campaignId: string;

  beforeAll(async () => {
    app = await createTestApp();
    viewer = await app.staff(StaffRole.VIEWER);
    const em = app.orm.em.fork();
    const campaign = await buildCampaign(em);
    const organisation = await buildOrganisation(em);
    campaignId = campaign.globalId;
    for (const [note, amountMinor, currency] of GRANTS)
      await buildGrant(em, { campaign, organisation, note, amountMinor, currency });
  });
  afterAll(() => app?.close());

  const page = async (variables: Record<string, unknown>) =>
    dataOf(await app.run<Page>(PAGE, { filter: { campaignId }, ...variables }, viewer)).adCreditGrants;

  const walkForwards = async (order: string) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: Page['adCreditGrants'] = await page({ order, first: 2, after });
      seen.push(...p.nodes.map((n) => n.note));
      if (!p.pageInfo.hasNextPage) return seen;
      after = p.pageInfo.endCursor;
    }
  };

  const walkBackwards = async (order: string) => {
    const seen: string[][] = [];
    let before: string | null = null;
    let p: Page['adCreditGrants'] = await page({ order, last: 2 });
    for (;;) {
      seen.unshift(p.nodes.map((n) => n.note));
      if (!p.pageInfo.hasPreviousPage) return seen.flat();
      before = p.pageInfo.startCursor;
      p = await page({ order, last: 2, before });
    }
  };

  it('lists the largest amount first within each currency, currencies A to Z, every grant once', async () => {
    const largest = await walkForwards('LARGEST');
    // Equal amounts come in a stable order (by ID), the same both ways.
    expect(largest).toEqual([
      expect.stringMatching(/^gbp-900/),
      expect.stringMatching(/^gbp-900/),
      'jpy-1m',
      'usd-250k-a',
      expect.stringMatching(/^usd-5000/),
      expect.stringMatching(/^usd-5000/),
      'usd-1',
    ]);
    expect(new Set(largest).size).toBe(GRANTS.length);
    expect(await walkBackwards('LARGEST')).toEqual(largest);
  });

  it('still lists the newest first by default, every grant once', async () => {
    const newest = await walkForwards('NEWEST');
    expect(newest).toHaveLength(GRANTS.length);
    expect(new Set(newest).size).toBe(GRANTS.length);
    expect(await walkBackwards('NEWEST')).toEqual(newest);
  });

  it('refuses an order it does not know, with a clear error', async () => {
    const result = await app.run(PAGE, { order: 'SMALLEST', first: 2 }, viewer);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
  });
});
