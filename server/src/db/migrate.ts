/**
 * Brings a database's schema up to date: applies the migrations it has not run yet (SQLite or PostgreSQL,
 * each engine its own folder under db/migrations) and says which. `pnpm db:migrate` runs it; the server
 * runs the same on start, so this is for preparing a database ahead of a deploy or checking one.
 */
import { MikroORM } from '@mikro-orm/core';
import { type DatabaseConfig, ormConfig } from './orm-config.js';

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
    const alreadyApplied = (await migrator.getExecutedMigrations()).length;
    const applied = await migrator.up();
    return { applied: applied.map((m) => m.name), alreadyApplied };
  } finally {
    await orm.close(true);
  }
}
