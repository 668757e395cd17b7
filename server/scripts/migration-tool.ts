/**
 * Shared by `migration:create` and `migrations:check`: boots MikroORM on a throwaway database of each
 * engine with every written migration applied, so the schema diff is entities vs migrations.
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { ormConfig } from '../src/db/orm-config.js';
import { createTemporaryDatabase } from '../src/db/temporary-database.js';

export const ENGINES = ['sqlite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

export const migrationsDir = (engine: Engine) =>
  new URL(`../src/db/migrations/${engine}/`, import.meta.url).pathname;

export async function withMigratedOrm<T>(engine: Engine, work: (orm: MikroORM) => Promise<T>): Promise<T> {
  const db = await createTemporaryDatabase(engine, 'migrations');
  const orm = await MikroORM.init(ormConfig(db.config, { migrationsPath: migrationsDir(engine) }));
  try {
    await orm.getMigrator().up();
    return await work(orm);
  } finally {
    await orm.close(true);
    await db.drop();
  }
}
