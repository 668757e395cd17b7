/**
 * The creators list pages correctly in every order a staff table sorts by: walking it page by page,
 * forwards or backwards, gives every matching creator exactly once, in order, whatever ties there are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator } from '../../test/factories.js';
import { createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { StaffUser } from '../staff/staff-user.entity.js';

const PAGE = /* GraphQL */ `
  query Page($order: CreatorOrder!, $first: Int, $after: String, $last: Int, $before: String, $filter: CreatorFilter) {
    creators(orderBy: $order, first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      nodes { handle displayName followerCount createdAt }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

type Row = { handle: string; displayName: string; followerCount: number; createdAt: string };
type Page = {
  creators: {
    totalCount: number;
    nodes: Row[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
};

const REGION = 'NZ';

describe('sorting and paging the creators list', () => {
  let app: TestApp;
  let viewer: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    viewer = await app.staff(StaffRole.VIEWER);
    const em = app.orm.em.fork();
    // Ties on every sort key: shared follower counts, shared display names (one differing only in case),
    // shared creation instants.
    const created = new Date('2023-05-01T09:00:00Z');
    const names = ['Ava', 'ava', 'Ben', 'Ben', 'Cleo', 'Dev', 'Élodie', 'Fay', 'Gus', 'Hana', 'ivo'];
    for (const [i, displayName] of names.entries()) {
      await buildCreator(em, {
        handle: `order_${String(i).padStart(2, '0')}`,
        displayName,
        region: REGION,
        followerCount: [500, 500, 1200, 90, 500, 1200, 0, 90, 500, 7000, 1200][i],
        createdAt: new Date(created.getTime() + (i % 3) * 60_000),
      });
    }
  });
  afterAll(() => app?.close());

  const page = async (variables: Record<string, unknown>) =>
    dataOf(await app.run<Page>(PAGE, { filter: { region: REGION }, ...variables }, viewer)).creators;

  async function walkForwards(order: string, size: number): Promise<Row[]> {
    const rows: Row[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const p = await page({ order, first: size, after });
      rows.push(...p.nodes);
      if (!p.pageInfo.hasNextPage) return rows;
      after = p.pageInfo.endCursor;
    }
    throw new Error('never reached the last page');
  }

  async function walkBackwards(order: string, size: number): Promise<Row[]> {
    const rows: Row[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const p = await page({ order, last: size, before });
      rows.unshift(...p.nodes);
      if (!p.pageInfo.hasPreviousPage) return rows;
      before = p.pageInfo.startCursor;
    }
    throw new Error('never reached the first page');
  }

  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const expected: Record<string, (a: Row, b: Row) => number> = {
    HANDLE: (a, b) => collator.compare(a.handle, b.handle),
    NAME: (a, b) => collator.compare(a.displayName.toLowerCase(), b.displayName.toLowerCase()),
    FOLLOWERS: (a, b) => b.followerCount - a.followerCount,
    NEWEST: (a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime(),
  };

  for (const order of ['HANDLE', 'NAME', 'FOLLOWERS', 'NEWEST']) {
    it(`gives every creator exactly once, in ${order} order, forwards and backwards, in pages of 1, 3 and 4`, async () => {
      const all = (await page({ order, first: 100 })).nodes;
      expect(all).toHaveLength(11);
      for (let i = 1; i < all.length; i++) {
        expect(expected[order]?.(all[i - 1] as Row, all[i] as Row), `${order} at ${i}`).toBeLessThanOrEqual(
          0,
        );
      }
      for (const size of [1, 3, 4]) {
        expect((await walkForwards(order, size)).map((r) => r.handle)).toEqual(all.map((r) => r.handle));
        expect((await walkBackwards(order, size)).map((r) => r.handle)).toEqual(all.map((r) => r.handle));
      }
    });
  }
});
