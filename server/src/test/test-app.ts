/**
 * A real Beacon for tests: a throwaway database of the lane's engine (SQLite or PostgreSQL, from
 * BEACON_TEST_DB), migrated like production, the real schema, and helpers to run operations as a public
 * client or as staff of any role, over the schema or over HTTP.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import { type Logger, pino } from 'pino';
import { type BeaconApp, createApp } from '../app.js';
import { type Config, loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import type { DatabaseConfig } from '../db/orm-config.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../db/temporary-database.js';
import type { Context } from '../modules/common/context.js';
import { StaffRole } from '../modules/staff/staff-role.js';
import type { StaffUser } from '../modules/staff/staff-user.entity.js';
import { beaconSchema } from '../schema.js';
import { buildStaff } from './factories.js';

export type Lane = 'sqlite' | 'postgres';

export const lane = (): Lane => {
  const value = process.env.BEACON_TEST_DB;
  if (value !== 'sqlite' && value !== 'postgres') {
    throw new Error('BEACON_TEST_DB must be sqlite or postgres (set by the vitest project)');
  }
  return value;
};

export interface OperationResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface TestApp {
  readonly orm: MikroORM;
  readonly config: Config;
  readonly beacon: BeaconApp;
  readonly apollo: ApolloServer<Context>;
  /** SQL statements run since the last `resetQueryCount()`. */
  queryCount(): number;
  /** Rows the database returned to Beacon since the last `resetQueryCount()`, from the ORM's query log. */
  rowsRead(): number;
  resetQueryCount(): void;
  /** Runs an operation through the real schema, as `user` (null: a public client). */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    user?: StaffUser | null,
    extra?: Partial<Context>,
  ): Promise<OperationResult<T>>;
  /** A staff member of `role`, saved, to run operations as. */
  staff(role: StaffRole, overrides?: Partial<StaffUser>): Promise<StaffUser>;
  /** Starts listening on a free port; returns the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export async function createTestApp(
  configOverrides: Record<string, string> = {},
  options: {
    logger?: Logger;
    /** A database the test owns (for example its own PostgreSQL cluster); else a throwaway one. */
    database?: DatabaseConfig;
    /** Adjusts the loaded configuration (for example to lift the query limits for a schema walk). */
    configure?: (config: Config) => Config;
  } = {},
): Promise<TestApp> {
  const db: TemporaryDatabase = options.database
    ? { config: options.database, drop: async () => undefined }
    : await createTemporaryDatabase(lane(), 'test');
  const loaded: Config = {
    ...loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      BEACON_DASHBOARD_DIR: '/nonexistent',
      ...configOverrides,
    }),
    database: db.config,
  };
  const config = options.configure ? options.configure(loaded) : loaded;
  let statements = 0;
  let rows = 0;
  const orm = await openDatabase(config, {
    onQuery: (message) => {
      statements++;
      // MikroORM ends each query's log line with "[took N ms, M results]" (no count for writes).
      rows += Number(/(\d+) results?\]/.exec(message)?.[1] ?? 0);
    },
  });
  const logger = options.logger ?? pino({ level: 'silent' });
  const schema = await beaconSchema();
  const beacon = await createApp({ config, orm, schema, logger });
  let listening = false;

  const app: TestApp = {
    orm,
    config,
    beacon,
    apollo: beacon.apollo,
    queryCount: () => statements,
    rowsRead: () => rows,
    resetQueryCount: () => {
      statements = 0;
      rows = 0;
    },
    async run<T>(
      query: string,
      variables?: Record<string, unknown>,
      user: StaffUser | null = null,
      extra: Partial<Context> = {},
    ) {
      const base = await beacon.contextFor({ headers: {} });
      const contextValue: Context = {
        ...base,
        user: user ? ((await base.em.findOneOrFail('StaffUser', { id: user.id })) as StaffUser) : null,
        ...extra,
      };
      const response = await beacon.apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as OperationResult<T>;
    },
    async staff(role: StaffRole, overrides: Partial<StaffUser> = {}) {
      return buildStaff(orm.em.fork(), { role, ...overrides });
    },
    async listen() {
      await new Promise<void>((resolve) => beacon.httpServer.listen(0, '127.0.0.1', resolve));
      listening = true;
      const { port } = beacon.httpServer.address() as AddressInfo;
      return `http://127.0.0.1:${port}`;
    },
    async close() {
      await beacon.apollo.stop();
      if (listening && beacon.httpServer.listening)
        await new Promise((resolve) => beacon.httpServer.close(resolve));
      await orm.close(true);
      await db.drop();
    },
  };
  return app;
}

/** The data of a result that must have no errors; fails the test with the errors otherwise. */
export function dataOf<T>(result: OperationResult<T>): T {
  if (result.errors?.length)
    throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  if (!result.data) throw new Error('no data');
  return result.data;
}

/** The `extensions.code` of each error, for assertions. */
export const codesOf = (result: OperationResult<unknown>) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

export { StaffRole };
