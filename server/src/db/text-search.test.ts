/**
 * Searching the creator and video lists is served by each engine's trigram index (dialect.ts,
 * `indexedTextSearch`) and finds exactly what the plain LIKE search finds, for any term: wildcards, FTS5
 * syntax, quotes, letters LIKE does not fold, terms too short for a trigram.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '../modules/common/node.js';
import { Creator } from '../modules/creators/creator.entity.js';
import type { StaffUser } from '../modules/staff/staff-user.entity.js';
import { AwarenessVideo } from '../modules/videos/awareness-video.entity.js';
import { buildCreator, buildVideo } from '../test/factories.js';
import { createTestApp, dataOf, StaffRole, type TestApp } from '../test/test-app.js';
import { indexedTextSearch, isPostgres, textSearch } from './dialect.js';

const NAMES = [
  'Zoë Calm',
  'ZOË LOUD',
  'zoe plain',
  '100% Honest',
  '1000 Steps',
  'Jo_Smith Talks',
  'JoeSmith Talks',
  'Say "hello" NEAR(me)',
  'Back\\slash Stories',
  'AND OR NOT * ^ -minus',
  'Ωmega Mind',
  'Élodie Migrated',
];

const TERMS = [
  'calm',
  'CALM',
  'zoë',
  'ZOË',
  'oë',
  'zo',
  'z',
  '%',
  '_',
  '100%',
  '0%',
  'jo_',
  'o_s',
  '"hello"',
  'near(me)',
  '"',
  '\\',
  'k\\s',
  'and or',
  '* ^',
  '-minus',
  'ωmega',
  'élodie',
  'steps',
  'no such text',
];

describe('indexed text search', () => {
  let app: TestApp;
  let editor: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    const em = app.orm.em.fork();
    for (const [i, name] of NAMES.entries()) {
      const creator = await buildCreator(em, { displayName: name, handle: `searched_${i}` });
      await buildVideo(em, { creator, title: `${name} video` });
    }
  });
  afterAll(() => app?.close());

  const listed = async (list: 'creators' | 'awarenessVideos', search: string) =>
    dataOf(
      await app.run<Record<string, { nodes: { id: string }[] }>>(
        `query($search: String) { ${list}(first: 100, filter: { search: $search }) { nodes { id } } }`,
        { search },
        editor,
      ),
    )
      [list]?.nodes.map((n) => n.id)
      .sort();

  /** What the plain LIKE (ILIKE) search finds, reading every row. */
  const byLike = async (entity: typeof Creator | typeof AwarenessVideo, fields: string[], term: string) => {
    const em: EntityManager = app.orm.em.fork();
    const rows = await em.find(entity as typeof Creator, {
      $and: [{ archivedAt: null }, textSearch<Creator>(em, fields, term)],
    });
    return rows.map((r) => `${entity === Creator ? 'Creator' : 'AwarenessVideo'}:${r.id}`);
  };
  const localIds = (ids: string[] | undefined) =>
    (ids ?? [])
      .map((id) => {
        const decoded = decodeGlobalId(id);
        return `${decoded?.type}:${decoded?.id}`;
      })
      .sort();

  it('finds exactly what LIKE finds, for every kind of term on both lists', async () => {
    for (const term of TERMS) {
      const creators = await byLike(Creator, ['handle', 'displayName'], term);
      expect(localIds(await listed('creators', term)), `creators: ${term}`).toEqual(creators.sort());
      const videos = await byLike(AwarenessVideo, ['title'], term);
      expect(localIds(await listed('awarenessVideos', term)), `videos: ${term}`).toEqual(videos.sort());
    }
  });

  it('takes % and _ literally and answers one- and two-character terms', async () => {
    const names = async (search: string) =>
      dataOf(
        await app.run<{ creators: { nodes: { displayName: string }[] } }>(
          `query($search: String) { creators(first: 100, filter: { search: $search }) { nodes { displayName } } }`,
          { search },
          editor,
        ),
      )
        .creators.nodes.map((n) => n.displayName)
        .sort();
    expect(await names('100%')).toEqual(['100% Honest']);
    expect(await names('jo_s')).toEqual(['Jo_Smith Talks']);
    expect(await names('%')).toEqual(['100% Honest']);
    expect(await names('_s')).toEqual(['Jo_Smith Talks']);
    expect(await names('Ωm')).toEqual(['Ωmega Mind']);
    expect(await names('"')).toEqual(['Say "hello" NEAR(me)']);
  });

  it('follows an edited title, and forgets an archived or deleted video', async () => {
    const em = app.orm.em.fork();
    const video = await buildVideo(em, { title: 'Before the edit' });
    expect(localIds(await listed('awarenessVideos', 'before the'))).toEqual([`AwarenessVideo:${video.id}`]);
    video.title = 'After the edit';
    await em.flush();
    expect(await listed('awarenessVideos', 'before the')).toEqual([]);
    expect(localIds(await listed('awarenessVideos', 'after the'))).toEqual([`AwarenessVideo:${video.id}`]);
    video.archivedAt = new Date();
    await em.flush();
    expect(await listed('awarenessVideos', 'after the')).toEqual([]);
    await em.remove(video).flush();
    expect(await listed('awarenessVideos', 'after the')).toEqual([]);
  });

  it('looks a term of three characters or more up in the trigram index, whatever the list order', async () => {
    const em = app.orm.em.fork() as SqlEntityManager;
    const sql = em
      .createQueryBuilder(AwarenessVideo)
      .select('*')
      .where({ $and: [{ archivedAt: null }, (await indexedTextSearch(em, 'awareness_video', 'calm'))()] })
      .orderBy({ publishedAt: 'desc', id: 'desc' })
      .limit(21)
      .getFormattedQuery();
    if (isPostgres(em)) {
      // On a table this small PostgreSQL rightly reads every row, or every unarchived one through the list's
      // covering index; told to use neither, it must find an index that answers the ILIKE. The change is
      // rolled back: the transaction ends by throwing.
      let plan: unknown;
      await em
        .transactional(async (tx) => {
          const run = (statement: string) =>
            tx.getConnection().execute(statement, [], 'all', tx.getTransactionContext());
          await run('set local enable_seqscan = off');
          await run('drop index awareness_video_published_at_archived_at_topics_index');
          plan = await run(`explain ${sql}`);
          throw new Error('roll back');
        })
        .catch((e: Error) => {
          if (e.message !== 'roll back') throw e;
        });
      expect(JSON.stringify(plan)).toContain('awareness_video_title_trgm_index');
    } else {
      const plan = (await em.getConnection().execute(`explain query plan ${sql}`)) as { detail: string }[];
      const steps = plan.map((step) => step.detail);
      // The candidates come from the FTS5 index and are read by rowid: no step scans the videos.
      expect(steps).toContainEqual(expect.stringMatching(/awareness_video_search VIRTUAL TABLE INDEX/));
      expect(steps).toContainEqual(
        expect.stringMatching(/^SEARCH a0 USING INTEGER PRIMARY KEY \(rowid=\?\)/),
      );
      expect(steps).not.toContainEqual(expect.stringMatching(/^SCAN a0/));
    }
  });
});
