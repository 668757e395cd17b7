/**
 * Nested lists load in batches: the number of SQL statements of a nested query does not grow with the
 * number of parents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator, buildEnrolment, buildSession, buildVideo } from '../../test/factories.js';
import { createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
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
