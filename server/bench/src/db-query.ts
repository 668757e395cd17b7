/** Read-only SQL against the benchmark database, for choosing cursors and checking counts. */
import Database from 'libsql';
import pg from 'pg';
import type { BenchDatabase } from './databases.js';

export type Rows = Record<string, unknown>[];

export async function withQuery<T>(
  database: BenchDatabase,
  work: (query: (sql: string, params?: unknown[]) => Promise<Rows>) => Promise<T>,
): Promise<T> {
  if (database.engine === 'sqlite') {
    const db = new Database(database.location, { readonly: true });
    try {
      return await work(async (sql, params = []) => db.prepare(sql).all(params) as Rows);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database.location });
  await client.connect();
  try {
    // $1-style placeholders on PostgreSQL, ? on SQLite: callers write ?, translated here.
    return await work(async (sql, params = []) => {
      let n = 0;
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows as Rows;
    });
  } finally {
    await client.end();
  }
}

/** A stored date as an ISO string, whichever way the engine returns it. */
export const isoOf = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(Number(value)).toISOString();
