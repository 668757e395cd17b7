/**
 * `pnpm db:export <file.json>`: writes the whole programme of the configured database as one JSON
 * document (see src/modules/backup/programme-export.ts), readable by `pnpm db:import` on either engine.
 * Staff are exported without credentials and sessions are left out. Safe while Beacon runs.
 */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/orm.js';
import { exportProgramme, exportToJson } from '../src/modules/backup/programme-export.js';
import { fileArgument, runTool } from './programme-file.js';

const file = fileArgument('usage: pnpm db:export <file.json>');
const config = loadConfig();

await runTool(async () => {
  // An export reads every table in one transaction: no statement timeout, however large the history.
  const orm = await openDatabase({
    database: config.database,
    databaseTimeouts: { statementMs: 0, acquireMs: config.databaseTimeouts.acquireMs },
  });
  try {
    const document = await exportProgramme(orm);
    // 0600 and never over an existing file: the export holds staff emails and reviewers' notes.
    await writeFile(file, exportToJson(document), { flag: 'wx', mode: 0o600 });
    const counts = Object.entries(document.records).map(
      ([table, rows]) => `  ${table.padEnd(28)} ${rows.length}`,
    );
    console.log(
      `Exported the programme (format version ${document.formatVersion}) to ${file}:\n${counts.join('\n')}`,
    );
  } finally {
    await orm.close();
  }
});
