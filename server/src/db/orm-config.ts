/**
 * MikroORM configuration for both engines. One code path: only the driver, the connection and the
 * migration list differ between the embedded SQLite file and PostgreSQL.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataloaderType, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { entities } from './entities.js';
import { postgresMigrations } from './migrations/postgres/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

export type DatabaseConfig = Config['database'];

export interface OrmConfigOptions {
  /** Receives every SQL statement MikroORM runs (tests count them). */
  onQuery?: (sql: string) => void;
  /** Where `migration:create` writes new migration files. */
  migrationsPath?: string;
}

export function ormConfig(database: DatabaseConfig, options: OrmConfigOptions = {}): Options {
  const common = {
    entities,
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    // Lets Reference.load() and Collection.load() batch; GraphQL relations use the request's own batch
    // loaders (modules/common/batch.ts).
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    extensions: [Migrator],
    debug: options.onQuery ? (['query'] as const) : false,
    logger: options.onQuery
      ? (message: string) => {
          options.onQuery?.(message);
        }
      : undefined,
    colors: false,
  } satisfies Partial<Options>;

  if (database.kind === 'postgres') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: database.url,
      pool: { min: 0, max: 10 },
      migrations: {
        migrationsList: postgresMigrations,
        path: options.migrationsPath ?? 'src/db/migrations/postgres',
        emit: 'ts',
        transactional: true,
        allOrNothing: true,
        snapshot: false,
      },
    } as Options;
  }
  if (database.file !== ':memory:') mkdirSync(path.dirname(database.file), { recursive: true });
  return {
    ...common,
    driver: LibSqlDriver,
    dbName: database.file,
    pool: {
      // WAL lets readers (a second process, `pnpm db:seed` while the server runs) proceed beside a
      // writer; the busy timeout makes a second writer wait for the lock instead of failing at once.
      afterCreate: (
        connection: { exec(sql: string): unknown },
        done: (error: Error | null, c: unknown) => void,
      ) => {
        try {
          if (database.file !== ':memory:') connection.exec('pragma journal_mode = wal');
          connection.exec('pragma busy_timeout = 5000');
          done(null, connection);
        } catch (error) {
          done(error as Error, connection);
        }
      },
    },
    discovery: {
      ...common.discovery,
      // MikroORM 6's SQLite introspection reads only the first and last item of an enum's check
      // constraint, so every enum would look changed and the migration check could never pass. On SQLite
      // enums are plain text columns; GraphQL enums and the PostgreSQL check constraints still hold them.
      onMetadata: (meta) => {
        for (const prop of meta.props) {
          if (prop.enum) {
            prop.enum = false;
            prop.items = undefined;
            prop.type = 'string';
          }
        }
      },
    },
    migrations: {
      migrationsList: sqliteMigrations,
      path: options.migrationsPath ?? 'src/db/migrations/sqlite',
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
  } as Options;
}
