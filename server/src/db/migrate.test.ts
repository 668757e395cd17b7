/**
 * `pnpm db:migrate` as an operator runs it before a deploy: on an empty database it applies every
 * migration of the engine and says which; run again, it changes nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lane } from '../test/test-app.js';
import { migrateDatabase } from './migrate.js';
import { postgresMigrations } from './migrations/postgres/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { createTemporaryDatabase, type TemporaryDatabase } from './temporary-database.js';

describe('migrating a database', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const temporary = async (): Promise<TemporaryDatabase> => {
    const db = await createTemporaryDatabase(lane(), 'migrate');
    cleanups.push(() => db.drop());
    return db;
  };
  const expected = (lane() === 'postgres' ? postgresMigrations : sqliteMigrations).map((m) => m.name);

  it('applies every migration of the engine to an empty database, then leaves it as it is', async () => {
    const db = await temporary();
    const first = await migrateDatabase(db.config);
    expect(first).toEqual({ applied: expected, alreadyApplied: 0 });
    const again = await migrateDatabase(db.config);
    expect(again).toEqual({ applied: [], alreadyApplied: expected.length });
  });

  it('runs as `pnpm db:migrate` against the configured database, and says what it did', async () => {
    // The script itself, in this process (a child process would spend most of the test compiling): it
    // reads the configuration from the environment like any start.
    const saved = { ...process.env };
    cleanups.push(async () => {
      process.env = saved;
    });
    delete process.env.DATABASE_URL;
    if (lane() === 'postgres') {
      const db = await temporary();
      if (db.config.kind !== 'postgres') throw new Error('expected a PostgreSQL database');
      process.env.DATABASE_URL = db.config.url;
    } else {
      const dir = await mkdtemp(path.join(tmpdir(), 'beacon-migrate-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      process.env.BEACON_DATA_DIR = dir;
    }
    const said: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void said.push(String(line)));
    cleanups.push(async () => log.mockRestore());
    const runScript = async () => {
      vi.resetModules();
      said.length = 0;
      await import('../../scripts/migrate.js');
      return said.join('\n');
    };

    const first = await runScript();
    expect(first).toContain(`Applied ${expected.length} migration(s)`);
    for (const name of expected) expect(first).toContain(name);
    expect(await runScript()).toMatch(/is up to date \(\d+ migrations applied before\)/);
  });
});
