/**
 * `pnpm db:backup <file>`: a native backup of the configured database, taken while Beacon runs: SQLite
 * with VACUUM INTO, PostgreSQL with pg_dump (custom format; set BEACON_PG_BIN to the directory of the
 * server's version of the tools if the PATH has another). Keeps credentials: store it as safely as the
 * database. Restore with `pnpm db:restore`.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config.js';
import { backupDatabase } from '../src/modules/backup/database-backup.js';
import { fileArgument, runTool } from './programme-file.js';

const file = fileArgument('usage: pnpm db:backup <file>');
const config = loadConfig();

await runTool(async () => {
  await backupDatabase(config.database, file);
  console.log(`Backed up the ${config.database.kind} database to ${file}`);
});
