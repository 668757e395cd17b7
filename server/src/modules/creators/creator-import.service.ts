/**
 * Bulk creator import, staged: start an import, add rows in chunks (each row validated on arrival exactly
 * as `createCreator` validates its input, plus duplicate handles within the import and in the catalogue),
 * then commit every row as a creator in one transaction, or none. Abandoned imports expire.
 *
 * Staging changes nothing in the catalogue, so it writes no audit event; the commit writes one per
 * creator created (as `createCreator` does) and one for the import, in the commit's transaction.
 */
import { HANDLE_PATTERN, isTopic, normaliseHandle } from '@beacon/shared';
import type { EntityManager } from '@mikro-orm/core';
import { type ValidationError, validate } from 'class-validator';
import { locks, takeLock } from '../../db/locks.js';
import { auditedWrite } from '../common/audited-write.js';
import type { Actor } from '../common/catalogue.js';
import { createRecord, newEntity } from '../common/catalogue.js';
import { type ConnectionArgs, paginate } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { badInput, conflict, forbidden, invalidField, notFound } from '../common/domain-error.js';
import { expectGlobalId } from '../common/node.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { ConsentScope, Creator } from './creator.entity.js';
import { ConsentInput, CreateCreatorInput } from './creator.inputs.js';
import { creatorFrom } from './creator.service.js';
import {
  CreatorImport,
  CreatorImportRow,
  CreatorImportStatus,
  type ImportProblem,
  ImportProblemCode,
} from './creator-import.entity.js';
import {
  type AddCreatorImportRowsInput,
  type CreatorImportRowInput,
  IMPORT_ROWS_MAX,
  type StartCreatorImportInput,
} from './creator-import.inputs.js';

/** How long an import waits for its next chunk before it expires. */
export const IMPORT_TTL_MS = 24 * 3_600_000;
/** How many problem rows a refused commit lists in its error (the count covers them all). */
const REFUSED_ROWS_LISTED = 500;

const problem = (field: string, code: ImportProblemCode, message: string): ImportProblem => ({
  field,
  code,
  message,
});

// ------------------------------------------------------------------------------------- one row, validated

/** class-validator's constraint names, as the stable codes an import reports. */
const CODES: Readonly<Record<string, ImportProblemCode>> = {
  isHandle: ImportProblemCode.INVALID_HANDLE,
  isRegionCode: ImportProblemCode.INVALID_REGION,
  isHttpsUrl: ImportProblemCode.INVALID_URL,
  maxLength: ImportProblemCode.TOO_LONG,
  arrayMaxSize: ImportProblemCode.TOO_MANY,
  isInt: ImportProblemCode.INVALID_NUMBER,
  min: ImportProblemCode.INVALID_NUMBER,
  isIn: ImportProblemCode.UNKNOWN_VALUE,
};

/** The row input's name for a field of CreateCreatorInput. */
const ROW_FIELDS: Readonly<Record<string, string>> = {
  'consent.scope': 'consentScope',
  'consent.givenAt': 'consentGivenAt',
};

function problemsOf(errors: readonly ValidationError[], input: object, prefix = ''): ImportProblem[] {
  return errors.flatMap((error) => {
    const path = `${prefix}${error.property}`;
    const field = ROW_FIELDS[path] ?? path;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => {
      const value = error.value;
      const empty = value == null || (typeof value === 'string' && value.trim() === '');
      if (empty) return problem(field, ImportProblemCode.REQUIRED, `${field} is required`);
      if (name === 'isLength') {
        const [min] = (error.contexts?.[name] as unknown as number[]) ?? [];
        const short = typeof value === 'string' && min !== undefined && value.length < min;
        return problem(field, short ? ImportProblemCode.TOO_SHORT : ImportProblemCode.TOO_LONG, message);
      }
      return problem(field, CODES[name] ?? ImportProblemCode.INVALID, message);
    });
    return [...own, ...problemsOf(error.children ?? [], input, `${path}.`)];
  });
}

const text = (value: string | null | undefined) => value?.trim() ?? '';
const FOLLOWERS = /^(\d{1,3}([,\s_]\d{3})+|\d+)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export interface CheckedRow {
  rowNumber: number;
  /** The normalised handle when it is a valid one, for duplicate checks. */
  handle: string | null;
  data: Record<string, unknown>;
  problems: ImportProblem[];
}

/**
 * Turns one row of text into createCreator's input and validates it with createCreator's own rules; cells
 * that cannot become the field's type at all (a topic that does not exist, a count that is not a number)
 * are reported as problems of their field.
 */
export async function checkRow(row: CreatorImportRowInput): Promise<CheckedRow> {
  const problems: ImportProblem[] = [];
  const input = new CreateCreatorInput();
  input.handle = text(row.handle);
  input.displayName = text(row.displayName);
  input.bio = row.bio ?? '';
  input.region = text(row.region);
  input.languages = (row.languages ?? []).map((l) => l.trim()).filter((l) => l !== '');
  input.profileUrl = text(row.profileUrl);

  const topics = (row.topics ?? []).map((t) => t.trim()).filter((t) => t !== '');
  const unknownTopics = topics.filter((t) => !isTopic(t));
  if (unknownTopics.length > 0) {
    problems.push(
      problem(
        'topics',
        ImportProblemCode.UNKNOWN_VALUE,
        `${unknownTopics.map((t) => `"${t}"`).join(', ')} is not a topic`,
      ),
    );
  }
  input.topics = topics.filter(isTopic);

  const followers = text(row.followerCount);
  if (followers === '') {
    input.followerCount = 0;
  } else if (FOLLOWERS.test(followers) && Number.isSafeInteger(Number(followers.replace(/[,\s_]/g, '')))) {
    input.followerCount = Number(followers.replace(/[,\s_]/g, ''));
  } else {
    input.followerCount = 0;
    problems.push(
      problem('followerCount', ImportProblemCode.INVALID_NUMBER, 'followerCount must be a whole number'),
    );
  }

  const scope = text(row.consentScope);
  const givenAt = text(row.consentGivenAt);
  if (scope !== '') {
    const consent = new ConsentInput();
    consent.scope = scope as ConsentScope;
    consent.givenAt = null;
    if (givenAt !== '') {
      const parsed = new Date(givenAt);
      if (!ISO_DATE.test(givenAt) || Number.isNaN(parsed.getTime())) {
        problems.push(
          problem(
            'consentGivenAt',
            ImportProblemCode.INVALID_DATE,
            'consentGivenAt must be an ISO 8601 date or instant',
          ),
        );
      } else {
        consent.givenAt = parsed;
      }
    }
    input.consent = consent;
  } else {
    input.consent = null;
    if (givenAt !== '') {
      problems.push(
        problem(
          'consentScope',
          ImportProblemCode.REQUIRED,
          'consentScope is required when consentGivenAt is given',
        ),
      );
    }
  }

  problems.push(...problemsOf(await validate(input, { forbidUnknownValues: false }), input));
  const handle = normaliseHandle(input.handle);
  return {
    rowNumber: row.rowNumber,
    handle: HANDLE_PATTERN.test(handle) ? handle : null,
    data: {
      handle: input.handle,
      displayName: input.displayName,
      bio: input.bio,
      region: input.region,
      languages: input.languages,
      topics: input.topics,
      followerCount: input.followerCount,
      profileUrl: input.profileUrl,
      consent: input.consent
        ? { scope: input.consent.scope, givenAt: input.consent.givenAt?.toISOString() ?? null }
        : null,
    },
    problems,
  };
}

/** createCreator's input again, from a staged row's data. */
function inputFrom(data: Record<string, unknown>): CreateCreatorInput {
  const { consent, ...fields } = data as Omit<CreateCreatorInput, 'consent'> & {
    consent: { scope: ConsentScope; givenAt: string | null } | null;
  };
  return Object.assign(new CreateCreatorInput(), fields, {
    consent: consent
      ? Object.assign(new ConsentInput(), {
          scope: consent.scope,
          givenAt: consent.givenAt ? new Date(consent.givenAt) : null,
        })
      : null,
  });
}

// --------------------------------------------------------------------------------------------- the import

/** Marks open imports past their expiry as expired and drops their rows. */
export async function expireImports(em: EntityManager, now = new Date()): Promise<number> {
  const expired = await em.find(CreatorImport, { status: CreatorImportStatus.OPEN, expiresAt: { $lt: now } });
  if (expired.length === 0) return 0;
  await em.nativeDelete(CreatorImportRow, { creatorImport: { $in: expired.map((i) => i.id) } });
  for (const i of expired) i.status = CreatorImportStatus.EXPIRED;
  await em.flush();
  return expired.length;
}

/**
 * The caller's open import, locked for the transaction; refuses any other. Called first in its
 * transaction, so on SQLite too the lock comes before any read.
 */
async function openImport(tx: EntityManager, actor: Actor, globalId: string): Promise<CreatorImport> {
  const id = expectGlobalId(globalId, 'CreatorImport', 'input.importId');
  await takeLock(tx, locks.creatorImport(id));
  const found = await tx.findOne(CreatorImport, { id });
  if (!found) throw notFound('CreatorImport', globalId);
  if (found.startedBy.id !== actor.user?.id) {
    throw forbidden('Only the staff member who started this import can add to it, commit it or cancel it');
  }
  const expired = found.status === CreatorImportStatus.EXPIRED || found.expiresAt.getTime() < Date.now();
  if (found.status !== CreatorImportStatus.OPEN || expired) {
    const status =
      expired && found.status === CreatorImportStatus.OPEN ? CreatorImportStatus.EXPIRED : found.status;
    const why = {
      [CreatorImportStatus.COMMITTED]: 'was already committed',
      [CreatorImportStatus.CANCELLED]: 'was cancelled',
      [CreatorImportStatus.EXPIRED]: 'expired before it was committed; start it again',
      [CreatorImportStatus.OPEN]: '',
    }[status];
    throw conflict(`This import ${why}`, { status });
  }
  return found;
}

export async function startImport(
  em: EntityManager,
  actor: Actor,
  input: StartCreatorImportInput,
): Promise<CreatorImport> {
  await expireImports(em.fork());
  return createRecord(em, actor, 'creatorImport.create', () =>
    newEntity(CreatorImport, {
      startedBy: actor.user as StaffUser,
      label: input.label.trim(),
      expectedRows: input.expectedRows,
      expiresAt: new Date(Date.now() + IMPORT_TTL_MS),
    }),
  );
}

/** Handles of `handles` already in the catalogue, looked up in batches. */
async function takenHandles(em: EntityManager, handles: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < handles.length; i += 500) {
    const found = await em.find(
      Creator,
      { handle: { $in: handles.slice(i, i + 500) } },
      { fields: ['handle'], disableIdentityMap: true },
    );
    for (const c of found) taken.add(c.handle);
  }
  return taken;
}

const duplicateOf = (rowNumber: number) =>
  problem('handle', ImportProblemCode.DUPLICATE_IN_IMPORT, `row ${rowNumber} has the same handle`);
const handleTaken = (handle: string) =>
  problem(
    'handle',
    ImportProblemCode.HANDLE_TAKEN,
    `a creator with the handle @${handle} is already in the catalogue`,
  );

/**
 * Validates and stages a chunk of rows. A row number sent again replaces that row, so a chunk retried after
 * a network failure adds nothing twice. Answers each row's problems as found now; the commit checks
 * duplicates and the catalogue again.
 */
export async function addRows(
  em: EntityManager,
  actor: Actor,
  input: AddCreatorImportRowsInput,
): Promise<{ creatorImport: CreatorImport; rows: CreatorImportRow[] }> {
  const numbers = new Set<number>();
  input.rows.forEach((row, index) => {
    const path = `input.rows.${index}.rowNumber`;
    if (!Number.isInteger(row.rowNumber) || row.rowNumber < 1 || row.rowNumber > IMPORT_ROWS_MAX) {
      throw invalidField(path, `must be 1 to ${IMPORT_ROWS_MAX}`);
    }
    if (numbers.has(row.rowNumber)) throw invalidField(path, `repeats row ${row.rowNumber} of this chunk`);
    numbers.add(row.rowNumber);
  });
  const checked = await Promise.all(input.rows.map(checkRow));

  return auditedWrite(em, actor, async (tx, audit) => {
    const creatorImport = await openImport(tx, actor, input.importId);
    await tx.nativeDelete(CreatorImportRow, {
      creatorImport: creatorImport.id,
      rowNumber: { $in: [...numbers] },
    });
    const kept = await tx.count(CreatorImportRow, { creatorImport: creatorImport.id });
    if (kept + checked.length > IMPORT_ROWS_MAX) {
      throw invalidField('input.rows', `would take the import past ${IMPORT_ROWS_MAX} rows`);
    }

    // Duplicates: the row with the lower number keeps the handle, wherever it arrived from.
    const handles = [...new Set(checked.flatMap((r) => (r.handle ? [r.handle] : [])))];
    const others = handles.length
      ? await tx.find(CreatorImportRow, { creatorImport: creatorImport.id, handle: { $in: handles } })
      : [];
    const firstRow = new Map<string, number>();
    for (const row of [...others, ...checked].sort((a, b) => a.rowNumber - b.rowNumber)) {
      if (row.handle && !firstRow.has(row.handle)) firstRow.set(row.handle, row.rowNumber);
    }
    for (const row of checked) {
      const first = row.handle ? firstRow.get(row.handle) : undefined;
      if (first !== undefined && first !== row.rowNumber) row.problems.push(duplicateOf(first));
    }
    for (const other of others) {
      const first = firstRow.get(other.handle as string);
      if (
        first !== undefined &&
        first !== other.rowNumber &&
        !other.problems.some((p) => p.code === ImportProblemCode.DUPLICATE_IN_IMPORT)
      ) {
        other.problems = [...other.problems, duplicateOf(first)];
        other.valid = false;
      }
    }
    const taken = await takenHandles(tx, handles);
    for (const row of checked)
      if (row.handle && taken.has(row.handle)) row.problems.push(handleTaken(row.handle));

    const rows = checked.map((row) =>
      newEntity(CreatorImportRow, {
        creatorImport,
        rowNumber: row.rowNumber,
        handle: row.handle,
        data: row.data,
        problems: row.problems,
        valid: row.problems.length === 0,
      }),
    );
    tx.persist(rows);
    // Staging changes nothing in the catalogue, but it is a staff member's work: the chunk is on record
    // (row numbers and how many had problems; the rows themselves stay in the staging table).
    const numbered = [...numbers].sort((a, b) => a - b);
    const withProblems = rows.filter((r) => !r.valid).length;
    await audit.changed(
      'creatorImport.stage_rows',
      creatorImport,
      () => {
        creatorImport.expiresAt = new Date(Date.now() + IMPORT_TTL_MS);
      },
      `Staged ${rows.length} rows (${numbered[0]} to ${numbered.at(-1)}), ${withProblems} with problems`,
    );
    return { creatorImport, rows };
  });
}

/** The refusal of a commit: every problem row counted, the first ones listed with their fields. */
function refusal(invalid: { rowNumber: number; problems: ImportProblem[] }[], total: number) {
  const listed = invalid.slice(0, REFUSED_ROWS_LISTED);
  const error = badInput(
    `${invalid.length} of ${total} rows have problems, so nothing was imported: fix them (send those rows again) and commit again`,
    listed
      .flatMap((row) =>
        row.problems.map((p) => ({ path: `rows.${row.rowNumber}.${p.field}`, message: p.message })),
      )
      .slice(0, 100),
  );
  Object.assign(error.details, { invalidRowCount: invalid.length, rows: listed });
  return error;
}

/**
 * Creates every staged row's creator in one transaction, or none: duplicates and the catalogue are checked
 * again first, and any problem refuses the whole commit (BAD_USER_INPUT listing the rows). Inserts go in
 * MikroORM's batched flush; each creator gets its `creator.create` audit event and the import one more.
 */
export async function commitImport(
  em: EntityManager,
  actor: Actor,
  importId: string,
): Promise<CreatorImport> {
  return auditedWrite(em, actor, async (tx, audit) => {
    const creatorImport = await openImport(tx, actor, importId);
    // Read without tracking: 10,000 staged rows must not be diffed by the flush that inserts the creators.
    const rows = await tx.find(
      CreatorImportRow,
      { creatorImport: creatorImport.id },
      { orderBy: { rowNumber: 'asc' }, disableIdentityMap: true },
    );
    if (rows.length === 0)
      throw invalidField('input.importId', 'has no rows yet: add them before committing');

    const problems = new Map(
      rows.map((r) => [
        r.rowNumber,
        r.problems.filter(
          (p) =>
            p.code !== ImportProblemCode.DUPLICATE_IN_IMPORT && p.code !== ImportProblemCode.HANDLE_TAKEN,
        ),
      ]),
    );
    const firstRow = new Map<string, number>();
    for (const row of rows) {
      if (!row.handle) continue;
      const first = firstRow.get(row.handle);
      if (first === undefined) firstRow.set(row.handle, row.rowNumber);
      else problems.get(row.rowNumber)?.push(duplicateOf(first));
    }
    const taken = await takenHandles(tx, [...firstRow.keys()]);
    for (const [handle, rowNumber] of firstRow) {
      if (taken.has(handle)) problems.get(rowNumber)?.push(handleTaken(handle));
    }
    const invalid = rows
      .map((r) => ({ rowNumber: r.rowNumber, problems: problems.get(r.rowNumber) ?? [] }))
      .filter((r) => r.problems.length > 0);
    if (invalid.length > 0) throw refusal(invalid, rows.length);

    for (const row of rows) {
      const creator = creatorFrom(inputFrom(row.data));
      tx.persist(creator);
      audit.created(
        'creator.create',
        creator,
        `Imported from "${creatorImport.label}", row ${row.rowNumber}`,
      );
    }
    await audit.changed(
      'creatorImport.commit',
      creatorImport,
      () => {
        creatorImport.status = CreatorImportStatus.COMMITTED;
        creatorImport.committedAt = new Date();
        creatorImport.createdCount = rows.length;
      },
      `Imported ${rows.length} creators from "${creatorImport.label}"`,
    );
    await tx.nativeDelete(CreatorImportRow, { creatorImport: creatorImport.id });
    return creatorImport;
  });
}

/** Gives up an open import: nothing is imported and its rows are dropped. */
export async function cancelImport(
  em: EntityManager,
  actor: Actor,
  importId: string,
): Promise<CreatorImport> {
  return auditedWrite(em, actor, async (tx, audit) => {
    const creatorImport = await openImport(tx, actor, importId);
    await tx.nativeDelete(CreatorImportRow, { creatorImport: creatorImport.id });
    await audit.changed('creatorImport.cancel', creatorImport, () => {
      creatorImport.status = CreatorImportStatus.CANCELLED;
    });
    return creatorImport;
  });
}

// -------------------------------------------------------------------------------------------------- reads

export function importById(em: EntityManager, globalId: string): Promise<CreatorImport | null> {
  return em.findOne(CreatorImport, { id: expectGlobalId(globalId, 'CreatorImport', 'id') });
}

export async function rowCounts(em: EntityManager, creatorImport: CreatorImport) {
  const [received, invalid] = await Promise.all([
    em.count(CreatorImportRow, { creatorImport: creatorImport.id }),
    em.count(CreatorImportRow, { creatorImport: creatorImport.id, valid: false }),
  ]);
  return { received, invalid };
}

/** The rows with problems, by row number, as they stand after the chunks received so far. */
export function problemRows(ctx: Context, creatorImport: CreatorImport, page: ConnectionArgs) {
  return paginate(
    ctx.em,
    CreatorImportRow,
    { creatorImport: creatorImport.id, valid: false },
    { rowNumber: 'asc', id: 'asc' },
    page,
  );
}
