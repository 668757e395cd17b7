/**
 * Native backups of the configured database, taken while Beacon runs, and restored into a new one:
 * SQLite with `VACUUM INTO` (a consistent, compacted copy of the file, read under WAL beside the
 * running server); PostgreSQL with `pg_dump --format=custom` and `pg_restore`. Unlike the programme
 * export, a native backup keeps everything, staff credentials and sessions included: it restores the
 * same deployment. Keep backups as safe as the database itself.
 */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { MikroORM } from '@mikro-orm/core';
import Database from 'libsql';
import type { DatabaseConfig } from '../../db/orm-config.js';
import { ormConfig } from '../../db/orm-config.js';
import { ProgrammeTransferError } from './programme-export.js';

const run = promisify(execFile);

/** Where `pg_dump` and `pg_restore` are: `BEACON_PG_BIN` when set (match the server's major version), else the PATH. */
export const pgTool = (name: 'pg_dump' | 'pg_restore') =>
  process.env.BEACON_PG_BIN ? path.join(process.env.BEACON_PG_BIN, name) : name;

/**
 * The connection for the PostgreSQL tools, with the password in the environment (PGPASSWORD) rather
 * than on the command line, where any local user could read it in the process list.
 */
function pgConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** Opens the database without migrating it: a backup must not change what it copies. */
async function openAsIs(database: DatabaseConfig): Promise<MikroORM> {
  return MikroORM.init(ormConfig(database, { timeouts: { statementMs: 0, acquireMs: 10_000 } }));
}

/** Writes a backup of `database` to `file` (which must not exist yet). */
export async function backupDatabase(database: DatabaseConfig, file: string): Promise<void> {
  if (await exists(file)) throw new ProgrammeTransferError(`${file} already exists; choose a new file name`);
  if (database.kind === 'postgres') {
    const { dbname, env } = pgConnection(database.url);
    await run(
      pgTool('pg_dump'),
      ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${dbname}`],
      {
        env,
      },
    );
    return;
  }
  const source = new Database(database.file);
  try {
    // VACUUM INTO reads one consistent snapshot while the server keeps reading and writing (WAL); it
    // waits for a writer's lock as the server does.
    source.exec('pragma busy_timeout = 10000');
    source.exec(`vacuum into '${file.replaceAll("'", "''")}'`);
  } finally {
    source.close();
  }
}

/**
 * Restores `file` into `database`, which must be new: an absent SQLite file, or an empty PostgreSQL
 * database. Never overwrites a database that has data.
 */
export async function restoreDatabase(file: string, database: DatabaseConfig): Promise<void> {
  if (!(await exists(file))) throw new ProgrammeTransferError(`${file} does not exist`);
  if (database.kind === 'postgres') {
    const orm = await openAsIs(database);
    try {
      const [row] = await orm.em
        .getConnection()
        .execute<{ n: number | string }[]>(
          "select count(*) as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')",
        );
      if (Number(row?.n ?? 0) > 0) {
        throw new ProgrammeTransferError(
          'The target database is not empty; restore only into a new, empty database',
        );
      }
    } finally {
      await orm.close(true);
    }
    const { dbname, env } = pgConnection(database.url);
    await run(
      pgTool('pg_restore'),
      [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${dbname}`,
        file,
      ],
      { env },
    );
    return;
  }
  if (await exists(database.file)) {
    throw new ProgrammeTransferError(
      `${database.file} already exists; stop Beacon and move it aside (with its -wal and -shm files) first`,
    );
  }
  // Check the copy is a sound SQLite database before it becomes Beacon's (reading changes nothing).
  const backup = new Database(file);
  try {
    const result = backup.prepare('pragma integrity_check').all() as { integrity_check: string }[];
    if (result[0]?.integrity_check !== 'ok') {
      throw new ProgrammeTransferError(`${file} is damaged: ${JSON.stringify(result.slice(0, 5))}`);
    }
  } finally {
    backup.close();
  }
  await mkdir(path.dirname(database.file), { recursive: true });
  await copyFile(file, database.file, constants.COPYFILE_EXCL);
}
