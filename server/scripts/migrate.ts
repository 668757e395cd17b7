/**
 * `pnpm db:migrate`: applies pending migrations to the configured database (DATABASE_URL, or the SQLite
 * file under BEACON_DATA_DIR) and lists them. Safe to run again: a database that is up to date is left as
 * it is.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config.js';
import { migrateDatabase } from '../src/db/migrate.js';

const config = loadConfig();
const where =
  config.database.kind === 'sqlite'
    ? config.database.file
    : `PostgreSQL at ${new URL(config.database.url).host}`;
const { applied, alreadyApplied } = await migrateDatabase(config.database);
if (applied.length === 0)
  console.log(`${where} is up to date (${alreadyApplied} migrations applied before).`);
else {
  console.log(`Applied ${applied.length} migration(s) to ${where}:`);
  for (const name of applied) console.log(`  ${name}`);
}
