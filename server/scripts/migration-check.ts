/**
 * Fails when the entities need a migration that is not written, on either engine.
 * Usage: pnpm migrations:check
 */
import { ENGINES, withMigratedOrm } from './migration-tool.js';

let missing = false;
for (const engine of ENGINES) {
  const needed = await withMigratedOrm(engine, (orm) => orm.getMigrator().checkMigrationNeeded());
  console.log(
    `${engine}: ${needed ? 'entities need a migration that is not written' : 'migrations match the entities'}`,
  );
  missing ||= needed;
}
if (missing) {
  console.error('Run `pnpm --filter @beacon/server migration:create` and commit the result.');
  process.exit(1);
}
