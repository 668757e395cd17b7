/**
 * `pnpm db:import <file.json>`: loads a programme export into the configured database, which must be
 * EMPTY (a new SQLite file or a new PostgreSQL database; run this before Beacon's first start there).
 * Migrates the database first. Exports carry no credentials, so every active staff member is given a
 * fresh invitation; the one-time tokens are printed once, here, for the operator to hand over.
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/orm.js';
import { importProgramme, ProgrammeTransferError } from '../src/modules/backup/programme-export.js';
import { inviteMembersWithoutCredentials } from '../src/modules/staff/staff.service.js';
import { fileArgument, runTool } from './programme-file.js';

const file = fileArgument('usage: pnpm db:import <file.json>   (into an empty database only)');
const config = loadConfig();

await runTool(async () => {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ProgrammeTransferError(`Cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const orm = await openDatabase({
    database: config.database,
    databaseTimeouts: { statementMs: 0, acquireMs: config.databaseTimeouts.acquireMs },
  });
  try {
    const counts = await importProgramme(orm, document);
    const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL (DATABASE_URL)';
    console.log(`Imported ${file} into ${where}:`);
    for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(28)} ${count}`);
    const invitations = await inviteMembersWithoutCredentials(
      orm.em.fork(),
      `programme imported from ${path.basename(file)}`,
    );
    if (invitations.length > 0) {
      console.log(
        '\nStaff were imported without passwords. Give each member their invitation token (valid 7 days);\n' +
          'they set a new password with the acceptInvitation mutation. The tokens are not shown again.\n',
      );
      for (const { email, role, invitationToken } of invitations) {
        console.log(`  ${email.padEnd(40)} ${role.padEnd(16)} ${invitationToken}`);
      }
    }
  } finally {
    await orm.close();
  }
});
