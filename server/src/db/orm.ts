/** Opens the database, applies pending migrations, and prepares a first start (admin, demo data). */
import { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { alignDemoStaff, demoSignInAllowed } from '../modules/staff/demo-staff.js';
import { ensureFirstAdmin } from '../modules/staff/staff.service.js';
import { surfaceFailedBegin } from './database-faults.js';
import { withMigrationLock } from './migrate.js';
import { DEFAULT_DATABASE_TIMEOUTS, type OrmConfigOptions, ormConfig } from './orm-config.js';
import { seedDemoProgramme } from './seed/demo-programme.js';
import { DEMO_STAFF } from './seed/demo-spotlights.js';

export async function openDatabase(
  config: Pick<Config, 'database'> & Partial<Pick<Config, 'databaseTimeouts'>>,
  options: OrmConfigOptions = {},
): Promise<MikroORM> {
  const serving = ormConfig(config.database, { ...options, timeouts: config.databaseTimeouts });
  if (config.database.kind === 'sqlite') {
    const orm = await MikroORM.init(serving);
    surfaceFailedBegin(orm);
    await orm.getMigrator().up();
    return orm;
  }
  // A migration may rightly run longer than any request should: migrate without the statement timeout,
  // then reconnect with the serving limits.
  const acquireMs = (config.databaseTimeouts ?? DEFAULT_DATABASE_TIMEOUTS).acquireMs;
  const orm = await MikroORM.init(
    ormConfig(config.database, { ...options, timeouts: { statementMs: 0, acquireMs } }),
  );
  surfaceFailedBegin(orm);
  try {
    await withMigrationLock(config.database, () => orm.getMigrator().up());
    await orm.reconnect({ driverOptions: serving.driverOptions, pool: serving.pool });
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}

/** First-start work: the first admin, and the demo programme when the catalogue is empty. */
export async function prepareFirstStart(orm: MikroORM, config: Config, logger: Logger): Promise<void> {
  const em = orm.em.fork();
  const admin = await ensureFirstAdmin(em, config.admin.email, config.admin.password);
  if (admin.generatedPassword) {
    // Printed once, to the console only: it is not stored anywhere in clear.
    process.stdout.write(
      `\n  Beacon created the first admin account:\n    email:    ${config.admin.email}\n    password: ${admin.generatedPassword}\n  Keep it safe; it is not shown again. Set BEACON_ADMIN_PASSWORD to choose your own.\n\n`,
    );
  } else if (admin.created) {
    logger.info(
      { email: config.admin.email },
      'created the first admin from BEACON_ADMIN_EMAIL / BEACON_ADMIN_PASSWORD',
    );
  }
  if (config.seedOnEmpty) {
    const result = await seedDemoProgramme(orm.em.fork(), { onlyIfEmpty: true });
    if (result.seeded) logger.info(result.counts, 'loaded the demo programme into an empty database');
  }
  const demo = await alignDemoStaff(orm.em.fork(), config);
  if (demoSignInAllowed(config) && demo.accounts > 0) {
    logger.info(
      { accounts: Object.values(DEMO_STAFF).map((s) => s.email) },
      'demo staff sign in with BEACON_DEMO_PASSWORD (never in production)',
    );
  } else if (demo.changed > 0) {
    logger.info({ accounts: demo.changed }, 'demo staff sign-in turned off');
  }
}
