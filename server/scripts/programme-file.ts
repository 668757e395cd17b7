/**
 * Shared by the backup and export scripts: the file argument, resolved against the directory the
 * operator ran `pnpm` in (pnpm runs the server's scripts from server/), and one way to fail.
 */
import path from 'node:path';
import { ProgrammeTransferError } from '../src/modules/backup/programme-export.js';

export function fileArgument(usage: string): string {
  const given = process.argv[2];
  if (!given || given.startsWith('-')) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), given);
}

/** Runs `task`; a refusal (ProgrammeTransferError) is printed as it is, anything else with its stack. */
export async function runTool(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    const message =
      error instanceof ProgrammeTransferError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  }
}
