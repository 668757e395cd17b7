/**
 * The programme export: everything Beacon owns leaves as one JSON document and comes back, on the other
 * engine too. Each lane starts from its own engine (the SQLite lane goes SQLite -> PostgreSQL -> SQLite,
 * the PostgreSQL lane the other way), so both directions are proved.
 */
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedTextSearch } from '../../db/dialect.js';
import { maintainedCount } from '../../db/list-counts.js';
import { openDatabase } from '../../db/orm.js';
import { seedDemoProgramme } from '../../db/seed/demo-programme.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../../db/temporary-database.js';
import { buildCreator, TEST_PASSWORD } from '../../test/factories.js';
import { createTestApp, dataOf, lane, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { encodeGlobalId } from '../common/node.js';
import { Creator } from '../creators/creator.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { EXPORT_POLICY } from './export-policy.js';
import {
  EXPORT_FORMAT_VERSION,
  exportProgramme,
  exportToJson,
  importProgramme,
  type ProgrammeExport,
  ProgrammeTransferError,
  readExport,
  tablesOf,
} from './programme-export.js';

/** What must be identical between two exports of the same programme (not when or where they were taken). */
const comparable = (document: ProgrammeExport) =>
  JSON.parse(
    exportToJson({ ...document, exportedAt: '', source: { engine: document.source.engine, migrations: [] } }),
  ) as ProgrammeExport & { source: unknown };

const withoutSource = (document: ProgrammeExport) => {
  const { source: _source, ...rest } = comparable(document);
  return rest;
};

describe('the programme export', () => {
  let app: TestApp;
  let exported: ProgrammeExport;
  let creator: Creator;
  const opened: { orm: MikroORM; db: TemporaryDatabase }[] = [];

  async function emptyDatabase(kind: 'sqlite' | 'postgres'): Promise<MikroORM> {
    const db = await createTemporaryDatabase(kind, 'import');
    const orm = await openDatabase({ database: db.config });
    opened.push({ orm, db });
    return orm;
  }

  beforeAll(async () => {
    app = await createTestApp();
    await seedDemoProgramme(app.orm.em.fork(), { onlyIfEmpty: false });
    // Staff activity on top of the demo programme: a member with a password and a session, a creator
    // edited twice (version 3, with its audit history).
    const admin = await app.staff(StaffRole.ADMIN);
    const editor = await app.staff(StaffRole.EDITOR);
    creator = await buildCreator(app.orm.em.fork(), { displayName: 'Portable Quokka Stories' });
    const update = `mutation($input: UpdateCreatorInput!) { updateCreator(input: $input) { creator { version } } }`;
    for (const [version, bio] of [
      [1, 'First edit.'],
      [2, 'Second edit.'],
    ] as const) {
      dataOf(
        await app.run(
          update,
          { input: { id: encodeGlobalId('Creator', creator.id), expectedVersion: version, bio } },
          editor,
        ),
      );
    }
    dataOf(
      await app.run(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
        input: { email: admin.email, password: TEST_PASSWORD },
      }),
    );
    exported = await exportProgramme(app.orm);
  });

  afterAll(async () => {
    for (const { orm, db } of opened) {
      await orm.close(true);
      await db.drop();
    }
    await app?.close();
  });

  it('has an export decision for every table Beacon owns', () => {
    expect(() => tablesOf(app.orm)).not.toThrow();
    const names = Object.values(app.orm.getMetadata().getAll())
      .filter((m) => !m.embeddable)
      .map((m) => m.className)
      .sort();
    expect(names.filter((n) => !(n in EXPORT_POLICY))).toEqual([]);
  });

  it('carries every record with its version and audit history, staff without credentials, and no session', async () => {
    expect(exported.formatVersion).toBe(EXPORT_FORMAT_VERSION);
    const em = app.orm.em.fork();
    for (const table of tablesOf(app.orm).filter((t) => t.policy.export && !t.join)) {
      expect(exported.records[table.name]?.length, table.name).toBe(await em.count(table.meta.class));
    }
    expect(exported.records.campaign_partner?.length).toBeGreaterThan(0);
    // Embedded values (a creator's consent, a resource's ways to reach it) travel inside their records.
    expect(exported.records.Creator).toContainEqual(
      expect.objectContaining({ consent: expect.objectContaining({ givenAt: expect.any(String) }) }),
    );
    expect(exported.records.CrisisResource).toContainEqual(
      expect.objectContaining({
        contacts: expect.arrayContaining([expect.objectContaining({ value: expect.any(String) })]),
      }),
    );
    expect(exported.records.recognition_featured_video?.length).toBeGreaterThan(0);

    const edited = exported.records.Creator?.find((c) => c.id === creator.id);
    expect(edited).toMatchObject({ version: 3, bio: 'Second edit.' });
    const history = exported.records.AuditEvent?.filter((e) => e.targetId === creator.id) ?? [];
    expect(history.map((e) => e.action)).toEqual(['creator.update', 'creator.update']);
    expect(await em.count(AuditEvent, { targetId: creator.id })).toBe(2);

    expect(exported.records).not.toHaveProperty('StaffSession');
    const text = exportToJson(exported);
    expect(text).not.toContain('$argon2');
    for (const member of exported.records.StaffUser ?? []) {
      expect(Object.keys(member)).not.toContain('passwordHash');
      expect(Object.keys(member)).not.toContain('invitationTokenHash');
    }
    expect(exported.omitted).toHaveProperty('StaffSession');
    expect(exported.omitted).toHaveProperty(['StaffUser.passwordHash']);
  });

  it('imports into an empty database of the other engine and exports the same records again, and back', async () => {
    const here = lane();
    const there = here === 'sqlite' ? 'postgres' : 'sqlite';

    const other = await emptyDatabase(there);
    const counts = await importProgramme(other, JSON.parse(exportToJson(exported)));
    expect(counts.Creator).toBe(exported.records.Creator?.length);
    const again = await exportProgramme(other);
    expect(again.source.engine).toBe(there);
    expect(withoutSource(again)).toEqual(withoutSource(exported));

    const back = await emptyDatabase(here);
    await importProgramme(back, JSON.parse(exportToJson(again)));
    expect(withoutSource(await exportProgramme(back))).toEqual(withoutSource(exported));

    // What the database derives from the records is rebuilt on each engine: the lists' maintained
    // counts and the search index (SQLite's FTS5 table, PostgreSQL's trigram index) find the records.
    for (const orm of [other, back]) {
      const em = orm.em.fork();
      expect(await maintainedCount(em, 'creator')).toBe(exported.records.Creator?.length);
      expect(await maintainedCount(em, 'awareness_video')).toBe(exported.records.AwarenessVideo?.length);
      const found = await em.find(Creator, (await indexedTextSearch<Creator>(em, 'creator', 'Quokka'))());
      expect(found.map((c) => c.id)).toEqual([creator.id]);
    }

    // The imported programme is Beacon's to use: its records load and the staff are there, unable to
    // sign in until they accept an invitation.
    const em = other.em.fork();
    const loaded = await em.findOneOrFail(Creator, { id: creator.id });
    expect(loaded.bio).toBe('Second edit.');
    expect(loaded.version).toBe(3);
    const staff = await em.find(StaffUser, {});
    expect(staff.length).toBe(exported.records.StaffUser?.length);
    expect(staff.every((member) => member.passwordHash === null)).toBe(true);
  });

  it('refuses a database that is not empty, and changes nothing in it', async () => {
    const em = app.orm.em.fork();
    const before = await em.count(Creator);
    await expect(importProgramme(app.orm, exported)).rejects.toThrow(/not empty/);
    expect(await app.orm.em.fork().count(Creator)).toBe(before);
  });

  it('refuses a document that is not an export, or comes from a newer format', () => {
    expect(() => readExport({ hello: 'world' })).toThrow(ProgrammeTransferError);
    expect(() => readExport({ ...exported, formatVersion: EXPORT_FORMAT_VERSION + 1 })).toThrow(
      /newer Beacon/,
    );
  });

  it('refuses an export with fields this Beacon does not know, rather than dropping them', async () => {
    const target = await emptyDatabase(lane());
    const tampered = {
      ...exported,
      shape: { ...exported.shape, Creator: [...(exported.shape.Creator ?? []), 'mood'] },
    };
    await expect(importProgramme(target, tampered)).rejects.toThrow(/Creator has fields .*mood/);
  });

  it('derives the name sort keys an older export lacks, so its campaigns and creators sort by name', async () => {
    const target = await emptyDatabase(lane());
    const withoutKey = (table: string) => ({
      shape: (exported.shape[table] ?? []).filter((f) => f !== 'nameSortKey'),
      records: (exported.records[table] ?? []).map(({ nameSortKey: _key, ...rest }) => rest),
    });
    const campaigns = withoutKey('Campaign');
    const creators = withoutKey('Creator');
    const older = {
      ...exported,
      shape: { ...exported.shape, Campaign: campaigns.shape, Creator: creators.shape },
      records: { ...exported.records, Campaign: campaigns.records, Creator: creators.records },
    };
    await importProgramme(target, older);
    const em = target.em.fork();
    const imported = await em.find(Campaign, {}, { orderBy: { id: 'asc' } });
    expect(imported.length).toBeGreaterThan(1);
    for (const campaign of imported) expect(campaign.nameSortKey).toBe(campaign.name.toLowerCase().trim());
    const expectedKeys = (exported.records.Creator ?? []).map((c) => [c.id, c.nameSortKey]);
    const importedKeys = (await em.find(Creator, {}, { orderBy: { id: 'asc' } })).map((c) => [
      c.id,
      c.nameSortKey,
    ]);
    expect(importedKeys).toEqual(expectedKeys);
  });
});
