/**
 * Matches generated rows to the tables the migrations created, so the generator keeps working as the
 * schema grows: columns the generator does not know are left to the database when they are nullable or
 * have a default; a new NOT NULL column without one stops the load with a message naming it.
 */
import type { Row } from './generate.js';

export interface ColumnInfo {
  readonly name: string;
  /** The declared type, lower case (`datetime`, `jsonb`, `timestamptz`, `text`, ...). */
  readonly type: string;
  readonly notNull: boolean;
  readonly hasDefault: boolean;
}

const warned = new Set<string>();

/** The columns to write for `table`: those both the table and the generated row have. */
export function columnsToWrite(table: string, columns: readonly ColumnInfo[], sample: Row): ColumnInfo[] {
  if (columns.length === 0) {
    throw new Error(
      `The migrations created no table "${table}": update server/bench/src/dataset/generate.ts`,
    );
  }
  const missing = columns.filter((c) => c.notNull && !c.hasDefault && !(c.name in sample));
  if (missing.length > 0) {
    throw new Error(
      `Table "${table}" has NOT NULL column(s) without a default that the benchmark's data generator does not fill: ${missing
        .map((c) => c.name)
        .join(', ')}. Teach server/bench/src/dataset/generate.ts to fill them.`,
    );
  }
  const known = new Set(columns.map((c) => c.name));
  for (const key of Object.keys(sample)) {
    if (!known.has(key) && !warned.has(`${table}.${key}`)) {
      warned.add(`${table}.${key}`);
      process.stderr.write(
        `bench: table "${table}" has no column "${key}" any more; the generator skips it\n`,
      );
    }
  }
  return columns.filter((c) => c.name in sample);
}
