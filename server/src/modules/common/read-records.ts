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
 */
import type { EntityManager, EntityProperty, Platform } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';

type Row = Record<string, unknown>;
type Class<T> = abstract new (...args: never[]) => T;

/**
 * The prototype records of `entity` inherit from: the entity's, with a plain writable data property in
 * place of each accessor MikroORM defines for change tracking, so a record holds its values as its own
 * properties. Getters without setters (`globalId`, `metrics`) are kept.
 */
const shadows = new Map<Class<object>, object>();

function shadowOf(entity: Class<object>): object {
  let shadow = shadows.get(entity);
  if (!shadow) {
    const made: object = Object.create(entity.prototype);
    for (let p = entity.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      for (const key of Object.getOwnPropertyNames(p)) {
        const descriptor = Object.getOwnPropertyDescriptor(p, key);
        if (descriptor?.set && !Object.hasOwn(made, key)) {
          Object.defineProperty(made, key, { value: undefined, writable: true, configurable: true });
        }
      }
    }
    shadows.set(entity, made);
    shadow = made;
  }
  return shadow;
}

/** A record of `entity` holding `values` as its own properties. */
export function recordOf<T extends object>(entity: Class<T>, values: Partial<T>): T {
  return Object.assign(Object.create(shadowOf(entity)), values) as T;
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

/** Reads rows of one entity (columns prefixed `alias__`, or bare for the statement's root) into records. */
export type RecordReader<T> = (row: Row) => T | null;

function embeddedValue(prop: EntityProperty, row: Row, prefix: string, platform: Platform): unknown {
  const embeddable = prop.embeddable as unknown as new () => object;
  if (prop.object) {
    // Stored as JSON: an object, or an array of them.
    const parsed = scalarValue(prop, row[prefix + (prop.fieldNames[0] as string)], platform);
    if (parsed === null) return null;
    const build = (item: Row) => Object.assign(new embeddable(), item);
    return Array.isArray(parsed) ? parsed.map((item) => build(item as Row)) : build(parsed as Row);
  }
  // Inline columns: null when every column is null, as MikroORM hydrates it.
  const values: Row = {};
  let any = false;
  for (const child of Object.values(prop.embeddedProps)) {
    const value = scalarValue(child, row[prefix + (child.fieldNames[0] as string)], platform);
    if (value !== null) any = true;
    values[child.embedded?.[1] ?? child.name] = value;
  }
  return any ? Object.assign(new embeddable(), values) : null;
}

/**
 * A reader of `entity` rows: `alias` is the join alias whose columns are named `alias__column` by
 * MikroORM's query builder; leave it out for the root of the statement (bare column names). A row whose
 * primary key is null (an outer join that matched nothing) reads as null.
 */
export function recordReader<T extends object>(
  em: EntityManager,
  entity: Class<T>,
  alias?: string,
): RecordReader<T> {
  const meta = em.getMetadata().get(entity.name);
  const platform = em.getPlatform();
  const prefix = alias ? `${alias}__` : '';
  const primary = meta.properties[meta.primaryKeys[0] as string] as EntityProperty;
  const readers: ((row: Row, into: Row) => void)[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.embedded) continue;
    const column = prop.fieldNames?.[0];
    if (prop.kind === 'scalar' && column) {
      readers.push((row, into) => {
        into[prop.name] = scalarValue(prop, row[prefix + column], platform);
      });
    } else if (prop.kind === 'embedded') {
      readers.push((row, into) => {
        into[prop.name] = embeddedValue(prop, row, prefix, platform);
      });
    } else if ((prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner)) && column) {
      const target = prop.targetMeta?.class as Class<object>;
      readers.push((row, into) => {
        const id = row[prefix + column];
        into[prop.name] = id === null || id === undefined ? null : recordOf(target, { id } as never);
      });
    }
  }
  const idColumn = prefix + (primary.fieldNames[0] as string);
  let read = readBy.get(em);
  if (!read) {
    read = [];
    readBy.set(em, read);
  }
  const records = read;
  return (row) => {
    if (row[idColumn] === null || row[idColumn] === undefined) return null;
    const values: Row = {};
    for (const readColumn of readers) readColumn(row, values);
    const record = recordOf(entity, values as Partial<T>);
    records.push(record);
    return record;
  };
}

/** A statement built once per database, run with each request's values in place of `PARAMETER`. */
export interface PreparedRead {
  readonly sql: string;
  readonly params: readonly unknown[];
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
    read = { sql, params: bindings };
    reads.set(name, read);
  }
  return read;
}

/** Runs a prepared statement with `value` for each `PARAMETER`, in the request's transaction if any. */
export function runPrepared(em: EntityManager, read: PreparedRead, value?: string): Promise<Row[]> {
  const params = read.params.map((p) => (p === PARAMETER ? value : p));
  return (em as SqlEntityManager)
    .getConnection()
    .execute(read.sql, params as unknown[], 'all', em.getTransactionContext());
}
