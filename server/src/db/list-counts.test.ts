/**
 * The unfiltered creator and video lists answer `totalCount` from counts the database maintains
 * (list-counts.ts): exact through every kind of write, including ones that fail and roll back. Filtered
 * lists count up to a bound and say when they stopped there.
 */
import { TOTAL_COUNT_BOUND, Topic } from '@beacon/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEntity } from '../modules/common/catalogue.js';
import { Creator, CreatorStatus } from '../modules/creators/creator.entity.js';
import type { StaffUser } from '../modules/staff/staff-user.entity.js';
import { AwarenessVideo } from '../modules/videos/awareness-video.entity.js';
import { buildCreator, buildVideo } from '../test/factories.js';
import { createTestApp, dataOf, StaffRole, type TestApp } from '../test/test-app.js';
import { maintainedCount } from './list-counts.js';
import { seedDemoProgramme } from './seed/demo-programme.js';

const COUNTS = /* GraphQL */ `
  query {
    creators { totalCount totalCountIsExact }
    allCreators: creators(filter: { includeArchived: true }) { totalCount totalCountIsExact }
    awarenessVideos { totalCount totalCountIsExact }
    allVideos: awarenessVideos(filter: { includeArchived: true }) { totalCount totalCountIsExact }
  }
`;

type Count = { totalCount: number; totalCountIsExact: boolean };

describe('maintained list counts', () => {
  let app: TestApp;
  let editor: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
  });
  afterAll(() => app?.close());

  /** What each list's totalCount says, beside what counting the rows says. */
  async function expectExact() {
    const staff = dataOf(
      await app.run<{ creators: Count; allCreators: Count; awarenessVideos: Count; allVideos: Count }>(
        COUNTS,
        {},
        editor,
      ),
    );
    const anonymous = dataOf(
      await app.run<{ creators: Count }>('query { creators { totalCount totalCountIsExact } }'),
    );
    const em = app.orm.em.fork();
    const exact = (n: number) => ({ totalCount: n, totalCountIsExact: true });
    expect(staff).toEqual({
      creators: exact(await em.count(Creator, { archivedAt: null })),
      allCreators: exact(await em.count(Creator, {})),
      awarenessVideos: exact(await em.count(AwarenessVideo, { archivedAt: null })),
      allVideos: exact(await em.count(AwarenessVideo, {})),
    });
    expect(anonymous.creators).toEqual(
      exact(await em.count(Creator, { archivedAt: null, status: CreatorStatus.ACTIVE })),
    );
    return staff;
  }

  it('starts exact on the demo programme, seeded in one transaction', async () => {
    const before = await expectExact();
    await seedDemoProgramme(app.orm.em.fork(), { onlyIfEmpty: false });
    const after = await expectExact();
    expect(after.creators.totalCount).toBeGreaterThan(before.creators.totalCount);
    expect(after.awarenessVideos.totalCount).toBeGreaterThan(before.awarenessVideos.totalCount);
  });

  it('follows a creator created, suspended and archived through the API, and a video added and deleted', async () => {
    const created = dataOf(
      await app.run<{ createCreator: { creator: { id: string; version: number } } }>(
        `mutation($input: CreateCreatorInput!) { createCreator(input: $input) { creator { id version } } }`,
        {
          input: {
            handle: '@counted_voice',
            displayName: 'Counted Voice',
            region: 'GB',
            profileUrl: 'https://video.example/@counted_voice',
            topics: ['GRIEF'],
          },
        },
        editor,
      ),
    ).createCreator.creator;
    const afterCreate = await expectExact();

    const suspended = dataOf(
      await app.run<{ updateCreator: { creator: { version: number } } }>(
        `mutation($input: UpdateCreatorInput!) { updateCreator(input: $input) { creator { version } } }`,
        { input: { id: created.id, expectedVersion: created.version, status: 'SUSPENDED' } },
        editor,
      ),
    ).updateCreator.creator;
    await expectExact();

    dataOf(
      await app.run(
        `mutation($input: ArchiveInput!) { archiveCreator(input: $input) { creator { id } } }`,
        { input: { id: created.id, expectedVersion: suspended.version } },
        editor,
      ),
    );
    const afterArchive = await expectExact();
    expect(afterArchive.creators.totalCount).toBe(afterCreate.creators.totalCount - 1);
    expect(afterArchive.allCreators.totalCount).toBe(afterCreate.allCreators.totalCount);

    const em = app.orm.em.fork();
    const video = await buildVideo(em);
    await expectExact();
    await em.remove(video).flush();
    await em.remove(video.creator).flush();
    await expectExact();
    // A statement written by hand (an operator's clean-up) is counted like any other write.
    const stray = await buildCreator(app.orm.em.fork());
    await app.orm.em.getConnection().execute('delete from creator where id = ?', [stray.id]);
    await expectExact();
  });

  it('counts every creator of a committed bulk import, in the commit', async () => {
    const before = await expectExact();
    const started = dataOf(
      await app.run<{ startCreatorImport: { creatorImport: { id: string } } }>(
        `mutation($input: StartCreatorImportInput!) { startCreatorImport(input: $input) { creatorImport { id } } }`,
        { input: { label: 'counted.csv', expectedRows: 3 } },
        editor,
      ),
    ).startCreatorImport.creatorImport;
    const rows = [1, 2, 3].map((n) => ({
      rowNumber: n,
      handle: `@counted_import_${n}`,
      displayName: `Counted Import ${n}`,
      region: 'GB',
      topics: ['ANXIETY'],
      profileUrl: `https://video.example/@counted_import_${n}`,
    }));
    dataOf(
      await app.run(
        `mutation($input: AddCreatorImportRowsInput!) { addCreatorImportRows(input: $input) { creatorImport { receivedRows } } }`,
        { input: { importId: started.id, rows } },
        editor,
      ),
    );
    dataOf(
      await app.run(
        `mutation($input: CreatorImportInput!) { commitCreatorImport(input: $input) { creatorImport { status } } }`,
        { input: { importId: started.id } },
        editor,
      ),
    );
    const after = await expectExact();
    expect(after.creators.totalCount).toBe(before.creators.totalCount + 3);
  });

  it('rolls a count back with a write that fails or is rolled back, and counts within the transaction', async () => {
    const before = await expectExact();
    const taken = await buildCreator(app.orm.em.fork());
    const withTaken = await expectExact();
    expect(withTaken.creators.totalCount).toBe(before.creators.totalCount + 1);

    // Rolled back after the insert: the count the transaction saw goes with it.
    await expect(
      app.orm.em.fork().transactional(async (tx) => {
        const creator = newEntity(Creator, {
          handle: 'rolled_back',
          displayName: 'Rolled Back',
          region: 'GB',
          languages: [],
          topics: [],
          profileUrl: 'https://video.example/@rolled_back',
        });
        await tx.persist(creator).flush();
        expect(await maintainedCount(tx, 'creator.unarchived')).toBe(withTaken.creators.totalCount + 1);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expectExact();

    // One statement inserting two creators, the second with a taken handle: neither is stored or counted.
    const em = app.orm.em.fork();
    for (const handle of ['fails_together', taken.handle]) {
      em.persist(
        newEntity(Creator, {
          handle,
          displayName: 'Fails Together',
          region: 'GB',
          languages: [],
          topics: [],
          profileUrl: `https://video.example/@${handle}`,
        }),
      );
    }
    await expect(em.flush()).rejects.toThrow();
    const after = await expectExact();
    expect(after).toEqual(withTaken);
  });
});

describe('bounded counts of filtered lists', () => {
  let app: TestApp;
  let editor: StaffUser;
  const tag = 'bound';

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    const em = app.orm.em.fork();
    // Bound + 6 creators: 5 in Ireland on self-care, bound + 1 in Great Britain on anxiety and self-harm.
    for (let i = 0; i < TOTAL_COUNT_BOUND + 6; i++) {
      em.persist(
        newEntity(Creator, {
          handle: `${tag}_${i}`,
          displayName: `Bounded ${i}`,
          region: i < 5 ? 'IE' : 'GB',
          languages: [],
          topics: i < 5 ? [Topic.SELF_CARE] : [Topic.ANXIETY, Topic.SELF_HARM],
          profileUrl: `https://video.example/@${tag}_${i}`,
        }),
      );
    }
    await em.flush();
  });
  afterAll(() => app?.close());

  const count = async (filter: Record<string, unknown>, user: StaffUser | null = editor) =>
    dataOf(
      await app.run<{ creators: Count }>(
        `query($filter: CreatorFilter) { creators(first: 1, filter: $filter) { totalCount totalCountIsExact } }`,
        { filter },
        user,
      ),
    ).creators;

  it(`stops counting past ${TOTAL_COUNT_BOUND} matches and says the figure is not exact`, async () => {
    expect(await count({ search: 'bounded' })).toEqual({
      totalCount: TOTAL_COUNT_BOUND,
      totalCountIsExact: false,
    });
    expect(await count({ region: 'GB' })).toEqual({
      totalCount: TOTAL_COUNT_BOUND,
      totalCountIsExact: false,
    });
    expect(await count({ region: 'GB' }, null)).toEqual({
      totalCount: TOTAL_COUNT_BOUND,
      totalCountIsExact: false,
    });
  });

  it('counts a topic filter exactly below the bound and stops past it, whichever place the topic holds', async () => {
    expect(await count({ topic: Topic.SELF_HARM })).toEqual({
      totalCount: TOTAL_COUNT_BOUND,
      totalCountIsExact: false,
    });
    expect(await count({ topic: Topic.SELF_CARE })).toEqual({ totalCount: 5, totalCountIsExact: true });
    expect(await count({ topic: Topic.ANXIETY, region: 'IE' })).toEqual({
      totalCount: 0,
      totalCountIsExact: true,
    });
  });

  it('counts exactly below the bound, and exactly for the unfiltered list whatever its size', async () => {
    expect(await count({ region: 'IE' })).toEqual({ totalCount: 5, totalCountIsExact: true });
    expect(await count({ search: 'bounded 99' })).toEqual({ totalCount: 11, totalCountIsExact: true });
    expect(await count({})).toEqual({
      totalCount: await app.orm.em.fork().count(Creator, { archivedAt: null }),
      totalCountIsExact: true,
    });
  });
});
