/**
 * Where the two engines differ, behind one function each so services stay engine-agnostic: which engine
 * this is, case-insensitive text search (served by each engine's trigram index), and "this JSON array
 * column contains a value". Dialect branches
 * and hand-written SQL belong here (or elsewhere in `db/`), not in feature modules.
 */
import { type EntityManager, type FilterQuery, raw } from '@mikro-orm/core';

/** Whether `em` talks to PostgreSQL (else the embedded SQLite). */
export const isPostgres = (em: EntityManager) => em.getPlatform().constructor.name.startsWith('PostgreSql');

/** Escapes LIKE wildcards so a search for `50%` finds the text `50%`. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The text each list searches, by table and column. The migrations index exactly these: PostgreSQL with a
 * pg_trgm GIN index per column (`<table>_<column>_trgm_index`), SQLite with one FTS5 trigram table per
 * table (`<table>_search`, a column for each, keyed by the row's rowid), both kept by the database itself.
 */
export const SEARCHED_COLUMNS = {
  creator: ['handle', 'display_name'],
  awareness_video: ['title', 'caption'],
} as const;

export type SearchedTable = keyof typeof SEARCHED_COLUMNS;

/** Trigrams need three characters: a shorter term has none to look up, so it scans (see below). */
export const INDEXED_SEARCH_MIN = 3;

/**
 * Matches records where any of `fields` contains `term`, ignoring case. SQLite's LIKE is already
 * case-insensitive for ASCII; PostgreSQL needs ILIKE. Reads every row it checks: for small tables; the
 * large lists use `indexedTextSearch`.
 */
export function textSearch<T>(
  em: EntityManager,
  fields: readonly string[],
  term: string | null | undefined,
): FilterQuery<T> {
  const trimmed = term?.trim();
  if (!trimmed) return {} as FilterQuery<T>;
  const pattern = likePattern(trimmed);
  if (isPostgres(em)) {
    // PostgreSQL's LIKE escapes with a backslash by default.
    return { $or: fields.map((field) => ({ [field]: { $ilike: pattern } })) } as FilterQuery<T>;
  }
  // SQLite's LIKE has no escape character unless one is named: without it, "jo_smith" or "100%" would
  // look for a backslash and find nothing.
  const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return {
    $or: fields.map((field) => ({
      [raw((alias: string) => `(${alias}.${column(field)} like ? escape '\\')`, [pattern])]: 1,
    })),
  } as FilterQuery<T>;
}

/** Up to this many index candidates, SQLite reads the candidates; past it, the list in its own order. */
const CANDIDATES_READ_MAX = 2_000;

/**
 * `textSearch` over the searched columns of `table` (SEARCHED_COLUMNS), served by indexes for terms of
 * three characters or more, with exactly `textSearch`'s results. Returns a builder: conditions made with
 * `raw()` are single-use, and a list builds its page query and its count separately.
 *
 * PostgreSQL's trigram indexes serve its ILIKE directly, its planner choosing between them and the list's
 * order. SQLite has no such choice, so it is made here: the FTS5 trigram table is asked first how many
 * rows hold the term (the term as a quoted phrase, so FTS5's own syntax is inert), stopping past
 * `CANDIDATES_READ_MAX`. For a rare term (or none) SQLite reads just those candidates by rowid and sorts
 * them, and the same LIKE re-checks each one: the trigram tokenizer folds case more widely than LIKE,
 * never less, so it never drops a row LIKE keeps. For a common term, LIKE alone checks rows in list order
 * and fills the page from the first few hundred. A term of one or two characters holds no trigram: on
 * both engines LIKE alone checks rows in list order (quick for a common term, a scan of the table for one
 * that matches nothing).
 */
export async function indexedTextSearch<T>(
  em: EntityManager,
  table: SearchedTable,
  term: string | null | undefined,
): Promise<() => FilterQuery<T>> {
  const fields = SEARCHED_COLUMNS[table].map((column) =>
    column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
  );
  const like = () => textSearch<T>(em, fields, term);
  const trimmed = term?.trim();
  if (!trimmed || isPostgres(em) || [...trimmed].length < INDEXED_SEARCH_MIN) return like;
  const phrase = `"${trimmed.replaceAll('"', '""')}"`;
  const matching = `select rowid from ${table}_search where ${table}_search match ?`;
  const [probe] = (await em
    .getConnection()
    .execute(
      `select count(*) as n from (${matching} limit ${CANDIDATES_READ_MAX + 1})`,
      [phrase],
      'all',
      em.getTransactionContext(),
    )) as { n: unknown }[];
  if (Number(probe?.n ?? 0) > CANDIDATES_READ_MAX) return like;
  // A bare `rowid in (…)`, so SQLite looks the candidates up by rowid (a miss reads nothing).
  return () =>
    ({
      $and: [{ [raw((alias: string) => `${alias}.rowid`)]: { $in: raw(`(${matching})`, [phrase]) } }, like()],
    }) as FilterQuery<T>;
}

/**
 * Matches records whose JSON array column `column` (snake_case) contains the string `value`. The large
 * lists filter by topic through this, row after row in the list's order, and a bounded `totalCount` checks
 * up to a thousand matches' worth of rows, so the test must be cheap per row. PostgreSQL: jsonb containment
 * (`@>`), one call on the stored binary form. SQLite: `instr` first looks for the value as the column's
 * JSON spells it (`"EATING_DISORDERS"`, quotes included), which rejects a non-matching row without parsing
 * its JSON; `json_each` then confirms the rows `instr` keeps, so a value that only appears inside a longer
 * string never matches. Beacon writes these columns as JSON.stringify does, never escaping a letter, so a
 * row that holds the value always contains that spelling.
 */
export function jsonArrayContains<T>(
  em: EntityManager,
  column: string,
  value: string | null | undefined,
): FilterQuery<T> {
  if (value == null) return {} as FilterQuery<T>;
  if (isPostgres(em)) {
    return {
      [raw((alias: string) => `(${alias}.${column} @> ?::jsonb)`, [JSON.stringify([value])])]: [],
    } as FilterQuery<T>;
  }
  return {
    [raw(
      (alias: string) =>
        `(instr(${alias}.${column}, ?) > 0 and exists (select 1 from json_each(${alias}.${column}) where json_each.value = ?))`,
      [JSON.stringify(value), value],
    )]: [],
  } as FilterQuery<T>;
}

/** Matches records whose JSON array column `column` (snake_case) is empty (false) or has an item (true). */
export function jsonArrayNonEmpty<T>(
  em: EntityManager,
  column: string,
  wanted: boolean | null | undefined,
): FilterQuery<T> {
  if (wanted == null) return {} as FilterQuery<T>;
  const expression = isPostgres(em)
    ? (alias: string) => `jsonb_array_length(${alias}.${column})`
    : (alias: string) => `json_array_length(${alias}.${column})`;
  return { [raw(expression)]: wanted ? { $gt: 0 } : 0 } as FilterQuery<T>;
}

/*
 * Reading a result as ONE JSON value. The driver then turns a single string into JavaScript instead of
 * every column of every row, which on both engines costs more than running a small statement
 * (read-records.ts). SQLite: `json_object` (at most 63 keys), `json_group_array`; PostgreSQL:
 * `json_build_object` (at most 50 keys), `json_agg`, an empty result as `[]` rather than null.
 */

/** An expression: an object of `columns` of `alias`, by column name. */
export function jsonColumns(em: EntityManager, alias: string, columns: readonly string[]): string {
  const platform = em.getPlatform();
  const values = columns.map((c) => `'${c}', ${platform.quoteIdentifier(`${alias}.${c}`)}`);
  return `${isPostgres(em) ? 'json_build_object' : 'json_object'}(${values.join(', ')})`;
}

/** An expression: the array of `element` over the rows of `from` (a FROM and WHERE clause), in no order. */
export function jsonArrayOf(em: EntityManager, element: string, from: string): string {
  // SQLite (3.45, libsql's) keeps the JSON subtype of a scalar subquery's value, so the array nests as
  // JSON. Wrapping it in json() would parse and write it again: a third of the hub's spotlights statement.
  // db/dialect.test.ts fails if an engine upgrade stops keeping it.
  return isPostgres(em)
    ? `(select coalesce(json_agg(${element}), '[]'::json) ${from})`
    : `(select json_group_array(${element}) ${from})`;
}

/**
 * A select list of one column, `records`: the array, in no particular order, of one object per row of
 * the statement, holding `fields` (expressions, by key).
 */
export function jsonRecordsSelect(em: EntityManager, fields: Record<string, string>): string {
  const postgres = isPostgres(em);
  const entries = Object.entries(fields).map(([key, expression]) => `'${key}', ${expression}`);
  const row = `${postgres ? 'json_build_object' : 'json_object'}(${entries.join(', ')})`;
  return postgres
    ? `coalesce(json_agg(${row}), '[]'::json) as records`
    : `json_group_array(${row}) as records`;
}
