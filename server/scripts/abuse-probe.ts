/**
 * `pnpm --filter @beacon/server probe:abuse`: sends abusive documents to a Beacon with the demo
 * programme (a throwaway SQLite database) over HTTP, each beside a stream of cheap public queries, and
 * prints how long each took, what it answered, and how long the cheap queries waited meanwhile. Before
 * the limits, the first took 12 to 26 s and the second up to 28 s and 2.1 GB, while other clients waited.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/orm.js';
import { seedDemoProgramme } from '../src/db/seed/demo-programme.js';
import { createTemporaryDatabase } from '../src/db/temporary-database.js';
import { beaconSchema } from '../src/schema.js';

const ABUSIVE = `{ creators(first: 100) { nodes { id videos(first: 100) { nodes { creator { videos(first: 100) {
  nodes { creator { videos(first: 100) { nodes { id title } } } } } } } } } } }`;
const HUBS = `{ ${Array.from({ length: 1_000 }, (_, i) => `h${i}: hub(campaign: "mental-health-awareness-month-2023") { campaign { id name } }`).join(' ')} }`;

const db = await createTemporaryDatabase('sqlite', 'probe');
const orm = await openDatabase({ database: db.config });
await seedDemoProgramme(orm.em.fork(), { onlyIfEmpty: false });
const config = {
  ...loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    BEACON_RATE_LIMIT_ANONYMOUS: '1000000',
  }),
  database: db.config,
};
const beacon = await createApp({
  config,
  orm,
  schema: await beaconSchema(),
  logger: pino({ level: 'silent' }),
});
await new Promise<void>((resolve) => beacon.httpServer.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(beacon.httpServer.address() as AddressInfo).port}/graphql`;

const post = async (query: string) => {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    ms: Math.round(performance.now() - started),
    status: response.status,
    codes: [...new Set((body.errors ?? []).map((e) => e.extensions?.code))],
  };
};

for (const [name, query] of [
  ['six-hop fan-out', ABUSIVE],
  ['1,000 aliases of hub', HUBS],
] as const) {
  let done = false;
  const waits: number[] = [];
  const cheap = (async () => {
    while (!done) waits.push((await post('{ campaigns(first: 3) { nodes { name } } }')).ms);
  })();
  const heapBefore = process.memoryUsage().heapUsed;
  const answer = await post(query);
  done = true;
  await cheap;
  const heapAfter = process.memoryUsage().heapUsed;
  waits.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      document: name,
      answeredInMs: answer.ms,
      status: answer.status,
      codes: answer.codes,
      otherClientsWorstWaitMs: waits.at(-1) ?? null,
      otherClientsRequests: waits.length,
      heapGrowthMb: Math.round((heapAfter - heapBefore) / 1e6),
    }),
  );
}

await beacon.apollo.stop();
await orm.close(true);
await db.drop();
