/**
 * The whole programme as one JSON document, independent of the database engine: every table Beacon owns
 * (catalogue, spotlights with their versions, staff without credentials, the audit history), read in one
 * consistent snapshot, and imported into an EMPTY database of either engine. Export from SQLite, import
 * into PostgreSQL, export again: the records are identical.
 *
 * Format (`formatVersion` 1):
 *   { format: "beacon-programme-export", formatVersion: 1, exportedAt, source: { engine, migrations },
 *     omitted: { "<Table>" | "<Table>.<field>": why }, shape: { <Table>: [field, …] },
 *     records: { <Table>: [ { <field>: value, … } ] } }
 * Tables are entity class names (and the join tables of many-to-many relations by table name); fields
 * are entity property names; references hold the referenced record's id; instants are ISO 8601 UTC
 * strings; money and counts are integers; rows are sorted by primary key. `shape` names the fields each
 * table carries, so an import can tell an older export from a damaged one.
 *
 * Reading older exports: a change to the records' meaning (a renamed field, a split table) raises
 * EXPORT_FORMAT_VERSION and adds an upgrade step to UPGRADES that turns a version-n document into n+1;
 * imports run every step from the document's version to the current one. A new optional field needs no
 * new version: an older export simply lacks it, and the import leaves it at its default.
 */
import {
  type EntityMetadata,
  type EntityProperty,
  helper,
  IsolationLevel,
  type MikroORM,
  ReferenceKind,
} from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { nameSortKeyOf } from '../common/sort-key.js';
import { EXPORT_POLICY, type TablePolicy } from './export-policy.js';

export const EXPORT_FORMAT = 'beacon-programme-export';
export const EXPORT_FORMAT_VERSION = 1;

export type ExportRecord = Record<string, unknown>;

export interface ProgrammeExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly formatVersion: number;
  readonly exportedAt: string;
  readonly source: { readonly engine: 'sqlite' | 'postgres'; readonly migrations: readonly string[] };
  readonly omitted: Readonly<Record<string, string>>;
  readonly shape: Readonly<Record<string, readonly string[]>>;
  readonly records: Readonly<Record<string, readonly ExportRecord[]>>;
}

/** Steps that turn a document of version n (the key) into version n + 1. None yet: version 1 is the first. */
const UPGRADES: Readonly<Record<number, (document: ProgrammeExport) => ProgrammeExport>> = {};

/** Why an import or export cannot proceed; the scripts print the message as it is. */
export class ProgrammeTransferError extends Error {
  override name = 'ProgrammeTransferError';
}

const BATCH = 500;

/** A table Beacon owns: its metadata and what the export policy says about it. */
interface Table {
  readonly name: string;
  readonly meta: EntityMetadata;
  readonly policy: TablePolicy;
  /** A join table of a many-to-many relation: rows are plain column values. */
  readonly join: boolean;
  /** What each record carries: property names (entities) or column names (join tables). */
  readonly fields: readonly string[];
  readonly props: readonly EntityProperty[];
}

const STORED_KINDS = new Set<string>([
  ReferenceKind.SCALAR,
  ReferenceKind.MANY_TO_ONE,
  ReferenceKind.EMBEDDED,
]);

/** Every table Beacon owns, each with its export policy; fails for a table without one. */
export function tablesOf(orm: MikroORM): Table[] {
  const tables: Table[] = [];
  const undecided: string[] = [];
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    if (meta.embeddable || meta.virtual || meta.abstract) continue;
    const name = meta.className;
    const policy = EXPORT_POLICY[name];
    if (!policy) {
      undecided.push(name);
      continue;
    }
    const join = !!meta.pivotTable;
    const omit = policy.export ? (policy.omitFields ?? {}) : {};
    const props = meta.props.filter(
      (p) =>
        STORED_KINDS.has(p.kind) ||
        (p.kind === ReferenceKind.ONE_TO_ONE && p.owner && !p.embedded && p.persist !== false),
    );
    const stored = props.filter((p) => !p.embedded && p.persist !== false && !(p.name in omit));
    const fields = join ? stored.flatMap((p) => p.fieldNames) : stored.map((p) => p.name);
    tables.push({ name, meta, policy, join, fields, props: stored });
  }
  if (undecided.length > 0) {
    throw new ProgrammeTransferError(
      `No export policy for ${undecided.join(', ')}: add an entry to server/src/modules/backup/export-policy.ts`,
    );
  }
  return tables.sort((a, b) => a.name.localeCompare(b.name));
}

const bySortKey = (fields: readonly string[]) => (a: ExportRecord, b: ExportRecord) => {
  for (const field of fields) {
    const x = String(a[field] ?? '');
    const y = String(b[field] ?? '');
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}

function exportValue(orm: MikroORM, prop: EntityProperty, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
    return helper(value as object).getPrimaryKey();
  }
  if (prop.kind === ReferenceKind.EMBEDDED) {
    const embeddable = orm.getMetadata().find(prop.type);
    if (!embeddable) throw new ProgrammeTransferError(`Unknown embeddable ${prop.type}`);
    const one = (item: object) =>
      Object.fromEntries(
        embeddable.props.map((p) => [p.name, plainValue((item as Record<string, unknown>)[p.name])]),
      );
    return Array.isArray(value) ? value.map(one) : one(value as object);
  }
  return plainValue(value);
}

function importValue(orm: MikroORM, prop: EntityProperty, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (prop.kind === ReferenceKind.EMBEDDED) {
    const embeddable = orm.getMetadata().find(prop.type);
    if (!embeddable) throw new ProgrammeTransferError(`Unknown embeddable ${prop.type}`);
    const one = (item: Record<string, unknown>) =>
      Object.fromEntries(embeddable.props.map((p) => [p.name, importValue(orm, p, item[p.name])]));
    return Array.isArray(value) ? value.map(one) : one(value as Record<string, unknown>);
  }
  if (prop.kind === ReferenceKind.SCALAR && prop.runtimeType === 'Date') return new Date(value as string);
  return value;
}

/**
 * A record as `insertMany` takes it. An inline embeddable (a creator's consent) is stored as prefixed
 * columns, which `insertMany` only knows by their flattened property names, so it is spread into them.
 */
/**
 * Fields kept in step with others on every save (a name's sort key, common/sort-key.ts). An export made
 * before such a field existed lacks it, and the import derives it from the record instead of leaving the
 * column's default, so imported records sort as saved ones do.
 */
const DERIVED_ON_IMPORT: Readonly<Record<string, Readonly<Record<string, (row: ExportRecord) => unknown>>>> =
  {
    Campaign: { nameSortKey: (row) => nameSortKeyOf(String(row.name ?? '')) },
    Creator: { nameSortKey: (row) => nameSortKeyOf(String(row.displayName ?? '')) },
  };

function entityData(
  orm: MikroORM,
  table: Table,
  row: ExportRecord,
  present: ReadonlySet<string>,
): ExportRecord {
  const data: ExportRecord = {};
  for (const prop of table.props) {
    if (!present.has(prop.name)) continue;
    const value = importValue(orm, prop, row[prop.name]);
    if (prop.kind !== ReferenceKind.EMBEDDED || prop.object) {
      data[prop.name] = value;
      continue;
    }
    for (const flat of table.meta.props) {
      const [owner, field] = flat.embedded ?? [];
      if (owner !== prop.name || !field) continue;
      data[flat.name] = value === null ? null : ((value as ExportRecord)[field] ?? null);
    }
  }
  for (const [field, derive] of Object.entries(DERIVED_ON_IMPORT[table.name] ?? {})) {
    if (!present.has(field)) data[field] = derive(row);
  }
  return data;
}

/** The names of the migrations applied to this database, oldest first (for the reader's information). */
async function appliedMigrations(orm: MikroORM): Promise<string[]> {
  const executed = await orm.getMigrator().getExecutedMigrations();
  return executed.map((m) => m.name);
}

export const engineOf = (orm: MikroORM): 'sqlite' | 'postgres' =>
  orm.em.getPlatform() instanceof PostgreSqlPlatform ? 'postgres' : 'sqlite';

/** Reads every exported table in one consistent snapshot. */
export async function exportProgramme(orm: MikroORM): Promise<ProgrammeExport> {
  const tables = tablesOf(orm);
  const engine = engineOf(orm);
  const em = orm.em.fork() as SqlEntityManager;
  const records: Record<string, ExportRecord[]> = {};
  // One transaction, so the export is a single moment even while the server keeps writing.
  await em.transactional(
    async (tx) => {
      for (const table of tables) {
        if (!table.policy.export) continue;
        records[table.name] = table.join
          ? await readJoinTable(tx, table)
          : await readEntities(orm, tx, table);
      }
    },
    engine === 'postgres' ? { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true } : {},
  );
  const omitted: Record<string, string> = {};
  for (const table of tables) {
    if (!table.policy.export) omitted[table.name] = table.policy.reason;
    else
      for (const [field, why] of Object.entries(table.policy.omitFields ?? {}))
        omitted[`${table.name}.${field}`] = why;
  }
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    source: { engine, migrations: await appliedMigrations(orm) },
    omitted,
    shape: Object.fromEntries(tables.filter((t) => t.policy.export).map((t) => [t.name, [...t.fields]])),
    records,
  };
}

async function readJoinTable(tx: SqlEntityManager, table: Table): Promise<ExportRecord[]> {
  const rows: ExportRecord[] = await tx
    .getConnection()
    .execute(
      `select ${table.fields.map((f) => `"${f}"`).join(', ')} from "${table.meta.tableName}"`,
      [],
      'all',
      tx.getTransactionContext(),
    );
  return rows
    .map((row) => Object.fromEntries(table.fields.map((f) => [f, row[f]])))
    .sort(bySortKey(table.fields));
}

async function readEntities(orm: MikroORM, tx: SqlEntityManager, table: Table): Promise<ExportRecord[]> {
  const [pk] = table.meta.primaryKeys;
  if (!pk || table.meta.primaryKeys.length !== 1) {
    throw new ProgrammeTransferError(`${table.name} needs a single-column primary key to be exported`);
  }
  const out: ExportRecord[] = [];
  let after: unknown;
  // Keyset batches with a cleared identity map: memory stays flat however long the audit history is.
  for (;;) {
    const batch = await tx.find(table.meta.class, after === undefined ? {} : { [pk]: { $gt: after } }, {
      orderBy: { [pk]: 'asc' },
      limit: BATCH,
    });
    for (const entity of batch) {
      const values = entity as Record<string, unknown>;
      out.push(Object.fromEntries(table.props.map((p) => [p.name, exportValue(orm, p, values[p.name])])));
    }
    if (batch.length < BATCH) break;
    after = (batch[batch.length - 1] as Record<string, unknown>)[pk];
    tx.clear();
  }
  return out.sort(bySortKey([pk]));
}

/** Validates a parsed document and brings it to the current format version. */
export function readExport(document: unknown): ProgrammeExport {
  const doc = document as Partial<ProgrammeExport> | null;
  if (!doc || typeof doc !== 'object' || doc.format !== EXPORT_FORMAT) {
    throw new ProgrammeTransferError(`Not a Beacon programme export (expected "format": "${EXPORT_FORMAT}")`);
  }
  if (!Number.isInteger(doc.formatVersion) || (doc.formatVersion as number) < 1) {
    throw new ProgrammeTransferError('The export has no valid formatVersion');
  }
  if ((doc.formatVersion as number) > EXPORT_FORMAT_VERSION) {
    throw new ProgrammeTransferError(
      `The export is format version ${doc.formatVersion}, from a newer Beacon; this one reads up to ${EXPORT_FORMAT_VERSION}`,
    );
  }
  if (!doc.records || typeof doc.records !== 'object' || !doc.shape || typeof doc.shape !== 'object') {
    throw new ProgrammeTransferError('The export has no records or no shape');
  }
  let current = doc as ProgrammeExport;
  while (current.formatVersion < EXPORT_FORMAT_VERSION) {
    const step = UPGRADES[current.formatVersion];
    if (!step)
      throw new ProgrammeTransferError(`No upgrade from export format version ${current.formatVersion}`);
    current = step(current);
  }
  return current;
}

/** Row counts of every table Beacon owns that has any rows. */
async function nonEmptyTables(orm: MikroORM): Promise<string[]> {
  const em = orm.em.fork() as SqlEntityManager;
  const found: string[] = [];
  for (const table of tablesOf(orm)) {
    const [row] = await em
      .getConnection()
      .execute<{ n: number | string }[]>(`select count(*) as n from "${table.meta.tableName}"`);
    if (Number(row?.n ?? 0) > 0) found.push(table.name);
  }
  return found;
}

/** Imported tables in an order where every referenced record is inserted before its referrers. */
function insertionOrder(tables: readonly Table[]): Table[] {
  const byName = new Map(tables.map((t) => [t.meta.className, t]));
  const ordered: Table[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: Table) => {
    const seen = state.get(table.name);
    if (seen === 'done') return;
    if (seen === 'visiting') throw new ProgrammeTransferError(`Circular references through ${table.name}`);
    state.set(table.name, 'visiting');
    for (const prop of table.meta.props) {
      if (prop.kind !== ReferenceKind.MANY_TO_ONE && !(prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner))
        continue;
      const target = byName.get(prop.type);
      if (target && target !== table) visit(target);
    }
    state.set(table.name, 'done');
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

/**
 * Imports an export into an EMPTY database (migrated to the current schema): refuses one with any
 * Beacon record, so nothing is ever merged or overwritten. All or nothing, in one transaction.
 * Returns how many records each table received.
 */
export async function importProgramme(orm: MikroORM, document: unknown): Promise<Record<string, number>> {
  const doc = readExport(document);
  const tables = tablesOf(orm).filter((t) => t.policy.export);
  const known = new Map(tables.map((t) => [t.name, t]));

  for (const [name, fields] of Object.entries(doc.shape)) {
    const table = known.get(name);
    if (!table) throw new ProgrammeTransferError(`The export has a table this Beacon does not know: ${name}`);
    const unknown = fields.filter((f) => !table.fields.includes(f));
    if (unknown.length > 0) {
      throw new ProgrammeTransferError(
        `The export's ${name} has fields this Beacon does not know: ${unknown.join(', ')}`,
      );
    }
  }
  for (const name of Object.keys(doc.records)) {
    if (!(name in doc.shape))
      throw new ProgrammeTransferError(`The export's records name ${name}, which its shape lacks`);
  }

  const occupied = await nonEmptyTables(orm);
  if (occupied.length > 0) {
    throw new ProgrammeTransferError(
      `The database is not empty (records in ${occupied.join(', ')}); import only into a new, empty database`,
    );
  }

  const counts: Record<string, number> = {};
  const em = orm.em.fork() as SqlEntityManager;
  await em.transactional(async (tx) => {
    for (const table of insertionOrder(tables)) {
      const rows = doc.records[table.name] ?? [];
      counts[table.name] = rows.length;
      const present = new Set(doc.shape[table.name] ?? []);
      for (let start = 0; start < rows.length; start += BATCH) {
        const chunk = rows.slice(start, start + BATCH);
        if (table.join) {
          const trx = tx.getTransactionContext();
          if (!trx) throw new ProgrammeTransferError('The import lost its transaction');
          await tx
            .getKnex()
            .table(table.meta.tableName)
            .insert(chunk.map((row) => Object.fromEntries(table.fields.map((f) => [f, row[f]]))))
            .transacting(trx);
          continue;
        }
        const data = chunk.map((row) => entityData(orm, table, row, present));
        await tx.insertMany(table.meta.class, data);
      }
    }
  });
  return counts;
}

/**
 * The document as text: keys sorted at every level, so two exports of the same programme are the same
 * text whichever engine wrote them (PostgreSQL's jsonb reorders keys; SQLite keeps them as written).
 */
export function exportToJson(document: ProgrammeExport): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return `${JSON.stringify(sorted(document), null, 2)}\n`;
}
