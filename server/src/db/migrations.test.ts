/**
 * Migrations keep what staff wrote: a database from before a change, with data in it, migrates to the
 * current schema without losing anything (here: reviewer notes becoming the first notes of their threads).
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign } from '../modules/campaigns/campaign.entity.js';
import { Creator } from '../modules/creators/creator.entity.js';
import { RecognitionNote, RecognitionNoteKind } from '../modules/recognitions/recognition-note.entity.js';
import { lane } from '../test/test-app.js';
import { postgresMigrations } from './migrations/postgres/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { ormConfig } from './orm-config.js';
import { createTemporaryDatabase, type TemporaryDatabase } from './temporary-database.js';

const BEFORE_THE_THREAD = lane() === 'sqlite' ? sqliteMigrations[0]?.name : postgresMigrations[0]?.name;

describe('migrating a database from before the note thread and the name sort keys', () => {
  let db: TemporaryDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTemporaryDatabase(lane(), 'migrate');
    const config = ormConfig(db.config);
    orm = await MikroORM.init({ ...config, migrations: { ...config.migrations, silent: true } });
    await orm.getMigrator().up({ to: BEFORE_THE_THREAD });
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it("turns each recognition's reviewer notes into the first note of its thread, by the reviewer, kind by status", async () => {
    const connection = orm.em.getConnection();
    // SQLite keeps instants as epoch milliseconds, PostgreSQL as timestamptz.
    const at = (iso: string) => (lane() === 'sqlite' ? new Date(iso).getTime() : new Date(iso));
    const now = at('2023-05-01T09:00:00Z');
    const reviewer = randomUUID();
    const editor = randomUUID();
    const creator = randomUUID();
    const campaign = randomUUID();
    for (const [id, email, role] of [
      [reviewer, 'reviewer@migrate.test', 'SAFETY_REVIEWER'],
      [editor, 'editor@migrate.test', 'EDITOR'],
    ] as const) {
      await connection.execute(
        'insert into staff_user (id, created_at, updated_at, email, display_name, role) values (?, ?, ?, ?, ?, ?)',
        [id, now, now, email, email, role],
      );
    }
    await connection.execute(
      `insert into creator (id, created_at, updated_at, handle, display_name, region, languages, topics, profile_url, safety_findings)
       values (?, ?, ?, 'migrated', 'Élodie Migrated', 'GB', '[]', '[]', 'https://video.example/@migrated', '[]')`,
      [creator, now, now],
    );
    await connection.execute(
      `insert into campaign (id, created_at, updated_at, slug, name, hashtag, theme, starts_on, ends_on)
       values (?, ?, ?, 'migrated', 'Migrated', '#Migrated', 'Theme', '2023-05-01', '2023-05-31')`,
      [campaign, now, now],
    );
    const accented = randomUUID();
    await connection.execute(
      `insert into campaign (id, created_at, updated_at, slug, name, hashtag, theme, starts_on, ends_on)
       values (?, ?, ?, 'emotions-week', '  Émotions WEEK', '#Emotions', 'Theme', '2023-10-01', '2023-10-07')`,
      [accented, now, now],
    );
    const recognitions = [
      { status: 'RETURNED_FOR_CHANGES', notes: 'Please add a helpline.', reviewedAt: '2023-05-02T10:00:00Z' },
      { status: 'REJECTED', notes: 'Names a method; not for the hub.', reviewedAt: '2023-05-03T10:00:00Z' },
      {
        status: 'PUBLISHED',
        notes: '  Hopeful framing, helpline named.  ',
        reviewedAt: '2023-05-04T10:00:00Z',
      },
      { status: 'NOMINATED', notes: 'Resubmitted after a return: still that note.', reviewedAt: null },
      { status: 'APPROVED', notes: null, reviewedAt: '2023-05-05T10:00:00Z' },
      { status: 'SAFETY_REVIEWED', notes: '   ', reviewedAt: '2023-05-06T10:00:00Z' },
    ].map((r) => ({ ...r, id: randomUUID() }));
    for (const [index, r] of recognitions.entries()) {
      await connection.execute(
        `insert into recognition (id, created_at, updated_at, creator_id, campaign_id, citation, status, nominated_by_id, nominated_at,
           reviewed_by_id, reviewed_at, reviewer_notes, live_slot, safety_findings)
         values (?, ?, ?, ?, ?, 'A citation.', ?, ?, ?, ?, ?, ?, ?, '[]')`,
        [
          r.id,
          now,
          now,
          creator,
          campaign,
          r.status,
          editor,
          now,
          r.reviewedAt ? reviewer : null,
          r.reviewedAt ? at(r.reviewedAt) : null,
          r.notes,
          `slot-${index}`,
        ],
      );
    }

    await orm.getMigrator().up();

    const notes = await orm.em.fork().find(RecognitionNote, {}, { populate: ['author'] });
    const noteOf = (index: number) => notes.filter((n) => n.recognition.id === recognitions[index]?.id);
    expect(notes).toHaveLength(4);
    expect(noteOf(0).map((n) => [n.kind, n.body, n.author?.email, n.createdAt.toISOString()])).toEqual([
      [
        RecognitionNoteKind.RETURNED_FOR_CHANGES,
        'Please add a helpline.',
        'reviewer@migrate.test',
        '2023-05-02T10:00:00.000Z',
      ],
    ]);
    expect(noteOf(1).map((n) => n.kind)).toEqual([RecognitionNoteKind.REJECTED]);
    expect(noteOf(2).map((n) => [n.kind, n.body])).toEqual([
      [RecognitionNoteKind.SIGNED_OFF, 'Hopeful framing, helpline named.'],
    ]);
    // A note whose reviewer is unknown keeps no author, and the recognition's last change as its time.
    expect(noteOf(3).map((n) => [n.kind, n.author, n.createdAt.toISOString()])).toEqual([
      [RecognitionNoteKind.RETURNED_FOR_CHANGES, null, '2023-05-01T09:00:00.000Z'],
    ]);
    expect([...noteOf(4), ...noteOf(5)]).toEqual([]);

    // Creators from before the name sort key sort by name at once, accents and case folded.
    const migrated = await orm.em.fork().findOneOrFail(Creator, { id: creator });
    expect(migrated.nameSortKey).toBe('elodie migrated');
    // So do campaigns from before theirs.
    const campaigns = await orm.em.fork().find(Campaign, { id: { $in: [campaign, accented] } });
    expect(Object.fromEntries(campaigns.map((c) => [c.slug, c.nameSortKey]))).toEqual({
      migrated: 'migrated',
      'emotions-week': 'emotions week',
    });
  });
});
