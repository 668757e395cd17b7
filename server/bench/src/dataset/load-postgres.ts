/**
 * Bulk load into the PostgreSQL database the server migrated: one COPY (text format) a table through
 * pg-copy-streams, all in one transaction with synchronous commit off. Before a table's COPY its secondary
 * indexes (those backing no constraint) and its foreign keys are dropped. Right after the COPY the foreign
 * keys are added back from their own definitions, which checks every loaded row against the referenced
 * table in one join instead of one lookup a row (a third of the PostgreSQL side of the videos' COPY). Once
 * the rows are committed the indexes are recreated from their own definitions by two connections at once,
 * largest first: PostgreSQL 15 builds a GIN trigram index on one core, and the caption index alone takes
 * longer than every other build together, so it starts first and the other connection does the rest. Each
 * table is VACUUM ANALYZEd as soon as its last index is built, so the planner has the statistics
 * autovacuum would gather on its own a little later (measuring before it does would measure autovacuum's
 * timing, not Beacon). Triggers and the other constraints stay on: whatever the schema maintains by
 * trigger is maintained for the loaded rows too. Sampled rows are then found through the trigram indexes
 * by their own text. server/bench/README.md says where the time goes.
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type ColumnInfo, columnsToWrite } from './columns.js';
import { ADMIN_HASH, RawJson, type Row, type TableRows } from './generate.js';
import { type Phases, phaseTimer } from './phases.js';

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
): Promise<{ rows: Record<string, number>; phases: Phases }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const written: Record<string, number> = {};
  const { phases, lap } = phaseTimer();
  const dropped: { table: string; indexname: string; indexdef: string }[] = [];
  try {
    await client.query('set synchronous_commit = off');
    // The statement triggers that keep list_count read the COPY's rows back from a transition table:
    // in memory rather than spilled to a temporary file.
    await client.query("set work_mem = '2GB'");
    const admin = await client.query<{ password_hash: string | null }>(ADMIN_HASH);
    const tables = makeTables(admin.rows[0]?.password_hash ?? null);
    await client.query('begin');
    lap('prepare');
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
      dropped.push(...indexes.map((index) => ({ table, ...index })));
      const { rows: foreignKeys } = await client.query<{ conname: string; definition: string }>(
        `select conname, pg_get_constraintdef(oid) as definition from pg_constraint
          where conrelid = $1::regclass and contype = 'f' order by conname`,
        [table],
      );
      for (const fk of foreignKeys)
        await client.query(`alter table "${table}" drop constraint "${fk.conname}"`);
      lap('other tables');
      written[table] = await copyAll(client, table, columns, rows());
      lap(`${table}: generate and copy`);
      for (const fk of foreignKeys) {
        await client.query(`alter table "${table}" add constraint "${fk.conname}" ${fk.definition}`);
      }
      lap('foreign keys');
    }
    await client.query('commit');
    lap('commit');
    const jobs = await buildAndVacuum(url, dropped, written);
    lap('indexes and vacuum analyze');
    // Each build's and vacuum's own time, on whichever connection ran it: they overlap each other and
    // are all inside the phase above.
    for (const [job, seconds] of Object.entries(jobs)) phases[`  ${job}`] = seconds;
    await checkSearch(client);
    lap('search checks');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return { rows: written, phases };
}

/** Connections that build indexes and vacuum at once: one a core of the benchmark machine. */
const BUILDERS = 2;

/**
 * Recreates the dropped indexes on BUILDERS connections, GIN (trigram) builds first and the biggest
 * tables' first, and VACUUM ANALYZEs each loaded table once its last index is built (VACUUM and CREATE
 * INDEX lock each other out of a table): the small tables are done while the caption index is still being
 * built, and only the videos' VACUUM waits for it.
 */
async function buildAndVacuum(
  url: string,
  dropped: readonly { table: string; indexname: string; indexdef: string }[],
  written: Record<string, number>,
): Promise<Phases> {
  const took: Phases = {};
  const size = (table: string) => written[table] ?? 0;
  const weight = (index: { table: string; indexdef: string }) =>
    size(index.table) * (/ using gin /i.test(index.indexdef) ? 10 : 1);
  const pending = new Map<string, number>();
  for (const { table } of dropped) pending.set(table, (pending.get(table) ?? 0) + 1);
  const vacuum = (table: string) => ({
    table,
    name: `vacuum analyze ${table}`,
    sql: `vacuum analyze "${table}"`,
    index: false,
  });
  const queue = [
    ...[...dropped]
      .sort((a, b) => weight(b) - weight(a))
      .map((index) => ({
        table: index.table,
        name: `create index ${index.indexname}`,
        sql: index.indexdef,
        index: true,
      })),
    ...Object.keys(written)
      .filter((table) => !pending.has(table))
      .map(vacuum),
  ];
  await Promise.all(
    Array.from({ length: Math.min(BUILDERS, queue.length) }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query("set maintenance_work_mem = '512MB'");
        // A parallel B-tree build would take the core the single-process GIN build needs.
        await client.query('set max_parallel_maintenance_workers = 0');
        for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
          const started = performance.now();
          await client.query(job.sql);
          took[job.name] = (performance.now() - started) / 1000;
          if (!job.index) continue;
          const left = (pending.get(job.table) ?? 1) - 1;
          pending.set(job.table, left);
          // This connection is still working, so it takes the vacuum itself if no one else does.
          if (left === 0) queue.unshift(vacuum(job.table));
        }
      } finally {
        await client.end();
      }
    }),
  );
  return took;
}

const SAMPLE = 3;

/**
 * Every column with a trigram index: sampled rows are found by searching (ILIKE, as Beacon does) for
 * their own text, with only bitmap scans allowed, so the answer comes from the trigram index.
 */
async function checkSearch(client: pg.Client): Promise<void> {
  const { rows: indexed } = await client.query<{ table: string; column: string }>(
    `select t.relname as table, a.attname as column
       from pg_index x
       join pg_class i on i.oid = x.indexrelid
       join pg_class t on t.oid = x.indrelid
       join pg_opclass o on o.oid = x.indclass[0]
       join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
      where o.opcname = 'gin_trgm_ops' and t.relnamespace = current_schema()::regnamespace`,
  );
  await client.query('begin');
  try {
    await client.query('set local enable_seqscan = off');
    await client.query('set local enable_indexscan = off');
    await client.query('set local enable_indexonlyscan = off');
    for (const { table, column } of indexed) {
      const { rows: sample } = await client.query<{ id: unknown; text: string }>(
        `select id, "${column}" as text from "${table}" where "${column}" is not null order by id limit ${SAMPLE}`,
      );
      for (const row of sample) {
        const chars = [...row.text];
        const middle = Math.max(0, Math.floor(chars.length / 2) - 12);
        const term = chars.slice(middle, middle + 24).join('');
        if ([...term].length < 3) continue;
        const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        const { rows: found } = await client.query(
          `select 1 from (select id from "${table}" where "${column}" ilike $1 offset 0) s where s.id = $2`,
          [pattern, row.id],
        );
        if (found.length === 0) {
          throw new Error(`search: ${table} ${String(row.id)} is not found by its ${column}`);
        }
      }
    }
  } finally {
    await client.query('rollback');
  }
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
