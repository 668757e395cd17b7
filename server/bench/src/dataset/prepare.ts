/**
 * Makes a benchmark database: the built server starts once on it (applying Beacon's own migrations and
 * creating the admin), stops, and the generated programme is bulk-loaded into the migrated schema.
 */
import { performance } from 'node:perf_hooks';
import { startBeacon } from '../beacon.js';
import type { BenchDatabase } from '../databases.js';
import { type DatasetFacts, generateProgramme, type ScaleSpec } from './generate.js';
import { loadPostgres } from './load-postgres.js';
import { loadSqlite } from './load-sqlite.js';
import type { Phases } from './phases.js';

export interface PreparedDataset {
  readonly facts: DatasetFacts;
  readonly rows: Record<string, number>;
  readonly timings: { migrateSeconds: number; loadSeconds: number; totalSeconds: number };
  /** Seconds by phase of the load (see phases.ts). */
  readonly phases: Phases;
}

export interface PrepareOptions {
  readonly seed: number;
  readonly now: Date;
  readonly adminPassword: string;
  readonly contentionRounds: number;
  readonly contentionPublishers: number;
}

export async function prepareDataset(
  database: BenchDatabase,
  spec: ScaleSpec,
  options: PrepareOptions,
): Promise<PreparedDataset> {
  const start = performance.now();
  const first = await startBeacon({
    name: 'beacon (first start)',
    database,
    adminPassword: options.adminPassword,
  });
  await first.stop();
  const migrated = performance.now();
  let facts: DatasetFacts | undefined;
  const makeTables = (staffPasswordHash: string | null) => {
    const generated = generateProgramme(spec, {
      seed: options.seed,
      now: options.now,
      contentionRounds: options.contentionRounds,
      contentionPublishers: options.contentionPublishers,
      staffPasswordHash,
    });
    facts = generated.facts;
    return generated.tables;
  };
  const { rows, phases } =
    database.engine === 'sqlite'
      ? await loadSqlite(database.location, makeTables)
      : await loadPostgres(database.location, makeTables);
  if (!facts) throw new Error('the loader generated no data');
  const end = performance.now();
  return {
    facts: facts as DatasetFacts,
    rows,
    phases,
    timings: {
      migrateSeconds: (migrated - start) / 1000,
      loadSeconds: (end - migrated) / 1000,
      totalSeconds: (end - start) / 1000,
    },
  };
}
