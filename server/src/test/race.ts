/**
 * Two requests racing for one invariant, through two Beacon instances (two ORMs, two connection pools) on
 * the same database, interleaved in the order that breaks an unguarded "count, then act":
 *
 * 1. the first request runs until its first write and is held there (everything it read is in hand);
 * 2. the second request runs until it has finished or (PostgreSQL) is waiting on a lock;
 * 3. the first is let go, and both answers are collected.
 *
 * Without the invariant's lock, the first request acts on a count the second has already made stale: on
 * PostgreSQL both succeed and the invariant breaks; on SQLite the first one's write is refused as busy (its
 * snapshot is stale) and its user gets an outage error instead of an answer. With the lock (locks.ts), the
 * first holds it before reading (PostgreSQL: the second waits for it; SQLite: the lock statement is itself
 * the first write, so it is held before taking it, and reads only after the second committed). Nothing here
 * waits on the clock: each step waits for an event (a statement reached, a request settled, a lock wait
 * visible in pg_locks).
 */
import type { MikroORM } from '@mikro-orm/core';
import { createTestApp, lane, type TestApp } from './test-app.js';

const WRITE = /^\s*(insert|update|delete)\b/i;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A second Beacon on `app`'s database: its own ORM and connection pool, as a second server process has. */
export function secondInstance(app: TestApp, configOverrides: Record<string, string> = {}): Promise<TestApp> {
  return createTestApp(configOverrides, { database: app.config.database });
}

/** Holds the next write statement `orm` sends until released; `reached` resolves when it is held. */
function holdNextWrite(orm: MikroORM): { reached: Promise<void>; release: () => void } {
  const connection = orm.em.getConnection();
  const execute = connection.execute.bind(connection);
  let reach: () => void = () => undefined;
  let release: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => {
    reach = resolve;
  });
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let armed = true;
  connection.execute = (async (query: unknown, ...rest: unknown[]) => {
    const sql = typeof query === 'string' ? query : (query as { toSQL(): { sql: string } }).toSQL().sql;
    if (armed && WRITE.test(sql)) {
      armed = false;
      reach();
      await released;
    }
    return (execute as (...args: unknown[]) => Promise<unknown>)(query, ...rest);
  }) as typeof connection.execute;
  return {
    reached,
    release: () => {
      connection.execute = execute;
      release();
    },
  };
}

/** Resolves once `request` has settled or (PostgreSQL) some session of this database waits on a lock. */
async function settledOrWaiting(observer: TestApp, request: Promise<unknown>): Promise<void> {
  let settled = false;
  void request.finally(() => {
    settled = true;
  });
  if (lane() === 'sqlite') {
    await request.catch(() => undefined);
    return;
  }
  const connection = observer.orm.em.getConnection();
  for (;;) {
    if (settled) return;
    const waiting = await connection.execute<{ n: string }[]>(
      `select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if (Number(waiting[0]?.n) > 0) return;
    await sleep(20);
  }
}

/**
 * Runs `first` on `held` (held at its first write) and `second` on `free` in the breaking order above;
 * returns both answers (GraphQL results, or what a service returned), first's then second's.
 */
export async function race<A, B>(
  held: TestApp,
  first: (app: TestApp) => Promise<A>,
  free: TestApp,
  second: (app: TestApp) => Promise<B>,
): Promise<[A, B]> {
  const hold = holdNextWrite(held.orm);
  const firstAnswer = first(held);
  // A request that fails before writing anything never reaches the hold: that is an answer too.
  await Promise.race([hold.reached, firstAnswer.catch(() => undefined)]);
  const secondAnswer = second(free);
  await settledOrWaiting(free, secondAnswer);
  hold.release();
  return [await firstAnswer, await secondAnswer];
}
