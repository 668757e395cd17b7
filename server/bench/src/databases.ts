/**
 * The benchmark's own databases: a PostgreSQL database it creates and drops, or a SQLite file in a
 * temporary directory it removes. Nothing is left behind, whatever happens.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type Engine = 'sqlite' | 'postgres';

export interface BenchDatabase {
  readonly engine: Engine;
  /** Environment for the Beacon server: DATABASE_URL or BEACON_DATA_DIR. */
  readonly serverEnv: Record<string, string>;
  /** The SQLite file, or the PostgreSQL URL. */
  readonly location: string;
  drop(): Promise<void>;
}

const adminUrl = () =>
  process.env.BENCH_PG_URL ?? process.env.BEACON_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const drops = new Set<() => void>();
process.on('exit', () => {
  for (const drop of drops) drop();
});

export async function createDatabase(engine: Engine, label: string): Promise<BenchDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'beacon-bench-'));
    const remove = () => rmSync(dir, { recursive: true, force: true });
    drops.add(remove);
    return {
      engine,
      serverEnv: { BEACON_DATA_DIR: dir },
      location: path.join(dir, 'beacon.db'),
      drop: async () => {
        remove();
        drops.delete(remove);
      },
    };
  }
  const name = `beacon_bench_${process.pid}_${label.replace(/[^a-z0-9]/gi, '').toLowerCase()}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const dropNow = async () => {
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    try {
      await client.query(`drop database if exists "${name}" with (force)`);
    } finally {
      await client.end();
    }
  };
  // On an abrupt exit the async client cannot run; psql can, synchronously.
  const dropSync = () => {
    spawnSync('psql', [adminUrl(), '-c', `drop database if exists "${name}" with (force)`], {
      stdio: 'ignore',
    });
  };
  drops.add(dropSync);
  return {
    engine,
    serverEnv: { DATABASE_URL: url.toString() },
    location: url.toString(),
    drop: async () => {
      await dropNow();
      drops.delete(dropSync);
    },
  };
}
