/**
 * Read-only records for public reads that change nothing (the hub's read path, hub.service.ts): rows of
 * one SQL statement turned into objects of their entity's class without MikroORM's hydration, identity
 * map or change tracking, which such a request would pay for on every entity and never use.
 *
 * A record has every column of its entity, converted as MikroORM converts it (custom types such as JSON
 * and big integers, booleans, dates, embeddables), and its entity's prototype, so GraphQL resolves it as it
 * resolves the entity: the same getters (`globalId`, `metrics`), type name and field resolvers. A
 * many-to-one is a record holding only the related id (what field resolvers read to batch-load it).
 * Collections are not set: the read path hands its loaded children to the resolvers beside the record.
 * Records are never persisted or flushed. They are not in the entity manager's identity map, so each
 * entity manager lists the records read through it (`recordsReadBy`), for what asks what a request loaded
 * (the surrogate keys of a public answer, public-cache.plugin.ts).
 *
 * Records for an anonymous reader (`RecordAudience` 'public') leave out every column behind a field with
 * roles: such a reader is refused those fields before anything reads them (auth-checker.ts), so the
 * statement does not select them, and reading one from such a record throws rather than answering
 * nothing. A public hub then never holds staff-only data (safe-messaging findings, consent, account
 * standing), and does not pay for it: the findings are about a fifth of the spotlights statement's value.
 */
import {
  type EntityManager,
  type EntityMetadata,
  type EntityProperty,
  type Platform,
  raw,
} from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { isPostgres, jsonArrayOf, jsonColumns, jsonRecordsSelect } from '../../db/dialect.js';
import type { Context } from './context.js';
import { fieldHasRoles } from './field-roles.js';

type Row = Record<string, unknown>;
type Class<T> = abstract new (...args: never[]) => T;

/**
 * Who a statement's records are for: `staff`, every column; `public`, an anonymous reader's, without the
 * columns of fields that have roles (see the top of this file).
 */
export type RecordAudience = 'staff' | 'public';

/** The audience of the request's reader: anonymous readers get public records. */
export const recordAudience = (ctx: Pick<Context, 'user'>): RecordAudience => (ctx.user ? 'staff' : 'public');

/**
 * The prototype records of `entity` inherit from: the entity's, with a plain writable data property in
 * place of each accessor MikroORM defines for change tracking, so a record holds its values as its own
 * properties. Getters without setters (`globalId`, `metrics`) are kept. Each of `withheld` (the
 * properties a public record does not read) is a getter that throws.
 */
function shadowOf(entity: Class<object>, withheld: readonly string[] = []): object {
  const made: object = Object.create(entity.prototype);
  for (const key of withheld) {
    Object.defineProperty(made, key, {
      get() {
        throw new Error(`${entity.name}.${key} is staff-only and was not read for this public record`);
      },
    });
  }
  for (let p = entity.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const key of Object.getOwnPropertyNames(p)) {
      const descriptor = Object.getOwnPropertyDescriptor(p, key);
      if (descriptor?.set && !Object.hasOwn(made, key)) {
        Object.defineProperty(made, key, { value: undefined, writable: true, configurable: true });
      }
    }
  }
  return made;
}

/** The staff shadow of each entity, for records that hold only an id (`recordOf`). */
const shadows = new Map<Class<object>, object>();

/** A record of `entity` holding `values` as its own properties. */
export function recordOf<T extends object>(entity: Class<T>, values: Partial<T>): T {
  let shadow = shadows.get(entity);
  if (!shadow) {
    shadow = shadowOf(entity);
    shadows.set(entity, shadow);
  }
  return Object.assign(Object.create(shadow), values) as T;
}

const readBy = new WeakMap<EntityManager, object[]>();

/** The records read through `em` (the request's entity manager), in the order read. */
export function recordsReadBy(em: EntityManager): readonly object[] {
  return readBy.get(em) ?? [];
}

/** One column's value as the hydrator would set it (ObjectHydrator's scalar rules). */
function scalarValue(prop: EntityProperty, value: unknown, platform: Platform): unknown {
  if (value === null || value === undefined) return null;
  if (prop.customType) return prop.customType.convertToJSValue(value, platform);
  if (prop.runtimeType === 'boolean') return !!value;
  if (prop.runtimeType === 'Date' && !(value instanceof Date)) {
    const tz = platform.getTimezone();
    if (!tz || tz === 'local' || typeof value === 'number') return new Date(value as number);
    const text = String(value);
    return text.includes('+') || text.lastIndexOf('-') > 10 || text.endsWith('Z')
      ? new Date(text)
      : new Date(text + tz);
  }
  return value;
}

/** Reads one entity's columns (by column name, as `recordsSelect` reads them) into a record. */
export type RecordReader<T> = (columns: unknown) => T | null;

function embeddedValue(prop: EntityProperty, row: Row, platform: Platform): unknown {
  const embeddable = prop.embeddable as unknown as new () => object;
  if (prop.object) {
    // Stored as JSON: an object, or an array of them.
    const parsed = scalarValue(prop, row[prop.fieldNames[0] as string], platform);
    if (parsed === null) return null;
    const build = (item: Row) => Object.assign(new embeddable(), item);
    return Array.isArray(parsed) ? parsed.map((item) => build(item as Row)) : build(parsed as Row);
  }
  // Inline columns: null when every column is null, as MikroORM hydrates it.
  const values: Row = {};
  let any = false;
  for (const child of Object.values(prop.embeddedProps)) {
    const value = scalarValue(child, row[child.fieldNames[0] as string], platform);
    if (value !== null) any = true;
    values[child.embedded?.[1] ?? child.name] = value;
  }
  return any ? Object.assign(new embeddable(), values) : null;
}

/**
 * How rows of one entity become records for one audience: the columns to read, the reading, and the
 * records' prototype. Made once per entity and audience.
 */
interface RecordPlan {
  readonly columns: readonly string[];
  readonly idColumn: string;
  readonly read: (row: Row, into: Row) => void;
  readonly shadow: object;
}

const plans = { staff: new WeakMap<object, RecordPlan>(), public: new WeakMap<object, RecordPlan>() };

function planOf(em: EntityManager, entity: Class<object>, audience: RecordAudience): RecordPlan {
  const meta = em.getMetadata().get(entity.name);
  let plan = plans[audience].get(meta);
  if (plan) return plan;
  const platform = em.getPlatform();
  const columns: string[] = [];
  const readers: ((row: Row, into: Row) => void)[] = [];
  const withheld: string[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.embedded) continue;
    if (audience === 'public' && fieldHasRoles(entity, prop.name)) {
      withheld.push(prop.name);
      continue;
    }
    const column = prop.fieldNames?.[0];
    if (prop.kind === 'scalar' && column) {
      columns.push(column);
      readers.push((row, into) => {
        into[prop.name] = scalarValue(prop, row[column], platform);
      });
    } else if (prop.kind === 'embedded') {
      if (prop.object) columns.push(prop.fieldNames[0] as string);
      else for (const child of Object.values(prop.embeddedProps)) columns.push(child.fieldNames[0] as string);
      readers.push((row, into) => {
        into[prop.name] = embeddedValue(prop, row, platform);
      });
    } else if ((prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner)) && column) {
      columns.push(column);
      const target = prop.targetMeta?.class as Class<object>;
      readers.push((row, into) => {
        const id = row[column];
        into[prop.name] = id === null || id === undefined ? null : recordOf(target, { id } as never);
      });
    }
  }
  const primary = meta.properties[meta.primaryKeys[0] as string] as EntityProperty;
  plan = {
    columns,
    idColumn: primary.fieldNames[0] as string,
    read: (row, into) => {
      for (const readColumn of readers) readColumn(row, into);
    },
    shadow: shadowOf(entity, withheld),
  };
  plans[audience].set(meta, plan);
  return plan;
}

/**
 * The select list of a statement that reads records: ONE JSON value (db/dialect.ts) holding, for each row,
 * every column of each entity of `aliases` under its alias, and each of `collections` (`collectionRecords`)
 * under its key, with the columns `audience` reads. `runPrepared` hands back its rows, in no particular
 * order, and `recordReader` (for the same audience) turns an alias's columns into a record.
 */
export function recordsSelect(
  em: EntityManager,
  aliases: Record<string, Class<object>>,
  collections: Record<string, string> = {},
  audience: RecordAudience = 'staff',
) {
  const fields: Record<string, string> = {};
  for (const [alias, entity] of Object.entries(aliases)) {
    fields[alias] = jsonColumns(em, alias, planOf(em, entity, audience).columns);
  }
  return raw(jsonRecordsSelect(em, { ...fields, ...collections }));
}

/**
 * For `recordsSelect`: the collection `property` of the statement's `owner` (joined as `ownerAlias`), as
 * an array of its items' columns for `audience`, read by a subquery in the same statement (so the
 * owner's row is not repeated once per item). One-to-many and owning many-to-many collections.
 */
export function collectionRecords(
  em: EntityManager,
  owner: Class<object>,
  ownerAlias: string,
  property: string,
  alias: string,
  audience: RecordAudience = 'staff',
): string {
  const meta = em.getMetadata().get(owner.name);
  const prop = meta.properties[property] as EntityProperty;
  const target = prop.targetMeta as EntityMetadata;
  const q = (name: string) => em.getPlatform().quoteIdentifier(name);
  const pk = (m: EntityMetadata) =>
    (m.properties[m.primaryKeys[0] as string] as EntityProperty).fieldNames[0];
  const ownerKey = q(`${ownerAlias}.${pk(meta)}`);
  let from: string;
  if (prop.kind === 'm:n' && prop.owner) {
    const pivot = `${alias}_pivot`;
    from =
      `from ${q(prop.pivotTable)} as ${q(pivot)} join ${q(target.tableName)} as ${q(alias)}` +
      ` on ${q(`${alias}.${pk(target)}`)} = ${q(`${pivot}.${prop.inverseJoinColumns[0]}`)}` +
      ` where ${q(`${pivot}.${prop.joinColumns[0]}`)} = ${ownerKey}`;
  } else if (prop.kind === '1:m') {
    const foreignKey = (target.properties[prop.mappedBy] as EntityProperty).fieldNames[0];
    from = `from ${q(target.tableName)} as ${q(alias)} where ${q(`${alias}.${foreignKey}`)} = ${ownerKey}`;
  } else {
    throw new Error(`${owner.name}.${property}: only one-to-many and owning many-to-many collections`);
  }
  return jsonArrayOf(
    em,
    jsonColumns(em, alias, planOf(em, target.class as Class<object>, audience).columns),
    from,
  );
}

/**
 * A reader of `entity` records from its columns in a row of `recordsSelect` for the same `audience`.
 * Columns whose primary key is null (an outer join that matched nothing) read as null.
 */
export function recordReader<T extends object>(
  em: EntityManager,
  entity: Class<T>,
  audience: RecordAudience = 'staff',
): RecordReader<T> {
  const plan = planOf(em, entity, audience);
  let read = readBy.get(em);
  if (!read) {
    read = [];
    readBy.set(em, read);
  }
  const records = read;
  return (columns) => {
    const row = columns as Row | null | undefined;
    if (!row || row[plan.idColumn] === null || row[plan.idColumn] === undefined) return null;
    // Straight into the record: no object of values to copy from.
    const record = Object.create(plan.shadow) as T;
    plan.read(row, record as Row);
    records.push(record);
    return record;
  };
}

/** A statement built once per database, run with each request's values in place of `PARAMETER`. */
export interface PreparedRead {
  readonly sql: string;
  readonly params: readonly unknown[];
  /** PostgreSQL: `sql` with numbered placeholders (`$1`), as the driver takes it. */
  readonly positional?: string;
}

/** Stands for a request's value in a statement built by `preparedRead`. */
export const PARAMETER = '\u0000request-value';

const prepared = new WeakMap<object, Map<string, PreparedRead>>();

/**
 * The statement `name` for this database, built on first use by MikroORM's query builder (so each engine
 * gets its own dialect) with `PARAMETER` where a request's value goes, and kept: building it is much of
 * the cost of a small read. `name` must say everything the statement depends on besides `PARAMETER`.
 */
export function preparedRead(
  em: EntityManager,
  name: string,
  build: (em: SqlEntityManager) => {
    getKnexQuery(): { toSQL(): { sql: string; bindings: readonly unknown[] } };
  },
): PreparedRead {
  const platform = em.getPlatform();
  let reads = prepared.get(platform);
  if (!reads) {
    reads = new Map();
    prepared.set(platform, reads);
  }
  let read = reads.get(name);
  if (!read) {
    // Knex's own form, `?` placeholders, which the connection binds on either engine.
    const { sql, bindings } = build(em as SqlEntityManager)
      .getKnexQuery()
      .toSQL();
    // A value MikroORM writes into the SQL itself (a `raw` fragment's) cannot be replaced per request.
    if (sql.includes(PARAMETER.slice(1))) {
      throw new Error(`${name}: PARAMETER may only be used where the query builder binds values`);
    }
    const knexClient = (em as SqlEntityManager).getKnex().client as {
      positionBindings?(sql: string): string;
    };
    read = {
      sql,
      params: bindings,
      positional: isPostgres(em) ? knexClient.positionBindings?.(sql) : undefined,
    };
    reads.set(name, read);
  }
  return read;
}

/**
 * Runs a prepared statement whose select list is `recordsSelect`, with `value` for each `PARAMETER`, and
 * returns its rows: each an object of columns by alias. In the request's transaction if it has one;
 * otherwise straight on a pooled connection (`runOnPooledConnection`).
 */
export async function runPrepared(
  em: EntityManager,
  read: PreparedRead,
  value?: string,
): Promise<Record<string, unknown>[]> {
  const params = read.params.map((p) => (p === PARAMETER ? value : p));
  const transaction = em.getTransactionContext();
  const records = transaction
    ? (
        (await (em as SqlEntityManager)
          .getConnection()
          .execute(read.sql, params as unknown[], 'all', transaction)) as { records: unknown }[]
      )[0]?.records
    : await runOnPooledConnection(em, read, params);
  // SQLite hands the JSON back as text; PostgreSQL's driver parses its json type itself.
  const found = records ?? '[]';
  return (typeof found === 'string' ? JSON.parse(found) : found) as Record<string, unknown>[];
}

/** The parts of knex's client and of the two drivers' connections a direct read touches. */
interface PoolClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}
interface PgConnection {
  query(
    config: { text: string; values: unknown[] },
    done: (error: Error | null, result: { rows: { records?: unknown }[] }) => void,
  ): void;
}
interface SqliteConnection {
  prepare(sql: string): { all(params: unknown[]): { records?: unknown }[] };
}

/**
 * The statement's one value, run on a connection taken from the ORM's pool and given back, through the
 * driver itself. A prepared read is one SELECT with its SQL and values ready, and MikroORM's `execute`
 * would first write the values into the SQL text (escaping them, and on SQLite making each campaign's
 * statement a different one to prepare), then hand it to knex's runner, which costs about as much again
 * as running the hub's spotlights statement. Same pool, same connections (so the same timeouts, prepared
 * statement cache and busy handling, `db/orm-config.ts`), the driver's own errors as `execute` lets them
 * through (what `db/database-faults.ts` reads), and MikroORM's query log when it is on (what tests count).
 */
async function runOnPooledConnection(
  em: EntityManager,
  read: PreparedRead,
  params: unknown[],
): Promise<unknown> {
  const client = (em as SqlEntityManager).getKnex().client as PoolClient;
  const logger = em.config.getLogger();
  const started = Date.now();
  let connection: unknown;
  try {
    connection = await client.acquireConnection();
    const rows = read.positional
      ? await new Promise<{ records?: unknown }[]>((resolve, reject) => {
          (connection as PgConnection).query(
            { text: read.positional as string, values: params },
            (error, result) => (error ? reject(error) : resolve(result.rows)),
          );
        })
      : (connection as SqliteConnection).prepare(read.sql).all(params.map(sqliteValue));
    if (logger.isEnabled('query')) {
      logger.logQuery({
        query: read.sql,
        params,
        took: Date.now() - started,
        results: rows.length,
        level: 'info',
      });
    }
    return rows[0]?.records;
  } catch (error) {
    if (logger.isEnabled('query')) {
      logger.logQuery({ query: read.sql, params, took: Date.now() - started, level: 'error' });
    }
    throw error;
  } finally {
    if (connection !== undefined) await client.releaseConnection(connection);
  }
}

/** A value as knex binds it on SQLite: dates as epoch milliseconds, booleans as 0 or 1. */
const sqliteValue = (value: unknown) =>
  value instanceof Date ? value.valueOf() : typeof value === 'boolean' ? Number(value) : value;

/** The records of a collection read by `collectionRecords` for the same `audience`. */
export function recordsOf<T extends object>(
  em: EntityManager,
  entity: Class<T>,
  items: unknown,
  audience: RecordAudience = 'staff',
): T[] {
  const read = recordReader(em, entity, audience);
  return (items as unknown[]).map((item) => read(item) as T);
}
