/**
 * `pnpm db:seed`: migrates the configured database and loads the demo programme into it, adding whatever
 * of the programme is missing. Safe to run again: existing records are kept as they are, nothing is duplicated.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/orm.js';
import { seedDemoProgramme } from '../src/db/seed/demo-programme.js';

const config = loadConfig();
const orm = await openDatabase(config);
try {
  const { counts } = await seedDemoProgramme(orm.em.fork(), { onlyIfEmpty: false });
  const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL (DATABASE_URL)';
  const width = Math.max(...Object.keys(counts).map((kind) => kind.length));
  console.log(`The demo programme is in place in ${where}:`);
  for (const [kind, count] of Object.entries(counts)) console.log(`  ${kind.padEnd(width)}  ${count}`);
} finally {
  await orm.close();
}
