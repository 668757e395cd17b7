/**
 * Bulk creator import: rows are validated as they arrive, row by row and field by field, exactly as
 * createCreator validates; the commit creates every creator or none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { decodeGlobalId } from '../common/node.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Creator } from './creator.entity.js';
import { CreatorImport, CreatorImportRow, CreatorImportStatus } from './creator-import.entity.js';
import { expireImports } from './creator-import.service.js';

const START = /* GraphQL */ `
  mutation($input: StartCreatorImportInput!) {
    startCreatorImport(input: $input) { creatorImport { id status expectedRows receivedRows expiresAt } }
  }
`;
const ADD = /* GraphQL */ `
  mutation($input: AddCreatorImportRowsInput!) {
    addCreatorImportRows(input: $input) {
      creatorImport { receivedRows invalidRows expectedRows }
      rows { rowNumber valid problems { field code message } }
    }
  }
`;
const COMMIT = `mutation($input: CreatorImportInput!) { commitCreatorImport(input: $input) { creatorImport { status createdCount receivedRows committedAt } } }`;
const CANCEL = `mutation($input: CreatorImportInput!) { cancelCreatorImport(input: $input) { creatorImport { status } } }`;
const PROBLEMS = `query($id: ID!) { creatorImport(id: $id) { receivedRows invalidRows problemRows(first: 100) { nodes { rowNumber problems { field code } } } } }`;

type Row = Record<string, unknown> & { rowNumber: number };
type Added = {
  addCreatorImportRows: {
    creatorImport: { receivedRows: number; invalidRows: number; expectedRows: number };
    rows: {
      rowNumber: number;
      valid: boolean;
      problems: { field: string; code: string; message: string }[];
    }[];
  };
};

const row = (rowNumber: number, overrides: Record<string, unknown> = {}): Row => ({
  rowNumber,
  handle: `@Import_${rowNumber}`,
  displayName: `Imported Creator ${rowNumber}`,
  bio: 'Talks about looking after your mental health.',
  region: 'GB',
  languages: ['en'],
  topics: ['ANXIETY'],
  followerCount: '1,200',
  profileUrl: `https://video.example/@import_${rowNumber}`,
  ...overrides,
});

describe('importing creators from a file', () => {
  let app: TestApp;
  let editor: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
  });
  afterAll(() => app?.close());

  const start = async (expectedRows: number, user = editor, label = 'creators.csv') =>
    dataOf(
      await app.run<{ startCreatorImport: { creatorImport: { id: string; status: string } } }>(
        START,
        { input: { label, expectedRows } },
        user,
      ),
    ).startCreatorImport.creatorImport;
  const add = async (importId: string, rows: Row[], user = editor) =>
    dataOf(await app.run<Added>(ADD, { input: { importId, rows } }, user)).addCreatorImportRows;
  const problemsByRow = (added: Added['addCreatorImportRows']) =>
    Object.fromEntries(added.rows.map((r) => [r.rowNumber, r.problems.map((p) => `${p.field}:${p.code}`)]));

  it('reports each bad row, field by field, with stable codes, as the chunk arrives, and imports nothing yet', async () => {
    const taken = await buildCreator(app.orm.em.fork(), { handle: 'already_here' });
    const imp = await start(12);
    const before = await app.orm.em.fork().count(Creator);
    const added = await add(imp.id, [
      row(1),
      row(2, { handle: 'no spaces allowed' }),
      row(3, { displayName: '   ' }),
      row(4, { region: 'gb' }),
      row(5, { topics: ['ANXIETY', 'ASTROLOGY'] }),
      row(6, { followerCount: 'lots' }),
      row(7, { consentScope: 'MAYBE' }),
      row(8, { profileUrl: 'http://video.example/@x' }),
      row(9, { handle: '@IMPORT_1' }),
      row(10, { handle: taken.handle }),
      row(11, { consentScope: 'SPOTLIGHT', consentGivenAt: 'last spring' }),
      row(12, { bio: 'x'.repeat(2001), profileUrl: undefined }),
    ]);
    expect(problemsByRow(added)).toEqual({
      1: [],
      2: ['handle:INVALID_HANDLE'],
      3: ['displayName:REQUIRED'],
      4: ['region:INVALID_REGION'],
      5: ['topics:UNKNOWN_VALUE'],
      6: ['followerCount:INVALID_NUMBER'],
      7: ['consentScope:UNKNOWN_VALUE'],
      8: ['profileUrl:INVALID_URL'],
      9: ['handle:DUPLICATE_IN_IMPORT'],
      10: ['handle:HANDLE_TAKEN'],
      11: ['consentGivenAt:INVALID_DATE'],
      12: ['bio:TOO_LONG', 'profileUrl:REQUIRED'],
    });
    const messages = Object.fromEntries(added.rows.map((r) => [r.rowNumber, r.problems[0]?.message]));
    expect(messages[5]).toBe('"ASTROLOGY" is not a topic');
    expect(messages[9]).toBe('row 1 has the same handle');
    expect(messages[4]).toMatch(/ISO 3166-1 alpha-2 region code in upper case/);
    expect(added.creatorImport).toEqual({ receivedRows: 12, invalidRows: 11, expectedRows: 12 });
    expect(await app.orm.em.fork().count(Creator)).toBe(before);
    // The problem rows can be read back later, to resume or preview.
    const read = dataOf(
      await app.run<{
        creatorImport: { invalidRows: number; problemRows: { nodes: { rowNumber: number }[] } };
      }>(PROBLEMS, { id: imp.id }, editor),
    ).creatorImport;
    expect(read.problemRows.nodes.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('refuses the whole commit for one bad row, changing nothing, then imports every row once it is fixed', async () => {
    const imp = await start(5);
    const rows = [1, 2, 3, 4, 5].map((n) => row(100 + n));
    rows[2] = row(103, { region: 'Narnia' });
    await add(imp.id, rows);
    const auditBefore = await app.orm.em.fork().count(AuditEvent);
    const creatorsBefore = await app.orm.em.fork().count(Creator);

    const refused = await app.run(COMMIT, { input: { importId: imp.id } }, editor);
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    const error = refused.errors?.[0];
    expect(error?.message).toMatch(/^1 of 5 rows have problems, so nothing was imported/);
    expect(error?.extensions?.invalidRowCount).toBe(1);
    expect(error?.extensions?.rows).toEqual([
      { rowNumber: 103, problems: [expect.objectContaining({ field: 'region', code: 'INVALID_REGION' })] },
    ]);
    expect(error?.extensions?.fields).toEqual([{ path: 'rows.103.region', message: expect.any(String) }]);
    expect(await app.orm.em.fork().count(Creator)).toBe(creatorsBefore);
    expect(await app.orm.em.fork().count(AuditEvent)).toBe(auditBefore);

    // Sending row 103 again replaces it; the retried chunk adds nothing twice.
    const fixed = await add(imp.id, [row(103, { region: 'IE' })]);
    expect(fixed.creatorImport).toMatchObject({ receivedRows: 5, invalidRows: 0 });
    const committed = dataOf(
      await app.run<{
        commitCreatorImport: {
          creatorImport: { status: string; createdCount: number; receivedRows: number };
        };
      }>(COMMIT, { input: { importId: imp.id } }, editor),
    ).commitCreatorImport.creatorImport;
    expect(committed).toMatchObject({ status: 'COMMITTED', createdCount: 5, receivedRows: 0 });

    const em = app.orm.em.fork();
    const created = await em.find(
      Creator,
      { handle: { $in: rows.map((_, i) => `import_${101 + i}`) } },
      { orderBy: { handle: 'asc' } },
    );
    expect(created.map((c) => [c.handle, c.region, c.followerCount, c.topics])).toEqual([
      ['import_101', 'GB', 1200, ['ANXIETY']],
      ['import_102', 'GB', 1200, ['ANXIETY']],
      ['import_103', 'IE', 1200, ['ANXIETY']],
      ['import_104', 'GB', 1200, ['ANXIETY']],
      ['import_105', 'GB', 1200, ['ANXIETY']],
    ]);
    // Each creator has its creation audited, as createCreator does, and the import one event more.
    const events = await em.find(AuditEvent, {
      occurredAt: { $gte: new Date(Date.now() - 60_000) },
      actor: editor.id,
    });
    const creates = events.filter(
      (e) => e.action === 'creator.create' && created.some((c) => c.id === e.targetId),
    );
    expect(creates).toHaveLength(5);
    expect(creates.find((e) => e.targetId === created[2]?.id)?.reason).toBe(
      'Imported from "creators.csv", row 103',
    );
    expect(events.filter((e) => e.action === 'creatorImport.commit')).toHaveLength(1);
    // The staging rows are gone once committed.
    expect(await em.count(CreatorImportRow, { creatorImport: decodeGlobalId(imp.id)?.id })).toBe(0);

    // It cannot be committed twice.
    const again = await app.run(COMMIT, { input: { importId: imp.id } }, editor);
    expect(codesOf(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0]?.extensions?.status).toBe('COMMITTED');
  });

  it('finds duplicates whatever order the chunks arrive in, and checks the catalogue again at commit', async () => {
    const imp = await start(3);
    await add(imp.id, [row(30, { handle: 'same_handle' })]);
    const later = await add(imp.id, [
      row(3, { handle: 'Same_Handle' }),
      row(4, { handle: 'claimed_meanwhile' }),
    ]);
    // The row with the lower number keeps the handle; the one that arrived first is now the duplicate.
    expect(problemsByRow(later)).toEqual({ 3: [], 4: [] });
    expect(later.creatorImport.invalidRows).toBe(1);

    await add(imp.id, [row(30, { handle: 'different_now' })]);
    await buildCreator(app.orm.em.fork(), { handle: 'claimed_meanwhile' });
    const refused = await app.run(COMMIT, { input: { importId: imp.id } }, editor);
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.extensions?.rows).toEqual([
      { rowNumber: 4, problems: [expect.objectContaining({ field: 'handle', code: 'HANDLE_TAKEN' })] },
    ]);
  });

  it('belongs to the staff member who started it, needs CATALOGUE_WRITE, and can be cancelled', async () => {
    const imp = await start(1);
    const other = await app.staff(StaffRole.EDITOR);
    expect(codesOf(await app.run(ADD, { input: { importId: imp.id, rows: [row(1)] } }, other))).toEqual([
      'FORBIDDEN',
    ]);
    const viewer = await app.staff(StaffRole.VIEWER);
    expect(codesOf(await app.run(START, { input: { label: 'x.csv', expectedRows: 1 } }, viewer))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codesOf(await app.run(START, { input: { label: 'x.csv', expectedRows: 10_001 } }, editor)),
    ).toEqual(['BAD_USER_INPUT']);
    const tooMany = Array.from({ length: 201 }, (_, i) => row(i + 1));
    expect(codesOf(await app.run(ADD, { input: { importId: imp.id, rows: tooMany } }, editor))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const repeated = await app.run(ADD, { input: { importId: imp.id, rows: [row(1), row(1)] } }, editor);
    expect(repeated.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.rows.1.rowNumber', message: 'repeats row 1 of this chunk' },
    ]);

    await add(imp.id, [row(1, { handle: 'cancelled_one' })]);
    expect(dataOf(await app.run(CANCEL, { input: { importId: imp.id } }, editor))).toEqual({
      cancelCreatorImport: { creatorImport: { status: 'CANCELLED' } },
    });
    expect(codesOf(await app.run(COMMIT, { input: { importId: imp.id } }, editor))).toEqual(['CONFLICT']);
    expect(await app.orm.em.fork().count(Creator, { handle: 'cancelled_one' })).toBe(0);
  });

  it('lets an abandoned import expire: its rows are dropped and it can no longer be committed', async () => {
    const imp = await start(1);
    await add(imp.id, [row(1, { handle: 'abandoned_one' })]);
    const em = app.orm.em.fork();
    const stored = await em.findOneOrFail(CreatorImport, { id: decodeGlobalId(imp.id)?.id });
    stored.expiresAt = new Date(Date.now() - 1000);
    await em.flush();
    const refused = await app.run(COMMIT, { input: { importId: imp.id } }, editor);
    expect(codesOf(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions?.status).toBe('EXPIRED');
    expect(await expireImports(app.orm.em.fork())).toBeGreaterThanOrEqual(1);
    const after = await app.orm.em.fork().findOneOrFail(CreatorImport, { id: stored.id });
    expect(after.status).toBe(CreatorImportStatus.EXPIRED);
    expect(await app.orm.em.fork().count(CreatorImportRow, { creatorImport: stored.id })).toBe(0);
  });
});
