/** Composition root: config -> logger -> database -> schema -> HTTP. */
import 'reflect-metadata';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase, prepareFirstStart } from './db/orm.js';
import { limitHeapGrowth } from './heap.js';
import { createLogger } from './logger.js';
import { startScheduler } from './modules/recognitions/scheduler.js';
import { beaconSchema } from './schema.js';

// First thing at start, before the database and the schema take memory (heap.ts).
limitHeapGrowth();

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const orm = await openDatabase(config);
  await prepareFirstStart(orm, config, logger);
  const schema = await beaconSchema();
  const { httpServer, apollo, metrics } = await createApp({ config, orm, schema, logger });
  const scheduler = startScheduler(orm, logger, undefined, metrics.scheduler);
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info(
    { port, database: config.database.kind },
    `Beacon is serving on http://localhost:${port} (GraphQL at /graphql)`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await scheduler.stop();
    await apollo.stop();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Beacon failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
