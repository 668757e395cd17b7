/**
 * Nested lists load in batches: the number of SQL statements of a nested query does not grow with the
 * number of parents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator, buildEnrolment, buildSession, buildVideo } from '../../test/factories.js';
import { createTestApp, dataOf, lane, StaffRole, type TestApp } from '../../test/test-app.js';
import type { StaffUser } from '../staff/staff-user.entity.js';

const NESTED = /* GraphQL */ `
  query Nested($first: Int!) {
    creators(first: $first, filter: { region: "NZ" }) {
      nodes {
        handle
        videos(first: 5) { nodes { title advisory { required } creator { handle } } }
        enrolments(first: 5) { nodes { completed session { title } } }
      }
    }
  }
`;

type Nested = {
  creators: {
    nodes: { videos: { nodes: unknown[] }; enrolments: { nodes: { session: { title: string } }[] } }[];
  };
};

describe('nested list queries', () => {
  let app: TestApp;
  let viewer: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    viewer = await app.staff(StaffRole.VIEWER);
    const em = app.orm.em.fork();
    const sessions = [await buildSession(em), await buildSession(em)];
    for (let i = 0; i < 100; i++) {
      const creator = await buildCreator(em, { region: 'NZ', handle: `nz_${String(i).padStart(3, '0')}` });
      await buildVideo(em, { creator });
      await buildVideo(em, { creator });
      await buildEnrolment(em, { creator, session: sessions[i % 2] });
    }
  }, 120_000);
  afterAll(() => app?.close());

  async function statementsFor(first: number): Promise<{ count: number; data: Nested }> {
    app.resetQueryCount();
    const data = dataOf(await app.run<Nested>(NESTED, { first }, viewer));
    return { count: app.queryCount(), data };
  }

  it('runs the same number of SQL statements for 1, 10 and 100 creators', async () => {
    const one = await statementsFor(1);
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten.data.creators.nodes).toHaveLength(10);
    expect(ten.count).toBe(one.count);
    expect(one.data.creators.nodes).toHaveLength(1);
    expect(hundred.data.creators.nodes).toHaveLength(100);
    expect(
      hundred.data.creators.nodes.every(
        (c) => c.videos.nodes.length === 2 && c.enrolments.nodes.length === 1,
      ),
    ).toBe(true);
    expect(hundred.data.creators.nodes[0]?.enrolments.nodes[0]?.session.title).toMatch(/^Safe messaging/);
    expect(hundred.count).toBe(one.count);
    // One statement per level, plus the session lookup: a small constant.
    expect(one.count).toBeLessThanOrEqual(8);
  });
});

/** Rows a creator search reads before the list: SQLite asks its trigram index how common the term is. */
const SEARCH_PROBE = lane() === 'sqlite' ? 1 : 0;

const PAGED = /* GraphQL */ `
  query Paged($handle: String!, $first: Int!, $after: String, $withCount: Boolean!) {
    creators(first: 1, filter: { search: $handle }) {
      nodes {
        videos(first: $first, after: $after) {
          totalCount @include(if: $withCount)
          nodes { title }
          pageInfo { hasNextPage hasPreviousPage endCursor }
        }
      }
    }
  }
`;

type Paged = {
  creators: {
    nodes: {
      videos: {
        totalCount?: number;
        nodes: { title: string }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      };
    }[];
  };
};

describe("a nested list's page", () => {
  let app: TestApp;
  let viewer: StaffUser;
  const titles: string[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    viewer = await app.staff(StaffRole.VIEWER);
    const em = app.orm.em.fork();
    const creator = await buildCreator(em, { handle: 'prolific_poster' });
    for (let i = 0; i < 40; i++) {
      const video = await buildVideo(em, {
        creator,
        title: `Video ${String(i).padStart(2, '0')}`,
        publishedAt: new Date(Date.UTC(2023, 4, 1 + (i % 20), i)),
      });
      titles.push(video.title);
    }
  }, 120_000);
  afterAll(() => app?.close());

  const page = async (first: number, after: string | null, withCount = false) => {
    app.resetQueryCount();
    const result = await app.run<Paged>(
      PAGED,
      { handle: 'prolific_poster', first, after, withCount },
      viewer,
    );
    const data = dataOf(result);
    const videos = data.creators.nodes[0]?.videos;
    if (!videos) throw new Error('the creator is missing');
    return { videos, rows: app.rowsRead() };
  };

  it('reads at most first + 1 of a parent’s 40 children, and pages through all of them newest first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { videos, rows } = await page(7, after);
      pages++;
      // The creator, the staff member's session and at most 8 videos (and on SQLite the one-row count the
      // search index is asked first, dialect.ts indexedTextSearch).
      expect(rows).toBeLessThanOrEqual(SEARCH_PROBE + 1 + 1 + 8);
      expect(videos.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...videos.nodes.map((v) => v.title));
      if (!videos.pageInfo.hasNextPage) break;
      after = videos.pageInfo.endCursor;
    }
    expect(pages).toBe(6);
    expect(new Set(seen).size).toBe(40);
    expect([...seen].sort()).toEqual([...titles].sort());
  });

  it('counts every child for totalCount without reading them', async () => {
    const { videos, rows } = await page(3, null, true);
    expect(videos.totalCount).toBe(40);
    expect(videos.nodes).toHaveLength(3);
    expect(rows).toBeLessThanOrEqual(SEARCH_PROBE + 1 + 1 + 4 + 1);
  });

  it('refuses a forged cursor as the client’s mistake', async () => {
    const result = await app.run(
      PAGED,
      { handle: 'prolific_poster', first: 3, after: 'bm90IGEgY3Vyc29y', withCount: false },
      viewer,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
