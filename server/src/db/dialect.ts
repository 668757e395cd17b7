/**
 * Where the two engines differ, behind one function each so services stay engine-agnostic: which engine
 * this is, case-insensitive text search, and "this JSON array column contains a value". Dialect branches
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
 * Matches records where any of `fields` contains `term`, ignoring case. SQLite's LIKE is already
 * case-insensitive for ASCII; PostgreSQL needs ILIKE.
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

/** Matches records whose JSON array column `column` (snake_case) contains `value`. */
export function jsonArrayContains<T>(
  em: EntityManager,
  column: string,
  value: string | null | undefined,
): FilterQuery<T> {
  if (value == null) return {} as FilterQuery<T>;
  const expression = isPostgres(em)
    ? (alias: string) =>
        `(select count(*) from jsonb_array_elements_text(${alias}.${column}) as e(v) where e.v = ?)`
    : (alias: string) => `(select count(*) from json_each(${alias}.${column}) where json_each.value = ?)`;
  return { [raw(expression, [value])]: { $gt: 0 } } as FilterQuery<T>;
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
