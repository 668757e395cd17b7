/**
 * Bulk load into the SQLite file the server migrated: prepared multi-row INSERTs, every table in one
 * transaction, with the journal and fsync off while loading (the file is the benchmark's own and is thrown
 * away afterwards). WAL mode, which the server uses, is restored before the server opens the file again.
 */
import Database from 'libsql';
import { type ColumnInfo, columnsToWrite } from './columns.js';
import { ADMIN_HASH, RawJson, type Row, type TableRows } from './generate.js';

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
): Promise<Record<string, number>> {
  const db = new Database(file);
  const written: Record<string, number> = {};
  try {
    db.exec('pragma journal_mode = off');
    db.exec('pragma synchronous = off');
    db.exec('pragma cache_size = -262144');
    db.exec('pragma temp_store = memory');
    const [admin] = db.prepare(ADMIN_HASH).all() as { password_hash: string | null }[];
    const tables = makeTables(admin?.password_hash ?? null);
    db.exec('begin');
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
      written[table] = insertAll(db, table, columns, rows());
      for (const index of indexes) db.exec(index.sql);
    }
    db.exec('commit');
    // Checks what the app's connections enforce (they turn foreign keys on); a broken reference is a bug in
    // the generator, and the numbers measured on such data would mean nothing.
    const broken = db.prepare('pragma foreign_key_check').all() as unknown[];
    if (broken.length > 0) throw new Error(`generated data breaks ${broken.length} foreign key(s)`);
    db.exec('pragma journal_mode = wal');
  } finally {
    db.close();
  }
  return written;
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
