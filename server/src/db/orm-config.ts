/**
 * MikroORM configuration for both engines. One code path: only the driver, the connection and the
 * migration list differ between the embedded SQLite file and PostgreSQL.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataloaderType, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import type { Config } from '../config.js';
import { SEARCHED_COLUMNS } from './dialect.js';
import { entities } from './entities.js';
import { postgresMigrations } from './migrations/postgres/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { PostgreSqlDriver } from './postgres-driver.js';

/** Tables outside the entities: `list_count`, and the FTS5 search tables with their shadow tables. */
const UNMAPPED_TABLES = ['list_count', /^(creator|awareness_video)_search(_\w+)?$/] as const;

export type DatabaseConfig = Config['database'];

export interface OrmConfigOptions {
  /** Receives every SQL statement MikroORM runs (tests count them). */
  onQuery?: (sql: string) => void;
  /** Where `migration:create` writes new migration files. */
  migrationsPath?: string;
  /** How long a statement and a connection may take; the defaults when absent. */
  timeouts?: DatabaseTimeouts;
}

/**
 * Bounds on waiting for the database, so a hung or locked database fails a request within seconds
 * (`SERVICE_UNAVAILABLE`) instead of holding it for as long as the fault lasts.
 */
export interface DatabaseTimeouts {
  /**
   * PostgreSQL: the server's `statement_timeout`, and (plus a small grace) how long the client waits
   * for any answer at all, which is what catches a server that hangs rather than refuses. SQLite: the
   * busy timeout, how long a statement waits for another writer's lock; SQLite has no server to hang.
   * 0 means unbounded (migrations and the export tools use it).
   */
  readonly statementMs: number;
  /** How long a request waits for a free pooled connection, and PostgreSQL for a new one to open. */
  readonly acquireMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { statementMs: 5_000, acquireMs: 3_000 };

/** The client gives a hung server this much longer than its own statement timeout before giving up. */
const CLIENT_GRACE_MS = 500;

/** The part of a pg client Beacon touches when the client-side timeout fires. */
interface PgClient {
  query(...args: unknown[]): unknown;
  end(): Promise<void>;
}

/**
 * A pg client whose statement got no answer within the client-side timeout is closed at once: a hung
 * server may still run that statement when it wakes, and the connection (possibly inside a transaction)
 * must never serve another request. Closing it also makes PostgreSQL roll back whatever it held.
 */
function closeOnReadTimeout(client: PgClient): void {
  const query = client.query.bind(client);
  client.query = (...args: unknown[]) => {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (error: Error | null, result: unknown) => {
        if (error?.message === 'Query read timeout') client.end().catch(() => undefined);
        callback(error, result);
      };
    }
    return query(...args);
  };
}

/** The part of a libsql connection Beacon touches. */
interface SqliteConnection {
  exec(sql: string): unknown;
  prepare(sql: string): Record<'run' | 'all' | 'get', (...args: unknown[]) => unknown>;
  /** knex's mark for a connection the pool must destroy rather than hand out again. */
  __knex__disposed?: unknown;
}

/**
 * A statement that failed with SQLITE_BUSY stays "in progress" (libsql cannot reset it), and every later
 * COMMIT on that connection fails with "SQL statements in progress": one locked moment would break
 * every following write. Such a connection is retired instead; the pool opens a fresh one.
 */
function retireWhenBusy(connection: SqliteConnection): void {
  const prepare = connection.prepare.bind(connection);
  connection.prepare = (sql: string) => {
    const statement = prepare(sql);
    for (const method of ['run', 'all', 'get'] as const) {
      const call = statement[method].bind(statement);
      statement[method] = (...args: unknown[]) => {
        try {
          return call(...args);
        } catch (error) {
          const code = (error as { code?: unknown }).code;
          if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') connection.__knex__disposed = code;
          throw error;
        }
      };
    }
    return statement;
  };
}

/** How many read statements each SQLite connection keeps prepared (they go with it, see `reuseReads`). */
const PREPARED_READS_PER_CONNECTION = 128;

/**
 * Keeps each SQLite connection's read statements prepared, by SQL text: preparing a statement (parsing and
 * planning it) costs as much as running a small one, and public reads such as the hub run the same
 * statements on every request. Only SELECTs: they are run to completion (`all`), which leaves them reset and
 * holding no read transaction; the connection's pool retires connections after a few seconds, and a full
 * cache starts again, so the kept statements stay few. Installed over `retireWhenBusy`, so a kept
 * statement that fails still retires its connection (and is wrapped once, not once per use).
 */
function reuseReads(connection: SqliteConnection): void {
  const prepare = connection.prepare.bind(connection);
  const kept = new Map<string, ReturnType<SqliteConnection['prepare']>>();
  connection.prepare = (sql: string) => {
    if (!/^\s*select\b/i.test(sql)) return prepare(sql);
    let statement = kept.get(sql);
    if (!statement) {
      if (kept.size >= PREPARED_READS_PER_CONNECTION) kept.clear();
      statement = prepare(sql);
      kept.set(sql, statement);
    }
    return statement;
  };
}

/**
 * knex's own warnings. "Connection Error" is knex retiring a connection a fault broke: that fault is
 * already counted in the outage log (database-faults.ts), and knex's line would repeat it once per
 * connection, with the failed statement's SQL and values.
 */
const knexLog = {
  warn: (message: unknown) => {
    if (!String(message).startsWith('Connection Error')) console.warn(message);
  },
};

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
    // Tables the migrations keep by hand, with no entity: the maintained list counts and SQLite's
    // full-text search indexes (docs/architecture.md, "Counts and search"). The schema diff must not
    // propose dropping them.
    schemaGenerator: { skipTables: [...UNMAPPED_TABLES] },
  } satisfies Partial<Options>;

  const timeouts = options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS;
  if (database.kind === 'postgres') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: database.url,
      discovery: {
        ...common.discovery,
        // The trigram indexes are written by hand in the migrations (an operator class MikroORM cannot
        // declare); named here so the schema diff knows them and does not propose dropping them.
        onMetadata: (meta) => {
          for (const column of SEARCHED_COLUMNS[meta.tableName as keyof typeof SEARCHED_COLUMNS] ?? []) {
            const name = `${meta.tableName}_${column}_trgm_index`;
            meta.indexes.push({
              name,
              expression: `create index "${name}" on "${meta.tableName}" using gin ("${column}" gin_trgm_ops)`,
            });
          }
        },
      },
      pool: {
        min: 0,
        max: 10,
        afterCreate: (client: PgClient, done: (error: Error | null, c: unknown) => void) => {
          if (timeouts.statementMs > 0) closeOnReadTimeout(client);
          done(null, client);
        },
      },
      driverOptions: {
        acquireConnectionTimeout: timeouts.acquireMs,
        log: knexLog,
        connection: {
          connectionTimeoutMillis: timeouts.acquireMs,
          // Both 0 when unbounded; pg reads 0 as "no timeout".
          statement_timeout: timeouts.statementMs,
          query_timeout: timeouts.statementMs > 0 ? timeouts.statementMs + CLIENT_GRACE_MS : 0,
        },
      },
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
    driverOptions: { acquireConnectionTimeout: timeouts.acquireMs, log: knexLog },
    pool: {
      // WAL lets readers (a second process, `pnpm db:seed` while the server runs) proceed beside a
      // writer; the busy timeout makes a second writer wait for the lock instead of failing at once,
      // and fail (SERVICE_UNAVAILABLE) when the lock is held for longer.
      afterCreate: (connection: SqliteConnection, done: (error: Error | null, c: unknown) => void) => {
        try {
          retireWhenBusy(connection);
          reuseReads(connection);
          if (database.file !== ':memory:') connection.exec('pragma journal_mode = wal');
          // SQLite's busy timeout 0 would fail at once: unbounded here means a long wait, not none.
          connection.exec(
            `pragma busy_timeout = ${timeouts.statementMs > 0 ? timeouts.statementMs : 60_000}`,
          );
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
