import { Topic } from '@beacon/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCrisisResource } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { STALE_AFTER_DAYS } from './crisis-resource.service.js';

const DIRECTORY = /* GraphQL */ `
  query Directory($filter: CrisisResourceDirectoryFilter, $first: Int, $after: String) {
    crisisResourceDirectory(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { name isStale archivedAt }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

type Directory = {
  crisisResourceDirectory: {
    totalCount: number;
    nodes: { name: string; isStale: boolean; archivedAt: unknown }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);

describe('the staff crisis resource directory', () => {
  let app: TestApp;
  let viewer: StaffUser;

  const list = async (filter: Record<string, unknown> | null, first = 50, after: string | null = null) =>
    dataOf(await app.run<Directory>(DIRECTORY, { filter, first, after }, viewer)).crisisResourceDirectory;
  const names = async (filter: Record<string, unknown> | null) =>
    (await list(filter)).nodes.map((n) => n.name);

  beforeAll(async () => {
    app = await createTestApp();
    viewer = await app.staff(StaffRole.VIEWER);
    const em = app.orm.em.fork();
    await buildCrisisResource(em, { name: 'Alpha line', regions: ['GB'], topics: [Topic.SELF_HARM] });
    await buildCrisisResource(em, {
      name: 'Bravo line',
      organisationName: 'Harbour Trust',
      regions: ['GB', 'IE'],
      lastVerifiedAt: daysAgo(STALE_AFTER_DAYS + 30),
    });
    await buildCrisisResource(em, {
      name: 'Charlie line',
      regions: ['US'],
      topics: [Topic.SELF_HARM],
      archivedAt: new Date(),
      lastVerifiedAt: daysAgo(STALE_AFTER_DAYS + 1),
    });
    await buildCrisisResource(em, { name: 'Delta line', regions: ['US'], archivedAt: new Date() });
    await buildCrisisResource(em, { name: 'Echo directory', regions: [], isGlobal: true });
  });
  afterAll(() => app?.close());

  it('lists every resource to staff by name, archived and overdue ones included', async () => {
    const page = await list(null);
    expect(page.totalCount).toBe(5);
    expect(
      page.nodes.map((n) => ({ name: n.name, stale: n.isStale, archived: n.archivedAt !== null })),
    ).toEqual([
      { name: 'Alpha line', stale: false, archived: false },
      { name: 'Bravo line', stale: true, archived: false },
      { name: 'Charlie line', stale: true, archived: true },
      { name: 'Delta line', stale: false, archived: true },
      { name: 'Echo directory', stale: false, archived: false },
    ]);
  });

  it.each([
    [{ region: 'GB' }, ['Alpha line', 'Bravo line']],
    [{ region: 'US' }, ['Charlie line', 'Delta line']],
    [{ region: 'IE' }, ['Bravo line']],
    [{ overdue: true }, ['Bravo line', 'Charlie line']],
    [{ overdue: false }, ['Alpha line', 'Delta line', 'Echo directory']],
    [{ archived: true }, ['Charlie line', 'Delta line']],
    [{ archived: false }, ['Alpha line', 'Bravo line', 'Echo directory']],
    [{ overdue: true, archived: false }, ['Bravo line']],
    [{ region: 'US', overdue: true }, ['Charlie line']],
    [{ topic: 'SELF_HARM' }, ['Alpha line', 'Charlie line']],
    [{ search: 'harbour' }, ['Bravo line']],
    [{ search: 'ECHO' }, ['Echo directory']],
  ])('filters by %o', async (filter, expected) => {
    expect(await names(filter)).toEqual(expected);
  });

  it('pages with first and after without skipping or repeating a resource', async () => {
    const first = await list(null, 2);
    expect(first.nodes.map((n) => n.name)).toEqual(['Alpha line', 'Bravo line']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list(null, 2, first.pageInfo.endCursor);
    expect(second.nodes.map((n) => n.name)).toEqual(['Charlie line', 'Delta line']);
    const third = await list(null, 2, second.pageInfo.endCursor);
    expect(third.nodes.map((n) => n.name)).toEqual(['Echo directory']);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a region that is not an ISO code, naming the field', async () => {
    const result = await app.run(DIRECTORY, { filter: { region: 'Britain' } }, viewer);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('is not open to a public client, who sees only their region through crisisResources', async () => {
    expect(codesOf(await app.run(DIRECTORY, { filter: null }, null))).toEqual(['UNAUTHENTICATED']);
  });
});
