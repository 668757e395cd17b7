/**
 * `pnpm bench`: builds the server, then for each engine and scale generates the dataset and measures it
 * (scenarios.ts), and writes the results. Settings (environment):
 *
 *   BENCH_SCALE=full|small      full (default): 10,000 and 1,000,000 videos; small: 10,000 only
 *   BENCH_ENGINES=sqlite,postgres
 *   BENCH_CONNECTIONS=10  BENCH_SECONDS=3  BENCH_WARMUP_SECONDS=2  BENCH_HUB_ROUNDS=5  BENCH_LIST_ROUNDS=3
 *   BENCH_SEED  BENCH_NOW (ISO date the data is anchored to; default: today, 00:00 UTC)
 *   BENCH_PG_URL (default BEACON_TEST_PG_URL or postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_SKIP_BUILD=1          measure the server as already built
 *   BENCH_ONLY=hub (or `-- --only hub`)  the hub alone: cached and uncached Beacon beside bare node:http,
 *                               plain Apollo and Mercurius, with SQL count, memory and a CPU profile; the
 *                               scale defaults to small. Writes server/bench/results/hub.{md,json} and the
 *                               "Hub only" section of BENCHMARKS.md (the full run keeps that section).
 *   BENCH_ONLY=load (or `-- --only load`)  only create, generate and load each engine's dataset, check it
 *                               (row counts, search finds loaded rows, search data as the triggers make it)
 *                               and print where the time went, phase by phase; no server measurements.
 *                               BENCH_SCALE=full (the default here) loads the 1,000,000-video dataset only,
 *                               small the 10,000-video one. Writes server/bench/results/load.json.
 *
 * The default run (full, both engines) writes BENCHMARKS.md at the repository root and
 * server/bench/results/latest.json; any other run writes server/bench/results/dev.{md,json} (not committed).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_DIR, SERVER_MAIN } from './beacon.js';
import { createDatabase, type Engine } from './databases.js';
import { SCALES } from './dataset/generate.js';
import { prepareDataset } from './dataset/prepare.js';
import { pinning, pinSelf } from './processes.js';
import {
  type DatasetRun,
  evaluate,
  hubMarkdown,
  markdown,
  type RunRecord,
  withHubSection,
} from './report.js';
import { measureDataset, type RunSettings } from './scenarios.js';
import { unindexedForeignKeys } from './schema-check.js';

const ROOT = path.resolve(SERVER_DIR, '..');
const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));

const int = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
};

const onlyFlag = process.argv.indexOf('--only');
const onlyArg = onlyFlag >= 0 ? process.argv[onlyFlag + 1] : process.env.BENCH_ONLY;
if (onlyArg !== undefined && onlyArg !== 'hub' && onlyArg !== 'load')
  throw new Error('--only (BENCH_ONLY) takes: hub, load');
const loadOnly = onlyArg === 'load';
const only = onlyArg === 'hub' ? 'hub' : undefined;
const scaleArg = process.env.BENCH_SCALE ?? (only ? 'small' : 'full');
if (scaleArg !== 'full' && scaleArg !== 'small') throw new Error('BENCH_SCALE must be full or small');
const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',').map((e) => e.trim()) as Engine[];
for (const e of engines) if (e !== 'sqlite' && e !== 'postgres') throw new Error(`unknown engine ${e}`);
const scales: ('small' | 'full')[] =
  scaleArg === 'full' ? (loadOnly ? ['full'] : ['small', 'full']) : ['small'];
const official =
  !only && !loadOnly && scaleArg === 'full' && engines.includes('sqlite') && engines.includes('postgres');
const today = new Date();
const now = process.env.BENCH_NOW
  ? new Date(process.env.BENCH_NOW)
  : new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
const settings: RunSettings = {
  connections: int('BENCH_CONNECTIONS', 10),
  hubRounds: int('BENCH_HUB_ROUNDS', 5),
  listRounds: int('BENCH_LIST_ROUNDS', 3),
  seconds: int('BENCH_SECONDS', 3),
  warmUpSeconds: int('BENCH_WARMUP_SECONDS', 2),
  contentionRounds: int('BENCH_CONTENTION_ROUNDS', 3),
  contentionPublishers: 30,
  adminPassword: randomBytes(18).toString('base64url'),
  ...(only ? { only } : {}),
};
const seed = int('BENCH_SEED', 20_230_510);

const log = (message: string) =>
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

pinSelf(1);
const startedAt = new Date().toISOString();
const loadAverageNow = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const loadAverageAtStart = loadAverageNow();

if (!process.env.BENCH_SKIP_BUILD) {
  log('building shared and server');
  const built = spawnSync(
    'pnpm',
    ['--filter', '@beacon/shared', '--filter', '@beacon/server', 'run', 'build'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) throw new Error('the build failed');
}

const serverRequire = createRequire(path.join(SERVER_DIR, 'package.json'));
const benchRequire = createRequire(import.meta.url);
const versionOf = (require: NodeJS.Require, name: string) => {
  try {
    const main = require.resolve(name);
    let dir = path.dirname(main);
    for (;;) {
      try {
        const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (pkg.name === name && pkg.version) return pkg.version;
      } catch {
        // keep looking upwards
      }
      const up = path.dirname(dir);
      if (up === dir) return 'unknown';
      dir = up;
    }
  } catch {
    return 'unknown';
  }
};
const mercuriusRequire = createRequire(benchRequire.resolve('mercurius'));
const versions: Record<string, string> = {
  node: process.version,
  '@apollo/server (Beacon)': versionOf(serverRequire, '@apollo/server'),
  'type-graphql': versionOf(serverRequire, 'type-graphql'),
  '@mikro-orm/core': versionOf(serverRequire, '@mikro-orm/core'),
  graphql: versionOf(serverRequire, 'graphql'),
  express: versionOf(serverRequire, 'express'),
  libsql: versionOf(benchRequire, 'libsql'),
  pg: versionOf(serverRequire, 'pg'),
  '@apollo/server (baseline)': versionOf(benchRequire, '@apollo/server'),
  mercurius: versionOf(benchRequire, 'mercurius'),
  fastify: versionOf(benchRequire, 'fastify'),
  'graphql-jit': versionOf(mercuriusRequire, 'graphql-jit'),
  autocannon: versionOf(benchRequire, 'autocannon'),
};

const sh = (command: string, args: string[]) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};
const pgUrl =
  process.env.BENCH_PG_URL ?? process.env.BEACON_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
if (engines.includes('postgres')) versions.postgresql = sh('psql', [pgUrl, '-Atc', 'show server_version']);
versions.sqlite = sh('node', [
  '-e',
  "const D=require('libsql');console.log(new D(':memory:').prepare('select sqlite_version() v').get().v)",
]);

// Whether this build of the server knows the cache switch at all (until it does, both modes are the same).
const mainSources = spawnSync('grep', ['-rl', 'BEACON_PUBLIC_CACHE', path.dirname(SERVER_MAIN)], {
  encoding: 'utf8',
});
const cacheImplemented = mainSources.status === 0 && mainSources.stdout.trim().length > 0;

const record: RunRecord = {
  startedAt,
  finishedAt: '',
  commit: sh('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']),
  machine: {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart,
    platform: `${os.platform()} ${os.release()}`,
    pinning: pinning.enabled ? `Pinned: ${pinning.reason}.` : `Not pinned: ${pinning.reason}.`,
    shared:
      'Absolute figures depend on the machine and on whatever else runs on it (see the load average at start); ratios are measured side by side, in the same rounds.',
  },
  versions,
  settings: {
    ...settings,
    adminPassword: undefined,
    writeConnections: Math.min(4, settings.connections),
    seed,
    now: now.toISOString(),
    scales,
    engines,
  },
  publicCache: {
    implemented: cacheImplemented,
    note: cacheImplemented
      ? 'the server reads BEACON_PUBLIC_CACHE; "cached" is the default, "uncached" runs with BEACON_PUBLIC_CACHE=off.'
      : 'this build of the server has no response cache and ignores BEACON_PUBLIC_CACHE, so "cached" and "uncached" measure the same server until the cache lands.',
  },
  datasets: [],
};
log(`engines ${engines.join(', ')}; scales ${scales.join(', ')}; ${record.machine.pinning}`);
/** What every dataset of this run is generated with. */
const datasetOptions = {
  seed,
  now,
  adminPassword: settings.adminPassword,
  contentionRounds: settings.contentionRounds,
  contentionPublishers: settings.contentionPublishers,
};
if (loadOnly) {
  const loads: unknown[] = [];
  for (const engine of engines) {
    for (const scale of scales) {
      const spec = SCALES[scale];
      const loadAverage = loadAverageNow();
      log(
        `${engine}, ${spec.name}: creating the database and loading the data (load average ${loadAverage})`,
      );
      const database = await createDatabase(engine, scale);
      try {
        const prepared = await prepareDataset(database, spec, datasetOptions);
        const t = prepared.timings;
        log(
          `${engine}, ${spec.name}: migrations ${t.migrateSeconds.toFixed(1)} s, load ${t.loadSeconds.toFixed(1)} s, total ${t.totalSeconds.toFixed(1)} s`,
        );
        for (const [phase, seconds] of Object.entries(prepared.phases))
          if (seconds >= 0.05) log(`  ${seconds.toFixed(1).padStart(6)} s  ${phase}`);
        const after = loadAverageNow();
        log(`${engine}, ${spec.name}: checks passed; load average now ${after}`);
        loads.push({
          engine,
          scale,
          loadAverageBefore: loadAverage,
          loadAverageAfter: after,
          rows: prepared.rows,
          timings: prepared.timings,
          phases: prepared.phases,
        });
      } finally {
        await database.drop();
      }
    }
  }
  writeFileSync(
    path.join(RESULTS, 'load.json'),
    `${JSON.stringify({ startedAt, commit: record.commit, machine: record.machine, loads }, null, 2)}\n`,
  );
  log('wrote server/bench/results/load.json');
  process.exit(0);
}
log(`public cache: ${record.publicCache.note}`);

for (const engine of engines) {
  for (const scale of scales) {
    const spec = SCALES[scale];
    log(`${engine}, ${spec.name}: creating the database and loading the data`);
    const database = await createDatabase(engine, scale);
    try {
      const prepared = await prepareDataset(database, spec, datasetOptions);
      log(`${engine}, ${spec.name}: loaded in ${prepared.timings.totalSeconds.toFixed(1)} s`);
      const unindexed = await unindexedForeignKeys(database);
      const { writableCreatorIds: _, contention: __, ...facts } = prepared.facts;
      const run: DatasetRun = {
        engine,
        scale,
        scaleName: spec.name,
        prepared: { ...prepared, facts },
        unindexedForeignKeys: unindexed,
      };
      record.datasets.push(run);
      try {
        run.measurement = await measureDataset(database, prepared.facts, settings, (m) =>
          log(`${engine}, ${spec.name}: ${m}`),
        );
      } catch (error) {
        // One dataset failing must not lose the others' figures: record why, go on.
        run.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
        log(`${engine}, ${spec.name}: FAILED: ${run.error}`);
      }
    } finally {
      await database.drop();
    }
  }
}

record.finishedAt = new Date().toISOString();
const benchmarksFile = path.join(ROOT, 'BENCHMARKS.md');
const existing = (() => {
  try {
    return readFileSync(benchmarksFile, 'utf8');
  } catch {
    return '';
  }
})();
if (only) {
  const md = hubMarkdown(record);
  writeFileSync(path.join(RESULTS, 'hub.json'), `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync(path.join(RESULTS, 'hub.md'), md);
  writeFileSync(benchmarksFile, withHubSection(existing, md));
  log('wrote server/bench/results/hub.md and hub.json, and the "Hub only" section of BENCHMARKS.md');
  for (const [k, v] of Object.entries(record.ratios ?? {})) log(`${k} ${v}`);
  process.exit(0);
}
evaluate(record);
const json = `${JSON.stringify(record, null, 2)}\n`;
const md = markdown(record);
if (official) {
  writeFileSync(path.join(RESULTS, 'latest.json'), json);
  writeFileSync(benchmarksFile, withHubSection(md, existing));
  log('wrote BENCHMARKS.md and server/bench/results/latest.json');
} else {
  writeFileSync(path.join(RESULTS, 'dev.json'), json);
  writeFileSync(path.join(RESULTS, 'dev.md'), md);
  log(
    'wrote server/bench/results/dev.md and dev.json (not the official record: run the full default to update it)',
  );
}
for (const t of record.targets ?? [])
  log(`${t.met ? 'met    ' : 'NOT met'} ${t.engine} ${t.target}: ${t.figure}`);
process.exit(0);
