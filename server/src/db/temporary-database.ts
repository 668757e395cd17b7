/**
 * Throwaway databases for tests and migration tooling: a fresh SQLite file or a fresh PostgreSQL database
 * on the local server, dropped again afterwards.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from './orm-config.js';

/** Server-level connection for creating and dropping databases (trust auth on the local server). */
export const POSTGRES_ADMIN_URL =
  process.env.BEACON_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TemporaryDatabase {
  readonly config: DatabaseConfig;
  drop(): Promise<void>;
}

export async function createTemporaryDatabase(
  kind: 'sqlite' | 'postgres',
  purpose: string,
): Promise<TemporaryDatabase> {
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  if (kind === 'sqlite') {
    const file = path.join(tmpdir(), `beacon_${purpose}_${suffix}.db`);
    return {
      config: { kind: 'sqlite', file },
      drop: async () => {
        await Promise.all(['', '-wal', '-shm', '-journal'].map((ext) => rm(file + ext, { force: true })));
      },
    };
  }
  const name = `beacon_${purpose}_${suffix}`.toLowerCase();
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
