/**
 * Everything measured on one dataset (one engine, one scale), in one run, side by side:
 * the hub (cached and uncached Beacon, bare node:http, plain Apollo, Mercurius), `{ __typename }`, the staff
 * lists, the nested list, a staff write, a publish under contention, SQL statements and rows per request
 * (from a separate, probed Beacon process), and the memory of the measured Beacon processes.
 */
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type autocannon from 'autocannon';
import { ADMIN_EMAIL, graphql, SERVER_DIR, signIn, startBeacon } from './beacon.js';
import type { BenchDatabase } from './databases.js';
import type { DatasetFacts } from './dataset/generate.js';
import { isoOf, withQuery } from './db-query.js';
import { measureGroup, type Summary, type Target } from './measure.js';
import {
  creatorsQuery,
  globalId,
  HUB_QUERY,
  localId,
  NESTED_QUERY,
  PUBLISH,
  TYPENAME_QUERY,
  UPDATE_CREATOR,
  videosQuery,
} from './operations.js';
import { freePort, type MemoryStats, median, type Started, startNode } from './processes.js';
import { type ProfileSummary, profileDir, summariseProfile } from './profile.js';

const BENCH_DIR = fileURLToPath(new URL('../', import.meta.url));
const SCHEMA = path.join(SERVER_DIR, '..', 'schema.graphql');

export interface RunSettings {
  readonly connections: number;
  readonly hubRounds: number;
  readonly listRounds: number;
  readonly seconds: number;
  readonly warmUpSeconds: number;
  readonly contentionRounds: number;
  readonly contentionPublishers: number;
  readonly adminPassword: string;
  /** 'hub': only the hub group (cached and uncached Beacon beside its three baselines), its SQL count,
   * memory and a CPU profile of the uncached hub; no lists, writes or contention. */
  readonly only?: 'hub';
}

export interface ScenarioResult {
  readonly id: string;
  readonly group: string;
  readonly description: string;
  readonly connections: number;
  readonly summary: Summary;
  readonly responseBytes?: number;
  readonly sql?: SqlCount;
  readonly note?: string;
}

export interface SqlCount {
  readonly statements: number;
  readonly rows: number;
  /** Rows by the first table each statement reads. */
  readonly rowsByTable: Record<string, number>;
}

export interface ContentionResult {
  readonly rounds: {
    publishers: number;
    capacity: number;
    published: number;
    refused: Record<string, number>;
    wallMs: number;
    p50Ms: number;
    maxMs: number;
  }[];
  readonly capacityHeld: boolean;
  readonly wallMs: number;
  readonly p50Ms: number;
  readonly maxMs: number;
}

export interface DatasetMeasurement {
  readonly scenarios: ScenarioResult[];
  /** Absent in a hub-only run. */
  readonly contention?: ContentionResult;
  readonly memory: { cached: MemoryStats; uncached: MemoryStats };
  readonly hubBytes: number;
  readonly checks: Record<string, string | number | boolean>;
  readonly probeDrivers: string[];
  readonly profiles: ProfileSummary[];
}

interface ScenarioDef {
  readonly id: string;
  readonly group: 'lists' | 'nested';
  readonly description: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** Sent without the staff session, as a public client. */
  readonly anonymous?: boolean;
}

const bodyOf = (query: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ query, variables });

function fail(message: string): never {
  throw new Error(message);
}

/** A keyset cursor for `after` that starts a page `depth` rows into a list (see BENCHMARKS.md). */
async function deepCursor(
  database: BenchDatabase,
  beaconUrl: string,
  cookie: string,
  kind: 'creators' | 'videos',
  depth: number,
): Promise<{ cursor: string | null; depth: number; note: string }> {
  const table = kind === 'creators' ? 'creator' : 'awareness_video';
  const order = kind === 'creators' ? 'handle asc, id asc' : 'published_at desc, id desc';
  const keyColumn = kind === 'creators' ? 'handle' : 'published_at';
  return withQuery(database, async (query) => {
    const [{ n }] = (await query(`select count(*) as n from ${table} where archived_at is null`)) as [
      { n: unknown },
    ];
    const visible = Number(n);
    const at = Math.min(depth, Math.floor(visible / 2));
    const rowAt = async (offset: number) =>
      (
        await query(
          `select id, ${keyColumn} as k from ${table} where archived_at is null order by ${order} limit 1 offset ${offset}`,
        )
      )[0] as { id: string; k: unknown };
    // Learn how this server encodes cursors from page 1, then encode the deep one the same way.
    const page = await graphql<Record<string, { pageInfo: { endCursor: string } }>>(
      beaconUrl,
      kind === 'creators' ? creatorsQuery(false) : videosQuery(false),
      { first: 20 },
      { cookie },
    );
    const end = Object.values(page.body.data ?? {})[0]?.pageInfo.endCursor;
    const twentieth = await rowAt(19);
    const key = kind === 'creators' ? twentieth.k : isoOf(twentieth.k);
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(String(end), 'base64url').toString());
    } catch {
      decoded = null;
    }
    if (!Array.isArray(decoded) || decoded[0] !== key || decoded[1] !== twentieth.id) {
      return { cursor: null, depth: at, note: `cursor format not recognised (${String(end).slice(0, 40)})` };
    }
    const target = await rowAt(at - 1);
    const cursor = Buffer.from(
      JSON.stringify([kind === 'creators' ? target.k : isoOf(target.k), target.id]),
    ).toString('base64url');
    // Verify: the page after the cursor starts with the row after it.
    const next = await rowAt(at);
    const check = await graphql<Record<string, { nodes: { id: string }[] }>>(
      beaconUrl,
      kind === 'creators' ? creatorsQuery(false) : videosQuery(false),
      { first: 1, after: cursor },
      { cookie },
    );
    const first = Object.values(check.body.data ?? {})[0]?.nodes[0]?.id;
    if (!first || localId(first) !== next.id)
      return { cursor: null, depth: at, note: 'deep cursor did not verify' };
    return { cursor, depth: at, note: `cursor after ${at.toLocaleString('en')} rows` };
  });
}

async function listScenarios(
  database: BenchDatabase,
  url: string,
  cookie: string,
  facts: DatasetFacts,
): Promise<{ defs: ScenarioDef[]; notes: Record<string, string> }> {
  const defs: ScenarioDef[] = [];
  const notes: Record<string, string> = {};
  for (const kind of ['creators', 'videos'] as const) {
    const q = kind === 'creators' ? creatorsQuery : videosQuery;
    const hit = kind === 'creators' ? facts.search.creatorsHit : facts.search.videosHit;
    const deep = await deepCursor(database, url, cookie, kind, 50_000);
    notes[`${kind}.deep`] = deep.note;
    const add = (id: string, description: string, withCount: boolean, variables: Record<string, unknown>) =>
      defs.push({
        id: `${kind}.${id}`,
        group: 'lists',
        description,
        query: q(withCount),
        variables: { first: 20, ...variables },
      });
    add('page1', `${kind}: first page (20)`, false, {});
    add('page1.totalCount', `${kind}: first page with totalCount`, true, {});
    if (deep.cursor) {
      add('deep', `${kind}: deep page (${deep.note})`, false, { after: deep.cursor });
      add('deep.totalCount', `${kind}: deep page with totalCount`, true, { after: deep.cursor });
    }
    add('topic', `${kind}: topic filter (${facts.topicFilter})`, false, {
      filter: { topic: facts.topicFilter },
    });
    add('topic.totalCount', `${kind}: topic filter with totalCount`, true, {
      filter: { topic: facts.topicFilter },
    });
    add('search.hit', `${kind}: text search "${hit}" (matches)`, false, { filter: { search: hit } });
    add('search.miss', `${kind}: text search "${facts.search.miss}" (no match)`, false, {
      filter: { search: facts.search.miss },
    });
    defs.push({
      id: `${kind}.public.page1`,
      group: 'lists',
      description: `${kind}: first page for a public client (anonymous: only public ${kind})`,
      query: kind === 'creators' ? creatorsQuery(false, true) : videosQuery(false),
      variables: { first: 20 },
      anonymous: true,
    });
  }
  defs.push(
    {
      id: 'nested.1',
      group: 'nested',
      description: 'creators → videos(first: 5), 1 parent',
      query: NESTED_QUERY,
      variables: { first: 1 },
    },
    {
      id: 'nested.100',
      group: 'nested',
      description: 'creators → videos(first: 5), 100 parents',
      query: NESTED_QUERY,
      variables: { first: 100 },
    },
  );
  return { defs, notes };
}

/** The first table a statement reads or writes, for the rows-by-table breakdown. */
const tableOf = (sql: string) =>
  /\b(?:from|into|update)\s+[`"]?([a-z_]+)/i.exec(sql)?.[1]?.toLowerCase() ?? 'other';

/** Statements and rows of one request on the probed server: the fewest of three, so a background tick
 * (the scheduler polls every second) landing inside one request is not counted. */
async function countSql(probeUrl: string, run: () => Promise<unknown>): Promise<SqlCount> {
  await run();
  let best: SqlCount | null = null;
  for (let i = 0; i < 3; i++) {
    await fetch(`${probeUrl}/take`);
    await run();
    const { statements } = (await (await fetch(`${probeUrl}/take`)).json()) as {
      statements: { sql: string; rows: number }[];
    };
    const rowsByTable: Record<string, number> = {};
    for (const s of statements) rowsByTable[tableOf(s.sql)] = (rowsByTable[tableOf(s.sql)] ?? 0) + s.rows;
    const count = {
      statements: statements.length,
      rows: statements.reduce((a, s) => a + s.rows, 0),
      rowsByTable,
    };
    if (!best || count.statements < best.statements) best = count;
  }
  return best as SqlCount;
}

async function publishContention(
  url: string,
  cookie: string,
  facts: DatasetFacts,
  publishers: number,
): Promise<ContentionResult> {
  const rounds: ContentionResult['rounds'] = [];
  for (const [index, drill] of facts.contention.entries()) {
    const started = performance.now();
    const latencies: number[] = [];
    const outcomes = await Promise.all(
      drill.recognitionIds.slice(0, publishers).map(async (id) => {
        const t0 = performance.now();
        const response = await graphql<{ publishRecognition: { recognition: { status: string } } }>(
          url,
          PUBLISH,
          { input: { id: globalId('Recognition', id), expectedVersion: 1 } },
          { cookie },
        );
        latencies.push(performance.now() - t0);
        return response.body.errors?.[0]?.extensions?.code ?? (response.body.data ? 'PUBLISHED' : 'NO_DATA');
      }),
    );
    const wallMs = performance.now() - started;
    // The first drill campaign warms the server up; it is not reported.
    if (index === 0) continue;
    const refused: Record<string, number> = {};
    for (const o of outcomes) if (o !== 'PUBLISHED') refused[o] = (refused[o] ?? 0) + 1;
    rounds.push({
      publishers: outcomes.length,
      capacity: drill.capacity,
      published: outcomes.filter((o) => o === 'PUBLISHED').length,
      refused,
      wallMs,
      p50Ms: median(latencies),
      maxMs: Math.max(...latencies),
    });
  }
  return {
    rounds,
    capacityHeld: rounds.every((r) => r.published === r.capacity),
    wallMs: median(rounds.map((r) => r.wallMs)),
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    maxMs: median(rounds.map((r) => r.maxMs)),
  };
}

/** autocannon hooks for the write: each connection owns its own creators and tracks their versions. */
function updateCreatorRequests(
  ids: readonly string[],
  connections: number,
): { requests: autocannon.Request[]; failures: () => number; conflicts: () => number } {
  const versions = new Map<string, number>(ids.map((id) => [id, 1]));
  let nextConnection = 0;
  let failures = 0;
  let conflicts = 0;
  interface Ctx {
    own?: string[];
    at?: number;
    current?: string;
  }
  const requests: autocannon.Request[] = [
    {
      method: 'POST',
      setupRequest: (request, context: Ctx) => {
        if (!context.own) {
          const k = nextConnection++ % connections;
          context.own = ids.filter((_, i) => i % connections === k);
          context.at = 0;
        }
        const at = context.at ?? 0;
        const id = context.own[at % context.own.length] as string;
        context.at = at + 1;
        context.current = id;
        return {
          ...request,
          body: bodyOf(UPDATE_CREATOR, {
            input: {
              id: globalId('Creator', id),
              expectedVersion: versions.get(id),
              followerCount: 1_000 + at,
            },
          }),
        };
      },
      onResponse: (_status, body, context: Ctx) => {
        try {
          const parsed = JSON.parse(body) as {
            data?: { updateCreator?: { creator: { version: number } } };
            errors?: { extensions?: { code?: string; actualVersion?: number } }[];
          };
          const version = parsed.data?.updateCreator?.creator.version;
          const stale = parsed.errors?.[0]?.extensions;
          if (version && context.current) versions.set(context.current, version);
          else if (stale?.code === 'CONFLICT' && stale.actualVersion && context.current) {
            // A request cut off at the end of the previous round was applied but its answer never read.
            versions.set(context.current, stale.actualVersion);
            conflicts++;
          } else failures++;
        } catch {
          failures++;
        }
      },
    },
  ];
  return { requests, failures: () => failures, conflicts: () => conflicts };
}

export async function measureDataset(
  database: BenchDatabase,
  facts: DatasetFacts,
  settings: RunSettings,
  progress: (message: string) => void,
): Promise<DatasetMeasurement> {
  const checks: Record<string, string | number | boolean> = {};
  const started: Started[] = [];
  const cleanups: (() => void)[] = [];
  const stopAll = async () => {
    await Promise.all(started.splice(0).map((s) => s.stop()));
  };
  try {
    const cached = await startBeacon({ name: 'beacon', database, adminPassword: settings.adminPassword });
    started.push(cached);
    const uncached = await startBeacon({
      name: 'beacon (BEACON_PUBLIC_CACHE=off)',
      database,
      adminPassword: settings.adminPassword,
      publicCache: 'off',
    });
    started.push(uncached);
    const cookie = await signIn(cached.url, ADMIN_EMAIL, settings.adminPassword);
    const hubVariables = { campaign: facts.hubSlug, region: facts.hubRegion };

    // The hub: check it, capture its bytes for the baselines.
    const hub = await graphql<{ hub: { spotlights: { nodes: { featuredVideos: { nodes: unknown[] } }[] } } }>(
      cached.url,
      HUB_QUERY,
      hubVariables,
    );
    const spotlights = hub.body.data?.hub?.spotlights.nodes ?? [];
    if (hub.body.errors || spotlights.length !== facts.hubCapacity) {
      fail(`the hub did not answer ${facts.hubCapacity} spotlights: ${hub.text.slice(0, 600)}`);
    }
    checks.hubSpotlights = spotlights.length;
    checks.hubFeaturedVideos = spotlights.reduce((n, s) => n + s.featuredVideos.nodes.length, 0);
    checks.hubCacheControl = String(hub.headers['cache-control'] ?? '');
    const hubFile = path.join(os.tmpdir(), `beacon-bench-hub-${process.pid}.json`);
    writeFileSync(hubFile, hub.text);
    cleanups.push(() => rmSync(hubFile, { force: true }));

    progress('starting baselines');
    const baseline = async (kind: string) => {
      const port = await freePort();
      const server = await startNode({
        name: `baseline ${kind}`,
        args: ['--import', '@swc-node/register/esm-register', 'src/baselines/baseline-server.ts'],
        env: {
          ...process.env,
          NODE_ENV: 'production',
          BASELINE: kind,
          PORT: String(port),
          BASELINE_HUB: hubFile,
          BASELINE_SCHEMA: SCHEMA,
        },
        port,
        cwd: BENCH_DIR,
      });
      started.push(server);
      return server;
    };
    const bare = await baseline('bare');
    const apollo = await baseline('apollo');
    const mercurius = await baseline('mercurius');
    for (const server of [apollo, mercurius]) {
      const answer = await graphql(server.url, HUB_QUERY, hubVariables);
      if (JSON.stringify(answer.body) !== JSON.stringify(hub.body)) {
        fail(`${server.name} does not answer the hub Beacon answered: ${answer.text.slice(0, 300)}`);
      }
    }

    const c = settings.connections;
    const hubBody = bodyOf(HUB_QUERY, hubVariables);
    const gql = (s: Started) => `${s.url}/graphql`;
    const hubTargets: Target[] = [
      { id: 'hub.cached', url: gql(cached), body: hubBody, connections: c },
      { id: 'hub.uncached', url: gql(uncached), body: hubBody, connections: c },
      { id: 'baseline.bare.hub', url: gql(bare), body: hubBody, connections: c },
      { id: 'baseline.apollo.hub', url: gql(apollo), body: hubBody, connections: c },
      { id: 'baseline.mercurius.hub', url: gql(mercurius), body: hubBody, connections: c },
    ];
    const typenameBody = bodyOf(TYPENAME_QUERY);
    const typenameTargets: Target[] = [
      { id: 'typename', url: gql(cached), body: typenameBody, connections: c },
      { id: 'baseline.apollo.typename', url: gql(apollo), body: typenameBody, connections: c },
      { id: 'baseline.mercurius.typename', url: gql(mercurius), body: typenameBody, connections: c },
    ];
    const hubOptions = {
      rounds: settings.hubRounds,
      seconds: settings.seconds,
      warmUpSeconds: settings.warmUpSeconds,
      onProgress: progress,
    };
    const hubOnly = settings.only === 'hub';
    const summaries = new Map<string, Summary>([
      ...(await measureGroup(hubTargets, hubOptions)),
      ...(hubOnly ? [] : await measureGroup(typenameTargets, hubOptions)),
    ]);
    for (const server of [bare, apollo, mercurius]) {
      await server.stop();
      started.splice(started.indexOf(server), 1);
    }
    const noDefs: ScenarioDef[] = [];
    const { defs, notes } = hubOnly
      ? { defs: noDefs, notes: {} }
      : await listScenarios(database, cached.url, cookie, facts);
    const writeConnections = Math.min(4, c);
    const sizes = new Map<string, number>();
    const session = (def: ScenarioDef): Record<string, string> => (def.anonymous ? {} : { cookie });
    let contention: ContentionResult | undefined;
    if (!hubOnly) contention = await listsAndWrites();

    async function listsAndWrites(): Promise<ContentionResult> {
      // Staff lists and the nested list: one connection, so latency is the server's time for one request.
      Object.assign(checks, Object.fromEntries(Object.entries(notes).map(([k, v]) => [`cursor.${k}`, v])));
      for (const def of defs) {
        const answer = await graphql(cached.url, def.query, def.variables, session(def));
        if (answer.body.errors) fail(`${def.id} failed: ${answer.text.slice(0, 500)}`);
        sizes.set(def.id, answer.bytes);
      }
      // totalCount must be exact: compare with the database.
      const counted = await graphql<{
        creators: { totalCount: number };
        awarenessVideos: { totalCount: number };
      }>(cached.url, '{ creators { totalCount } awarenessVideos { totalCount } }', {}, { cookie });
      await withQuery(database, async (query) => {
        const n = async (table: string) =>
          Number(
            (
              (await query(`select count(*) as n from ${table} where archived_at is null`))[0] as {
                n: unknown;
              }
            ).n,
          );
        checks.creatorsTotalCountExact = counted.body.data?.creators.totalCount === (await n('creator'));
        checks.videosTotalCountExact =
          counted.body.data?.awarenessVideos.totalCount === (await n('awareness_video'));
      });
      const listTargets: Target[] = defs.map((def) => ({
        id: def.id,
        url: gql(cached),
        body: bodyOf(def.query, def.variables),
        headers: session(def),
        connections: 1,
      }));
      for (const [id, summary] of await measureGroup(listTargets, {
        rounds: settings.listRounds,
        seconds: settings.seconds,
        warmUpSeconds: Math.min(1, settings.warmUpSeconds),
        onProgress: progress,
      })) {
        summaries.set(id, summary);
      }

      // A staff write: updateCreator, each connection on its own creators (no version conflicts).
      const update = updateCreatorRequests(facts.writableCreatorIds, writeConnections);
      const writes = await measureGroup(
        [
          {
            id: 'write.updateCreator',
            url: gql(cached),
            headers: { cookie },
            connections: writeConnections,
            requests: update.requests,
          },
        ],
        {
          rounds: settings.listRounds,
          seconds: settings.seconds,
          warmUpSeconds: Math.min(1, settings.warmUpSeconds),
          onProgress: progress,
        },
      );
      for (const [id, summary] of writes) summaries.set(id, summary);
      const written = await graphql<{ node: { version: number } | null }>(
        cached.url,
        'query($id: ID!) { node(id: $id) { ... on Creator { version } } }',
        { id: globalId('Creator', facts.writableCreatorIds[0] as string) },
        { cookie },
      );
      checks.writesApplied = (written.body.data?.node?.version ?? 1) > 1;
      checks.writeGraphQLErrors = update.failures();
      checks.writeVersionConflictsAtRoundEnds = update.conflicts();

      progress('publish under contention');
      return publishContention(cached.url, cookie, facts, settings.contentionPublishers);
    }

    const memory = { cached: cached.memory(), uncached: uncached.memory() };
    await stopAll();

    // SQL statements and rows per request, on a separate probed process (counting costs time).
    progress('counting SQL statements');
    const probePort = await freePort();
    const probe = await startBeacon({
      name: 'beacon (SQL probe)',
      database,
      adminPassword: settings.adminPassword,
      publicCache: 'off',
      probePort,
    });
    started.push(probe);
    const probeUrl = `http://127.0.0.1:${probePort}`;
    const drivers = ((await (await fetch(probeUrl)).json()) as { patched: string[] }).patched;
    const sql = new Map<string, SqlCount>();
    sql.set('hub.uncached', await countSql(probeUrl, () => graphql(probe.url, HUB_QUERY, hubVariables)));
    if (!hubOnly) sql.set('typename', await countSql(probeUrl, () => graphql(probe.url, TYPENAME_QUERY)));
    for (const def of defs) {
      sql.set(
        def.id,
        await countSql(probeUrl, () => graphql(probe.url, def.query, def.variables, { cookie })),
      );
    }
    await stopAll();

    // Where the time goes: CPU profiles of the hub and of a staff list, each in its own process.
    const profiles: ProfileSummary[] = [];
    const firstVideos = defs.find((d) => d.id === 'videos.page1');
    const workloads: {
      id: string;
      label: string;
      body: string;
      headers: Record<string, string>;
      connections: number;
    }[] = [
      { id: 'hub', label: `anonymous hub, ${c} connections`, body: hubBody, headers: {}, connections: c },
      ...(firstVideos
        ? [
            {
              id: 'videos.page1',
              label: 'videos: first page, 1 connection',
              body: bodyOf(firstVideos.query, firstVideos.variables),
              headers: { cookie },
              connections: 1,
            },
          ]
        : []),
    ];
    for (const workload of workloads) {
      progress(`profiling ${workload.id}`);
      const dir = profileDir();
      const spawnedAt = Date.now();
      const server = await startBeacon({
        name: `beacon (profiled: ${workload.id})`,
        database,
        adminPassword: settings.adminPassword,
        publicCache: 'off',
        profileDir: dir,
      });
      started.push(server);
      const target: Target = {
        id: workload.id,
        url: gql(server),
        body: workload.body,
        headers: workload.headers,
        connections: workload.connections,
      };
      await measureGroup([target], { rounds: 1, seconds: 1, warmUpSeconds: 1 });
      const loadFrom = Date.now() - spawnedAt;
      await measureGroup([target], {
        rounds: 1,
        seconds: Math.max(4, settings.seconds * 2),
        warmUpSeconds: 1,
      });
      await stopAll();
      const summary = summariseProfile(dir, workload.label, loadFrom);
      if (summary) profiles.push(summary);
    }

    const describe: Record<string, string> = {
      'hub.cached': 'anonymous hub, Beacon (public cache on: default)',
      'hub.uncached': 'anonymous hub, Beacon with BEACON_PUBLIC_CACHE=off',
      'baseline.bare.hub': 'bare node:http, same bytes',
      'baseline.apollo.hub': 'plain Apollo Server, hub in memory',
      'baseline.mercurius.hub': 'Mercurius + graphql-jit, hub in memory',
      typename: '{ __typename } on Beacon',
      'baseline.apollo.typename': '{ __typename } on plain Apollo Server',
      'baseline.mercurius.typename': '{ __typename } on Mercurius',
      'write.updateCreator': `updateCreator (staff write, ${writeConnections} connections)`,
    };
    const scenarios: ScenarioResult[] = [];
    for (const [id, summary] of summaries) {
      const def = defs.find((d) => d.id === id);
      const group =
        def?.group ?? (id.startsWith('write') ? 'write' : id.includes('typename') ? 'typename' : 'hub');
      const target = [...hubTargets, ...typenameTargets].find((t) => t.id === id);
      scenarios.push({
        id,
        group,
        description: def?.description ?? describe[id] ?? id,
        connections: def ? 1 : id.startsWith('write') ? writeConnections : (target?.connections ?? c),
        summary,
        ...(sizes.has(id)
          ? { responseBytes: sizes.get(id) }
          : group === 'hub'
            ? { responseBytes: hub.bytes }
            : {}),
        ...(sql.has(id) ? { sql: sql.get(id) } : {}),
      });
    }
    return {
      scenarios,
      ...(contention ? { contention } : {}),
      memory,
      hubBytes: hub.bytes,
      checks,
      probeDrivers: drivers,
      profiles,
    };
  } finally {
    await stopAll();
    for (const cleanup of cleanups) cleanup();
  }
}
