/**
 * Database faults under write load, over HTTP as clients meet them.
 *
 * Which lane proves what:
 * - PostgreSQL lane: the test starts its OWN throwaway cluster (initdb + pg_ctl into a temporary
 *   directory, on a free port), stops it, crashes it (SIGKILL on its postmaster and backends, then crash
 *   recovery) and freezes it (SIGSTOP on them) while signed-in editors write and an anonymous reader
 *   reads. Requests fail fast with a retryable `SERVICE_UNAVAILABLE` (HTTP 503 with `Retry-After`,
 *   never an internal error), `/readyz` says 503, Beacon serves again within 5 s of the server's return
 *   (accepting connections again) without a restart, no acknowledged write is lost, and the outage is
 *   logged once per interval rather than once per failed request.
 * - SQLite lane: SQLite has no server to stop or hang; its fault is another process holding the write
 *   lock. Writes wait the busy timeout, then fail with the same retryable `SERVICE_UNAVAILABLE` (not an
 *   internal error); reads go on (WAL); writes succeed again once the lock is released; nothing
 *   acknowledged is lost.
 *
 * Bounds are the issue's, generous on purpose: a statement timeout of 2 s (1 s for SQLite's busy wait)
 * and every request answered within 10 s; service back within 5 s of the database's return.
 */
import { Writable } from 'node:stream';
import Database from 'libsql';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../test/factories.js';
import { createTestApp, lane, StaffRole, type TestApp } from '../test/test-app.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../test/throwaway-postgres.js';

const ANSWER_WITHIN_MS = 10_000;
const RECOVER_WITHIN_MS = 5_000;
/** A whole fault cycle (load, fault, PostgreSQL's own restart and recovery, load again) on a busy machine. */
const FAULT_TIMEOUT_MS = 120_000;

const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name } } }`;
// Anonymous reads, in turn, through both read paths: a catalogue list, and the hub's own statements (a
// missing hub still reads its campaign). One root field each: a response that served some data keeps its
// 200 (database-unavailable.plugin.ts). The public cache is off in these apps, so every read reaches the
// database.
const READS = ['{ campaigns(first: 5) { nodes { id } } }', '{ hub(campaign: "load-test-hub") { region } }'];
let readsSent = 0;

interface Outcome {
  readonly kind: 'write' | 'read';
  readonly name?: string;
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly status: number;
  readonly retryAfter: string | null;
  readonly codes: string[];
  readonly ok: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

async function post(url: string, query: string, variables: object, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  };
  return { response, body };
}

/** Numbers every write of the file, so names stay unique across loads. */
let sequence = 0;

/** Signed-in writers and an anonymous reader, each sending its next request when the last is answered. */
function startLoad(url: string, cookie: string, writers: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  const one = async (kind: 'write' | 'read') => {
    const name = kind === 'write' ? `Load test organisation ${++sequence}` : undefined;
    const startedAt = Date.now();
    try {
      const { response, body } =
        kind === 'write'
          ? await post(
              url,
              CREATE,
              { input: { name, kind: 'NON_PROFIT', website: 'https://example.org' } },
              cookie,
            )
          : await post(url, READS[readsSent++ % READS.length] as string, {});
      outcomes.push({
        kind,
        name,
        startedAt,
        finishedAt: Date.now(),
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        codes: (body.errors ?? []).map((e) => String(e.extensions?.code)),
        ok: response.status === 200 && !body.errors?.length,
      });
    } catch (error) {
      outcomes.push({
        kind,
        name,
        startedAt,
        finishedAt: Date.now(),
        status: 0,
        retryAfter: null,
        codes: [`network: ${(error as Error).message}`],
        ok: false,
      });
    }
  };
  const loop = async (kind: 'write' | 'read') => {
    while (running) {
      await one(kind);
      await sleep(20);
    }
  };
  const loops = [...Array.from({ length: writers }, () => loop('write')), loop('read')];
  return {
    outcomes,
    acknowledged: () => outcomes.filter((o) => o.kind === 'write' && o.ok).map((o) => o.name as string),
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** Every failure during the fault is the retryable code, as a whole-response 503 with Retry-After. */
function expectRetryableFailures(failures: Outcome[]) {
  for (const failure of failures) {
    expect(failure, JSON.stringify(failure)).toMatchObject({ status: 503, retryAfter: '5' });
    expect(new Set(failure.codes), JSON.stringify(failure)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
  }
}

async function signIn(url: string, email: string): Promise<string> {
  const { response } = await post(
    url,
    'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
    { input: { email, password: TEST_PASSWORD } },
  );
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('beacon_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return cookie.split(';')[0] as string;
}

function capturedLogger() {
  const lines: { level: number; msg: string }[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: pino({ level: 'info' }, sink) };
}

// Each lane registers only its own fault (a skipped test would read as a lane that did not run).
if (lane() === 'postgres')
  describe('a PostgreSQL that stops or hangs under write load', () => {
    let cluster: ThrowawayPostgres;
    let app: TestApp;
    let url: string;
    let cookie: string;
    const log = capturedLogger();

    beforeAll(async () => {
      cluster = await startThrowawayPostgres();
      app = await createTestApp(
        {
          BEACON_DB_STATEMENT_TIMEOUT_MS: '2000',
          BEACON_DB_ACQUIRE_TIMEOUT_MS: '2000',
          BEACON_READYZ_TIMEOUT_MS: '1000',
          BEACON_PUBLIC_CACHE: 'off',
        },
        { logger: log.logger, database: { kind: 'postgres', url: cluster.url } },
      );
      url = await app.listen();
      const editor = await app.staff(StaffRole.EDITOR);
      cookie = await signIn(url, editor.email);
    });
    afterAll(async () => {
      await app?.close();
      await cluster?.destroy();
    });

    /** Names of the load's organisations that are in the database, read directly. */
    async function storedNames(): Promise<Set<string>> {
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ name: string }>(
          "select name from organisation where name like 'Load test organisation %'",
        );
        return new Set(rows.map((r) => r.name));
      } finally {
        await client.end();
      }
    }

    async function readyz() {
      const startedAt = Date.now();
      const response = await fetch(`${url}/readyz`);
      return { status: response.status, ms: Date.now() - startedAt };
    }

    /** Runs the load through one fault and checks everything a client and an operator would see. */
    async function throughFault(fault: { begin(): Promise<void>; end(): Promise<void> }) {
      const linesBefore = log.lines.length;
      const load = startLoad(url, cookie, 4);
      await until(() => load.acknowledged().length >= 5, 'writes before the fault');

      const faultAt = Date.now();
      await fault.begin();
      const failedSince = () => load.outcomes.filter((o) => o.startedAt > faultAt && !o.ok);
      await until(() => failedSince().filter((o) => o.kind === 'write').length >= 4, 'writes failing');
      const ready = await readyz();
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(ANSWER_WITHIN_MS);

      // Returned: the server accepts connections again (pg_ctl start waits for that; a thaw is at once).
      // A crashed server's recovery from its write-ahead log is the server's time, not Beacon's.
      await fault.end();
      const returnedAt = Date.now();
      await until(
        () => load.outcomes.some((o) => o.kind === 'write' && o.ok && o.startedAt >= returnedAt),
        'a write to succeed after the database returned',
      );
      const firstSuccess = Math.min(
        ...load.outcomes
          .filter((o) => o.kind === 'write' && o.ok && o.startedAt >= returnedAt)
          .map((o) => o.finishedAt),
      );
      await until(() => load.outcomes.filter((o) => o.startedAt > firstSuccess).length >= 5, 'more requests');
      await load.stop();

      // Fail fast: every request was answered within the bound, during the fault too.
      for (const outcome of load.outcomes) {
        expect(outcome.finishedAt - outcome.startedAt, JSON.stringify(outcome)).toBeLessThan(
          ANSWER_WITHIN_MS,
        );
      }
      // Only the retryable code while it lasted, never an internal error.
      const duringFault = load.outcomes.filter(
        (o) => !o.ok && o.startedAt > faultAt && o.finishedAt < returnedAt,
      );
      expect(duringFault.length).toBeGreaterThanOrEqual(4);
      expectRetryableFailures(load.outcomes.filter((o) => !o.ok));
      // Recovered without a restart, within 5 s of the database's return.
      expect(firstSuccess - returnedAt).toBeLessThan(RECOVER_WITHIN_MS);
      expect((await readyz()).status).toBe(200);
      // Nothing acknowledged was lost.
      const stored = await storedNames();
      const lost = load.acknowledged().filter((name) => !stored.has(name));
      expect(lost).toEqual([]);

      // The outage was logged once per interval (and once on recovery), not once per failed request.
      const lines = log.lines.slice(linesBefore);
      const alarms = lines.filter((l) => l.level >= 40);
      expect(alarms.length, JSON.stringify(alarms)).toBeLessThanOrEqual(4);
      expect(alarms.some((l) => /^database unavailable/.test(l.msg))).toBe(true);
      expect(alarms.some((l) => /^database reachable again/.test(l.msg))).toBe(true);
      expect(lines.some((l) => /internal error/.test(l.msg))).toBe(false);
    }

    it(
      'refuses requests with a retryable 503 while the server is stopped, and serves again when it returns',
      async () => {
        await throughFault({ begin: () => cluster.stop(), end: () => cluster.start() });
      },
      FAULT_TIMEOUT_MS,
    );

    it(
      'refuses requests with a retryable 503 after the server crashes (SIGKILL), and serves again after its recovery',
      async () => {
        await throughFault({ begin: () => cluster.crash(), end: () => cluster.start() });
      },
      FAULT_TIMEOUT_MS,
    );

    it(
      'fails fast instead of waiting while the server hangs (SIGSTOP), and serves again when it resumes',
      async () => {
        await throughFault({ begin: () => cluster.freeze(), end: () => cluster.thaw() });
      },
      FAULT_TIMEOUT_MS,
    );
  });

if (lane() === 'sqlite')
  describe('a SQLite database locked by another writer', () => {
    let app: TestApp;
    let url: string;
    let cookie: string;

    beforeAll(async () => {
      app = await createTestApp({
        BEACON_DB_STATEMENT_TIMEOUT_MS: '1000',
        BEACON_DB_ACQUIRE_TIMEOUT_MS: '2000',
        BEACON_PUBLIC_CACHE: 'off',
      });
      url = await app.listen();
      const editor = await app.staff(StaffRole.EDITOR);
      cookie = await signIn(url, editor.email);
    });
    afterAll(() => app?.close());

    it('fails writes with a retryable 503 after the busy timeout, keeps reading, and writes again once released', async () => {
      if (app.config.database.kind !== 'sqlite') throw new Error('SQLite lane expected');
      const load = startLoad(url, cookie, 2);
      await until(() => load.acknowledged().length >= 3, 'writes before the lock');

      // Another process (here: another connection) takes the write lock and keeps it.
      const holder = new Database(app.config.database.file);
      holder.exec('pragma busy_timeout = 5000');
      holder.exec('begin immediate');
      const lockedAt = Date.now();
      const failedSince = () => load.outcomes.filter((o) => o.startedAt > lockedAt && !o.ok);
      await until(() => failedSince().length >= 3, 'writes failing');
      const readsDuringLock = () =>
        load.outcomes.filter((o) => o.kind === 'read' && o.ok && o.startedAt > lockedAt);
      await until(() => readsDuringLock().length >= 1, 'a read while the lock is held');
      holder.exec('commit');
      holder.close();
      const releasedAt = Date.now();

      await until(
        () => load.outcomes.some((o) => o.kind === 'write' && o.ok && o.startedAt >= releasedAt),
        'a write after the lock was released',
      );
      await load.stop();

      for (const outcome of load.outcomes) {
        expect(outcome.finishedAt - outcome.startedAt, JSON.stringify(outcome)).toBeLessThan(
          ANSWER_WITHIN_MS,
        );
      }
      expect(failedSince().every((o) => o.kind === 'write')).toBe(true);
      expectRetryableFailures(load.outcomes.filter((o) => !o.ok));
      const firstSuccess = Math.min(
        ...load.outcomes
          .filter((o) => o.kind === 'write' && o.ok && o.startedAt >= releasedAt)
          .map((o) => o.finishedAt),
      );
      expect(firstSuccess - releasedAt).toBeLessThan(RECOVER_WITHIN_MS);

      const em = app.orm.em.fork();
      const rows: { name: string }[] = await em
        .getConnection()
        .execute("select name from organisation where name like 'Load test organisation %'");
      const stored = new Set(rows.map((r) => r.name));
      expect(load.acknowledged().filter((name) => !stored.has(name))).toEqual([]);
    });
  });
