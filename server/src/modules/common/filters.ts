/**
 * Engine-neutral helpers for building query conditions. What differs between SQLite and PostgreSQL
 * (text search, JSON arrays, the engine test the lock code uses) lives in `db/dialect.ts`.
 */
import type { FilterQuery } from '@mikro-orm/core';

export { isPostgres, jsonArrayContains, textSearch } from '../../db/dialect.js';

/** Combines conditions, skipping empty ones. */
export function allOf<T>(...conditions: FilterQuery<T>[]): FilterQuery<T> {
  const parts = conditions.filter(
    (c) => c && Object.keys(c as object).length + Object.getOwnPropertySymbols(c as object).length > 0,
  );
  if (parts.length === 0) return {} as FilterQuery<T>;
  if (parts.length === 1) return parts[0] as FilterQuery<T>;
  return { $and: parts } as FilterQuery<T>;
}
