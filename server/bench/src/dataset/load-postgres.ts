/**
 * Bulk load into the PostgreSQL database the server migrated: one COPY (text format) a table through
 * pg-copy-streams, all in one transaction with synchronous commit off, then VACUUM ANALYZE so the planner
 * has the statistics autovacuum would gather on its own a little later (measuring before it does would
 * measure autovacuum's timing, not Beacon). Triggers and constraints stay on: whatever the schema
 * maintains by trigger is maintained for the loaded rows too.
 */
import { once } from 'node:events';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type ColumnInfo, columnsToWrite } from './columns.js';
import { ADMIN_HASH, RawJson, type Row, type TableRows } from './generate.js';

type Convert = (value: unknown) => string;

/** COPY's text format: backslash escapes for the characters that delimit fields and rows. */
const escapeText = (text: string) =>
  /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;

function converter(column: ColumnInfo): Convert {
  const date = column.type === 'date';
  return (value) => {
    if (value === null || value === undefined) return '\\N';
    if (value instanceof Date) return date ? value.toISOString().slice(0, 10) : value.toISOString();
    if (value instanceof RawJson) return escapeText(value.json);
    if (typeof value === 'boolean') return value ? 't' : 'f';
    if (typeof value === 'object') return escapeText(JSON.stringify(value));
    return escapeText(String(value));
  };
}

const CHUNK = 1 << 20;

export async function loadPostgres(
  url: string,
  makeTables: (adminPasswordHash: string | null) => readonly TableRows[],
): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const written: Record<string, number> = {};
  try {
    await client.query('set synchronous_commit = off');
    await client.query("set maintenance_work_mem = '512MB'");
    const admin = await client.query<{ password_hash: string | null }>(ADMIN_HASH);
    const tables = makeTables(admin.rows[0]?.password_hash ?? null);
    await client.query('begin');
    for (const { table, rows } of tables) {
      const { rows: info } = await client.query<{
        column_name: string;
        data_type: string;
        is_nullable: string;
        column_default: string | null;
        is_identity: string;
      }>(
        `select column_name, data_type, is_nullable, column_default, is_identity
           from information_schema.columns where table_schema = current_schema() and table_name = $1
          order by ordinal_position`,
        [table],
      );
      const columns: ColumnInfo[] = info.map((c) => ({
        name: c.column_name,
        type: c.data_type.toLowerCase(),
        notNull: c.is_nullable === 'NO',
        hasDefault: c.column_default !== null || c.is_identity === 'YES',
      }));
      // Secondary indexes are built once after the rows are in rather than row by row; those backing a
      // constraint (primary keys, unique constraints that foreign keys may rely on) stay.
      const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
        `select indexname, indexdef from pg_indexes
          where schemaname = current_schema() and tablename = $1
            and indexname not in (select conname from pg_constraint where conrelid = $1::regclass)`,
        [table],
      );
      for (const index of indexes) await client.query(`drop index "${index.indexname}"`);
      written[table] = await copyAll(client, table, columns, rows());
      for (const index of indexes) await client.query(index.indexdef);
    }
    await client.query('commit');
    await client.query('vacuum analyze');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return written;
}

async function copyAll(
  client: pg.Client,
  table: string,
  columns: ColumnInfo[],
  rows: Iterable<Row>,
): Promise<number> {
  const iterator = rows[Symbol.iterator]();
  const first = iterator.next();
  if (first.done) return 0;
  const chosen = columnsToWrite(table, columns, first.value);
  const converters = chosen.map(converter);
  const names = chosen.map((c) => `"${c.name}"`).join(', ');
  const stream = client.query(copyFrom(`copy "${table}" (${names}) from stdin`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  let written = 0;
  let chunk = '';
  const line = (row: Row) => {
    let out = '';
    for (let i = 0; i < chosen.length; i++) {
      if (i > 0) out += '\t';
      out += (converters[i] as Convert)(row[(chosen[i] as ColumnInfo).name]);
    }
    return `${out}\n`;
  };
  for (let next: IteratorResult<Row> = first; !next.done; next = iterator.next()) {
    chunk += line(next.value);
    written++;
    if (chunk.length >= CHUNK) {
      const ok = stream.write(chunk);
      chunk = '';
      if (!ok) await Promise.race([once(stream, 'drain'), done]);
    }
  }
  if (chunk) stream.write(chunk);
  stream.end();
  await done;
  return written;
}
