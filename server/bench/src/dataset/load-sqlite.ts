/**
 * Bulk load into the SQLite file the server migrated: prepared multi-row INSERTs, every table in one
 * transaction, with the journal and fsync off while loading (the file is the benchmark's own and is thrown
 * away afterwards). WAL mode, which the server uses, is restored before the server opens the file again.
 *
 * The triggers that keep the FTS5 search tables are dropped while their (empty) table is loaded, and the
 * search table is then filled in one statement, the one Beacon's migration uses to fill it from existing
 * rows (derived.ts), before the triggers are recreated from their own SQL: FTS5 indexes a whole table in one
 * statement about twice as fast as row by row through a trigger, and twice as fast again with its bulk
 * settings (BULK_FTS5). Other triggers (the list counts) stay on.
 * After the load, sampled rows are found by searching their own text, and re-indexing them through the
 * triggers (an update of the searched columns, rolled back) gives the same per-column token counts.
 */
import Database from 'libsql';
import { type ColumnInfo, columnsToWrite } from './columns.js';
import { fillStatement } from './derived.js';
import { ADMIN_HASH, RawJson, type Row, type TableRows } from './generate.js';
import { type Phases, phaseTimer } from './phases.js';

/** SQLite allows 32,766 bound parameters a statement; stay well under it. */
const MAX_PARAMETERS = 16_000;
const MAX_ROWS_PER_STATEMENT = 400;

type Convert = (value: unknown) => unknown;

/** How MikroORM stores each type in SQLite: dates as epoch milliseconds, JSON as text, booleans as 0/1. */
function converter(column: ColumnInfo): Convert {
  const json = column.type === 'json';
  const date = column.type === 'date';
  return (value) => {
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return date ? value.toISOString().slice(0, 10) : value.getTime();
    if (value instanceof RawJson) return value.json;
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (json) return JSON.stringify(value);
    if (typeof value === 'object') return JSON.stringify(value);
    return value;
  };
}

interface SqliteColumnRow {
  name: string;
  type: string;
  notnull: number;
  dflt_value: unknown;
  pk: number;
}

export async function loadSqlite(
  file: string,
  makeTables: (adminPasswordHash: string | null) => readonly TableRows[],
): Promise<{ rows: Record<string, number>; phases: Phases }> {
  const db = new Database(file);
  const written: Record<string, number> = {};
  const { phases, lap } = phaseTimer();
  try {
    db.exec('pragma journal_mode = off');
    db.exec('pragma synchronous = off');
    db.exec('pragma cache_size = -262144');
    db.exec('pragma temp_store = memory');
    const [admin] = db.prepare(ADMIN_HASH).all() as { password_hash: string | null }[];
    const tables = makeTables(admin?.password_hash ?? null);
    db.exec('begin');
    const virtualTables = new Set(
      (
        db
          .prepare("select name from sqlite_master where type = 'table' and sql like 'create virtual table%'")
          .all() as { name: string }[]
      ).map((t) => t.name),
    );
    const searchTables: { table: string; search: string }[] = [];
    lap('prepare');
    for (const { table, rows } of tables) {
      const info = db.prepare(`pragma table_info("${table}")`).all() as SqliteColumnRow[];
      const columns: ColumnInfo[] = info.map((c) => ({
        name: c.name,
        type: c.type.toLowerCase(),
        notNull: c.notnull === 1,
        hasDefault: c.dflt_value !== null || c.pk > 0,
      }));
      // Secondary indexes are built once after the rows are in (a sort) rather than row by row.
      const indexes = db
        .prepare(
          "select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null",
        )
        .all(table) as { name: string; sql: string }[];
      for (const index of indexes) db.exec(`drop index "${index.name}"`);
      searchTables.push(...searchesOf(db, table, virtualTables).map((search) => ({ table, search })));
      const deferred = await deferSearch(db, table, virtualTables);
      lap('other tables');
      written[table] = insertAll(db, table, columns, rows());
      lap(`${table}: generate and insert`);
      for (const index of indexes) db.exec(index.sql);
      lap(`${table}: indexes`);
      if (deferred) {
        for (const { search, fill } of deferred.fills) bulkFill(db, search, fill);
        for (const trigger of deferred.triggers) db.exec(trigger.sql);
        lap(`${table}: search tables`);
      }
    }
    db.exec('commit');
    lap('commit');
    // Checks what the app's connections enforce (they turn foreign keys on); a broken reference is a bug in
    // the generator, and the numbers measured on such data would mean nothing.
    const broken = db.prepare('pragma foreign_key_check').all() as unknown[];
    if (broken.length > 0) throw new Error(`generated data breaks ${broken.length} foreign key(s)`);
    lap('foreign key check');
    db.exec('pragma journal_mode = wal');
    lap('wal');
    // After WAL is back: the check rolls back, which needs a journal.
    for (const { table, search } of searchTables) checkSearch(db, table, search);
    lap('search checks');
  } finally {
    db.close();
  }
  return { rows: written, phases };
}

function insertAll(db: Database.Database, table: string, columns: ColumnInfo[], rows: Iterable<Row>): number {
  let written = 0;
  let chosen: ColumnInfo[] | null = null;
  let converters: Convert[] = [];
  let perStatement = 0;
  let statement: Database.Statement | null = null;
  let buffer: unknown[] = [];
  let buffered = 0;
  const prepare = (n: number) => {
    const tuple = `(${(chosen as ColumnInfo[]).map(() => '?').join(',')})`;
    const names = (chosen as ColumnInfo[]).map((c) => `"${c.name}"`).join(',');
    return db.prepare(`insert into "${table}" (${names}) values ${Array(n).fill(tuple).join(',')}`);
  };
  const flush = () => {
    if (buffered === 0) return;
    const target = buffered === perStatement ? (statement as Database.Statement) : prepare(buffered);
    target.run(buffer);
    written += buffered;
    buffer = [];
    buffered = 0;
  };
  for (const row of rows) {
    if (!chosen) {
      chosen = columnsToWrite(table, columns, row);
      converters = chosen.map(converter);
      perStatement = Math.max(
        1,
        Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / chosen.length)),
      );
      statement = prepare(perStatement);
    }
    for (let i = 0; i < chosen.length; i++) {
      buffer.push((converters[i] as Convert)(row[(chosen[i] as ColumnInfo).name]));
    }
    if (++buffered === perStatement) flush();
  }
  flush();
  return written;
}

interface Deferred {
  readonly triggers: { name: string; sql: string }[];
  readonly fills: { search: string; fill: string }[];
}

/** Names of the tables a trigger's body writes to. */
const writtenBy = (sql: string) =>
  [...sql.matchAll(/\b(?:insert\s+into|delete\s+from|update)\s+[`"[]?(\w+)/gi)].map((m) => m[1] as string);

/** The triggers of `table` that write into a search (virtual) table. */
const searchTriggers = (db: Database.Database, table: string, virtualTables: ReadonlySet<string>) =>
  (
    db.prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name = ?").all(table) as {
      name: string;
      sql: string;
    }[]
  ).filter((t) => writtenBy(t.sql).some((name) => virtualTables.has(name)));

/** The search (virtual) tables the triggers of `table` write into. */
const searchesOf = (db: Database.Database, table: string, virtualTables: ReadonlySet<string>) => [
  ...new Set(
    searchTriggers(db, table, virtualTables)
      .flatMap((t) => writtenBy(t.sql))
      .filter((name) => virtualTables.has(name)),
  ),
];

/**
 * Drops the triggers of (empty) `table` that write into a search (virtual) table, when Beacon's migrations
 * have a statement filling every such search table from `table`'s rows; returns them and the fills.
 */
async function deferSearch(
  db: Database.Database,
  table: string,
  virtualTables: ReadonlySet<string>,
): Promise<Deferred | null> {
  const triggers = (
    db.prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name = ?").all(table) as {
      name: string;
      sql: string;
    }[]
  ).filter((t) => writtenBy(t.sql).some((name) => virtualTables.has(name)));
  if (triggers.length === 0) return null;
  if (db.prepare(`select 1 from "${table}" limit 1`).get() !== undefined) return null;
  const searches = [
    ...new Set(triggers.flatMap((t) => writtenBy(t.sql)).filter((n) => virtualTables.has(n))),
  ];
  const fills: { search: string; fill: string }[] = [];
  for (const search of searches) {
    const fill = await fillStatement('sqlite', search, table);
    if (!fill) {
      process.stderr.write(
        `bench: no migration fills "${search}" from "${table}"; its triggers stay on during the load\n`,
      );
      return null;
    }
    fills.push({ search, fill });
  }
  for (const trigger of triggers) db.exec(`drop trigger "${trigger.name}"`);
  return { triggers, fills };
}

/**
 * FTS5 settings for the bulk fill, restored afterwards. FTS5 collects new index entries in memory and
 * writes them out as a segment each time they pass `hashsize` (1 MB by default), merging segments as they
 * pile up (`automerge`, 4 by default): for the trigram index of 1,000,000 captions, hundreds of segments,
 * each entry rewritten at several merge levels. With 256 MB and no automerge the fill writes each entry
 * once, in a handful of large segments (rather than the eleven or so the defaults leave), in about half the
 * CPU time (figures in the bench README); the server's own writes merge them as usual once the defaults
 * are back.
 */
const BULK_FTS5 = { hashsize: 256 * 2 ** 20, automerge: 0 } as const;
/** FTS5's defaults for the settings above (fts5_config.c), which apply while `_config` has no row. */
const DEFAULT_FTS5: Record<keyof typeof BULK_FTS5, number> = { hashsize: 2 ** 20, automerge: 4 };

/**
 * Fills `search` with the migration's `fill` under BULK_FTS5, then leaves its stored settings (the
 * `<search>_config` rows) exactly as the migration made them, and this connection's settings with them.
 */
function bulkFill(db: Database.Database, search: string, fill: string): void {
  const config = `${search}_config`;
  if (!db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(config)) {
    db.exec(fill); // not an FTS5 table: no settings to tune
    return;
  }
  const stored = () =>
    new Map(
      (db.prepare(`select k, v from "${config}"`).all() as { k: string; v: unknown }[]).map((r) => [
        r.k,
        r.v,
      ]),
    );
  const before = stored();
  // FTS5 takes a setting's value only as an integer literal (a bound JavaScript number is a double).
  const set = (key: string, value: unknown) =>
    db.exec(`insert into "${search}" ("${search}", rank) values ('${key}', ${Number(value)})`);
  const changed: (keyof typeof BULK_FTS5)[] = [];
  for (const [key, value] of Object.entries(BULK_FTS5) as [keyof typeof BULK_FTS5, number][]) {
    try {
      set(key, value);
      changed.push(key);
    } catch {
      // An SQLite without this setting fills at its defaults: slower, same index.
    }
  }
  db.exec(fill);
  for (const key of changed) {
    set(key, before.get(key) ?? DEFAULT_FTS5[key]);
    if (!before.has(key)) db.prepare(`delete from "${config}" where k = ?`).run(key);
  }
  const after = stored();
  if (after.size !== before.size || [...after].some(([k, v]) => before.get(k) !== v)) {
    throw new Error(`search: the settings of ${search} differ from the migration's after the load`);
  }
}

const SAMPLE = 10;

/**
 * Sampled rows of `table` are found in `search` by their own text, column by column, and re-indexing them
 * through the triggers (an update of the searched columns to themselves, rolled back) leaves the same token
 * counts per column in the search table's size records: the bulk fill indexed what the triggers index.
 */
function checkSearch(db: Database.Database, table: string, search: string): void {
  const columns = (db.prepare(`pragma table_info("${search}")`).all() as { name: string }[]).map(
    (c) => c.name,
  );
  const { top } = db.prepare(`select max(rowid) as top from "${table}"`).get() as { top: number | null };
  if (!top) return;
  const rowids = Array.from({ length: SAMPLE }, (_, i) => Math.max(1, Math.round(((i + 1) * top) / SAMPLE)));
  const list = rowids.join(',');
  const rows = db
    .prepare(
      `select rowid as id, ${columns.map((c) => `"${c}"`).join(', ')} from "${table}" where rowid in (${list})`,
    )
    .all() as Record<string, unknown>[];
  const match = db.prepare(`select 1 from "${search}" where "${search}" match ? and rowid = ?`);
  for (const row of rows) {
    for (const column of columns) {
      const text = row[column];
      if (typeof text !== 'string' || [...text].length < 3) continue;
      const phrase = `{${column}} : "${[...text].slice(0, 24).join('').replaceAll('"', '""')}"`;
      if (match.get(phrase, row.id) === undefined) {
        throw new Error(`search: ${table} row ${String(row.id)} is not found in ${search} by its ${column}`);
      }
    }
  }
  const sizes = `${search}_docsize`;
  const hasSizes = db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(sizes);
  if (!hasSizes) return;
  const read = () =>
    new Map(
      (
        db.prepare(`select id, hex(sz) as sz from "${sizes}" where id in (${list})`).all() as {
          id: number;
          sz: string;
        }[]
      ).map((r) => [r.id, r.sz]),
    );
  const loaded = read();
  db.exec('savepoint search_check');
  try {
    db.exec(
      `update "${table}" set ${columns.map((c) => `"${c}" = "${c}"`).join(', ')} where rowid in (${list})`,
    );
    const triggered = read();
    if (triggered.size !== rows.length || [...triggered].some(([id, sz]) => loaded.get(id) !== sz)) {
      throw new Error(`search: ${search} differs from what its triggers write for sampled ${table} rows`);
    }
  } finally {
    db.exec('rollback to search_check');
    db.exec('release search_check');
  }
}
