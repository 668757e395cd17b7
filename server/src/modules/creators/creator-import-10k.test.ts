/**
 * A 10,000-row import on the lane's engine: staged in 50 chunks, committed in one transaction whose inserts
 * go in MikroORM's batched flush (the statement count stays far below one per row), or refused whole.
 * Staging and commit are separate tests so neither has to fit both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { decodeGlobalId } from '../common/node.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Creator } from './creator.entity.js';
import { IMPORT_CHUNK_MAX, IMPORT_ROWS_MAX } from './creator-import.inputs.js';

const START = `mutation($input: StartCreatorImportInput!) { startCreatorImport(input: $input) { creatorImport { id } } }`;
const ADD = `mutation($input: AddCreatorImportRowsInput!) { addCreatorImportRows(input: $input) { creatorImport { receivedRows invalidRows } } }`;
const COMMIT = `mutation($input: CreatorImportInput!) { commitCreatorImport(input: $input) { creatorImport { status createdCount } } }`;

const row = (n: number, overrides: Record<string, unknown> = {}) => ({
  rowNumber: n,
  handle: `bulk_${String(n).padStart(5, '0')}`,
  displayName: `Bulk Creator ${n}`,
  bio: 'Shares what helps on hard days, and where to find support.',
  region: ['GB', 'US', 'IE', 'AU', 'SG'][n % 5],
  languages: ['en'],
  topics: n % 3 === 0 ? ['ANXIETY', 'GRIEF'] : ['SELF_CARE'],
  followerCount: String(n * 10),
  profileUrl: `https://video.example/@bulk_${n}`,
  ...(n % 4 === 0 ? { consentScope: 'SPOTLIGHT', consentGivenAt: '2023-04-01' } : {}),
  ...overrides,
});

/**
 * Staging 10,000 rows and committing them in one transaction are each one unit of work that cannot be split
 * (the commit is the behaviour under test); their time scales with the machine, so they get room for a
 * machine several times busier than a quiet one rather than the suite's default.
 */
const BULK_TIMEOUT_MS = 240_000;

describe(`importing ${IMPORT_ROWS_MAX.toLocaleString('en')} creators`, { timeout: BULK_TIMEOUT_MS }, () => {
  let app: TestApp;
  let editor: StaffUser;
  let importId: string;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    importId = dataOf(
      await app.run<{ startCreatorImport: { creatorImport: { id: string } } }>(
        START,
        { input: { label: 'ten-thousand.csv', expectedRows: IMPORT_ROWS_MAX } },
        editor,
      ),
    ).startCreatorImport.creatorImport.id;
  });
  afterAll(() => app?.close());

  const add = async (rows: ReturnType<typeof row>[]) =>
    dataOf(
      await app.run<{
        addCreatorImportRows: { creatorImport: { receivedRows: number; invalidRows: number } };
      }>(ADD, { input: { importId, rows } }, editor),
    ).addCreatorImportRows.creatorImport;

  it('takes 10,000 rows in chunks, the progress growing with each, one of them bad', async () => {
    const progress: number[] = [];
    for (let first = 1; first <= IMPORT_ROWS_MAX; first += IMPORT_CHUNK_MAX) {
      const rows = Array.from({ length: IMPORT_CHUNK_MAX }, (_, i) =>
        first + i === 7_777 ? row(first + i, { region: 'XX' }) : row(first + i),
      );
      progress.push((await add(rows)).receivedRows);
    }
    expect(progress).toHaveLength(IMPORT_ROWS_MAX / IMPORT_CHUNK_MAX);
    expect(progress.at(-1)).toBe(IMPORT_ROWS_MAX);
    expect(progress.every((n, i) => i === 0 || n > (progress[i - 1] ?? 0))).toBe(true);
  });

  it('refuses the whole commit for the one bad row, creating nothing', async () => {
    const before = await app.orm.em.fork().count(Creator);
    const refused = await app.run(COMMIT, { input: { importId } }, editor);
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.extensions?.invalidRowCount).toBe(1);
    expect(refused.errors?.[0]?.extensions?.rows).toEqual([
      { rowNumber: 7_777, problems: [expect.objectContaining({ field: 'region', code: 'INVALID_REGION' })] },
    ]);
    expect(await app.orm.em.fork().count(Creator)).toBe(before);
  });

  it('commits all 10,000 in one transaction of batched inserts once the row is fixed, each creation audited', async () => {
    expect(await add([row(7_777)])).toEqual({ receivedRows: IMPORT_ROWS_MAX, invalidRows: 0 });
    const before = await app.orm.em.fork().count(Creator);
    app.resetQueryCount();
    const committed = dataOf(
      await app.run<{ commitCreatorImport: { creatorImport: { status: string; createdCount: number } } }>(
        COMMIT,
        { input: { importId } },
        editor,
      ),
    ).commitCreatorImport.creatorImport;
    const statements = app.queryCount();
    expect(committed).toEqual({ status: 'COMMITTED', createdCount: IMPORT_ROWS_MAX });
    // 10,000 creators and 10,001 audit events in batches: a few hundred statements would mean per-row trips.
    expect(statements).toBeLessThan(150);

    const em = app.orm.em.fork();
    expect((await em.count(Creator)) - before).toBe(IMPORT_ROWS_MAX);
    const sample = await em.findOneOrFail(Creator, { handle: 'bulk_07777' });
    expect(sample).toMatchObject({ displayName: 'Bulk Creator 7777', region: 'IE', followerCount: 77_770 });
    expect(sample.nameSortKey).toBe('bulk creator 7777');
    const consented = await em.findOneOrFail(Creator, { handle: 'bulk_00004' });
    expect(consented.consent?.givenAt.toISOString()).toBe('2023-04-01T00:00:00.000Z');
    expect(await em.count(AuditEvent, { action: 'creator.create', actor: editor.id })).toBe(IMPORT_ROWS_MAX);
    expect(
      await em.count(AuditEvent, { action: 'creatorImport.commit', targetId: decodeGlobalId(importId)?.id }),
    ).toBe(1);
  });
});
