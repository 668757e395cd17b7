/**
 * `pnpm db:restore <file>`: restores a `pnpm db:backup` file into the configured database, which must be
 * new: an absent SQLite file (stop Beacon and move the old one aside first) or an empty PostgreSQL
 * database. Start Beacon afterwards; it applies any newer migrations.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config.js';
import { restoreDatabase } from '../src/modules/backup/database-backup.js';
import { fileArgument, runTool } from './programme-file.js';

const file = fileArgument('usage: pnpm db:restore <file>   (into a new, empty database only)');
const config = loadConfig();

await runTool(async () => {
  await restoreDatabase(file, config.database);
  const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL (DATABASE_URL)';
  console.log(`Restored ${file} into ${where}`);
});
