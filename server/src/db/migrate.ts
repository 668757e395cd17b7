/**
 * Brings a database's schema up to date: applies the migrations it has not run yet (SQLite or PostgreSQL,
 * each engine its own folder under db/migrations) and says which. `pnpm db:migrate` runs it; the server
 * runs the same on start, so this is for preparing a database ahead of a deploy or checking one.
 */
import { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import { type DatabaseConfig, ormConfig } from './orm-config.js';

/**
 * Runs `work` (a migration) holding PostgreSQL's session advisory lock on Beacon's migrations, on a
 * connection of its own: instances started together on one database (a deploy of N at once) migrate one
 * at a time, and each after the first finds nothing left to do. SQLite needs none: one writer at a time,
 * and one file on one machine.
 */
export async function withMigrationLock<T>(database: DatabaseConfig, work: () => Promise<T>): Promise<T> {
  if (database.kind !== 'postgres') return work();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('beacon:migrations'))");
    return await work();
  } finally {
    // Ending the session releases the lock, whatever happened.
    await client.end().catch(() => undefined);
  }
}

export interface MigrationOutcome {
  /** Migrations run now, oldest first. */
  readonly applied: readonly string[];
  /** Migrations the database had already run. */
  readonly alreadyApplied: number;
}

export async function migrateDatabase(database: DatabaseConfig): Promise<MigrationOutcome> {
  const orm = await MikroORM.init(ormConfig(database));
  try {
    const migrator = orm.getMigrator();
    return await withMigrationLock(database, async () => {
      const alreadyApplied = (await migrator.getExecutedMigrations()).length;
      const applied = await migrator.up();
      return { applied: applied.map((m) => m.name), alreadyApplied };
    });
  } finally {
    await orm.close(true);
  }
}
