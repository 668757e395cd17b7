/**
 * Telling a database that is down, hung or locked apart from a bug, and keeping the log readable while it
 * lasts. Requests that meet such a fault answer `SERVICE_UNAVAILABLE` (retryable) rather than an internal
 * error; the outage is logged once when it starts, then once per interval with how many errors and refused
 * requests it cost, and once more when the database answers again.
 */
import {
  ConnectionException,
  DriverException,
  LockWaitTimeoutException,
  type MikroORM,
} from '@mikro-orm/core';
import type { Logger } from 'pino';

/** Why the database could not serve a request, in words safe to log (never SQL, never values). */
export type OutageReason =
  | 'connection refused or lost'
  | 'connection timed out'
  | 'no free connection (acquire timeout)'
  | 'statement timed out'
  | 'database busy or locked'
  | 'database shutting down or starting up'
  | 'too many connections';

/** Node socket errors that mean the server cannot be reached or dropped the connection. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** PostgreSQL SQLSTATEs of an unavailable (not a wrong) request. */
const SQLSTATE_REASONS: Record<string, OutageReason> = {
  '57014': 'statement timed out', // query_canceled: statement_timeout fired
  '55P03': 'database busy or locked', // lock_not_available
  '57P01': 'database shutting down or starting up', // admin_shutdown
  '57P02': 'database shutting down or starting up', // crash_shutdown
  '57P03': 'database shutting down or starting up', // cannot_connect_now
  '53300': 'too many connections',
};

/** Messages of the drivers and the pool, matched exactly where they carry no code. */
const MESSAGE_REASONS: [RegExp, OutageReason][] = [
  [/^Knex: Timeout acquiring a connection/, 'no free connection (acquire timeout)'],
  [/Query read timeout/, 'statement timed out'],
  [/Connection terminated due to connection timeout|timeout expired/, 'connection timed out'],
  [
    /Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|Connection ended unexpectedly/,
    'connection refused or lost',
  ],
  [/database is locked|SQLITE_BUSY/, 'database busy or locked'],
];

/**
 * The reason the database was unavailable, or null when `error` is not a database outage (a bug, a
 * constraint, bad input). Follows `cause` chains and MikroORM's wrapped driver errors.
 */
export function databaseOutageReason(error: unknown): OutageReason | null {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const reason = ownReason(current as Error & { code?: unknown; name?: unknown });
    if (reason) return reason;
    current =
      (current as { cause?: unknown; originalError?: unknown }).originalError ?? (current as Error).cause;
  }
  return null;
}

export const isDatabaseUnavailable = (error: unknown): boolean => databaseOutageReason(error) !== null;

function ownReason(error: Error & { code?: unknown }): OutageReason | null {
  const code = typeof error.code === 'string' ? error.code : undefined;
  if (code && SQLSTATE_REASONS[code]) return SQLSTATE_REASONS[code];
  if (code?.startsWith('08')) return 'connection refused or lost'; // SQLSTATE class 08: connection exception
  if (code && SOCKET_CODES.has(code)) return 'connection refused or lost';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return 'database busy or locked';
  if (error.name === 'KnexTimeoutError') return 'no free connection (acquire timeout)';
  if (error instanceof LockWaitTimeoutException) return 'database busy or locked';
  const message = typeof error.message === 'string' ? error.message : '';
  // Only driver and pool errors are read by message: an application error quoting such words is a bug.
  const fromDriver =
    error instanceof DriverException || error.name === 'KnexTimeoutError' || error.constructor === Error;
  if (fromDriver) {
    for (const [pattern, reason] of MESSAGE_REASONS) if (pattern.test(message)) return reason;
  }
  if (error instanceof ConnectionException) return 'connection refused or lost';
  return null;
}

export interface OutageLogOptions {
  /** At most one line per this many milliseconds while the outage lasts. */
  readonly intervalMs?: number;
  /** What is affected, in the log line ("requests", "scheduled publishing"). */
  readonly subject?: string;
}

/**
 * Logs a database outage once per interval instead of once per failed statement: the first error at
 * once, then a summary per interval (how many errors, which reasons), then one line on recovery.
 */
export class OutageLog {
  private readonly intervalMs: number;
  private readonly subject: string;
  private downSince: number | null = null;
  private lastLineAt = 0;
  private errorsSinceLine = 0;
  private refusedSinceLine = 0;
  private readonly reasonsSinceLine = new Set<OutageReason>();

  constructor(
    private readonly logger: Logger,
    options: OutageLogOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 10_000;
    this.subject = options.subject ?? 'requests';
  }

  get down(): boolean {
    return this.downSince !== null;
  }

  /** Records one failure caused by the outage; logs if the interval has passed. */
  failure(reason: OutageReason, now = Date.now()): void {
    this.errorsSinceLine++;
    this.reasonsSinceLine.add(reason);
    if (this.downSince === null) {
      this.downSince = now;
      this.line(now, 'database unavailable');
      return;
    }
    if (now - this.lastLineAt >= this.intervalMs) this.line(now, 'database still unavailable');
  }

  /** Counts a request answered 503 because of the outage (logged in the next summary, not alone). */
  refused(): void {
    this.refusedSinceLine++;
  }

  /** The database answered: ends the outage, if there was one, with a line saying how long it lasted. */
  recovered(now = Date.now()): void {
    if (this.downSince === null) return;
    this.logger.warn(
      {
        outageMs: now - this.downSince,
        errors: this.errorsSinceLine,
        refusedRequests: this.refusedSinceLine,
      },
      `database reachable again; ${this.subject} are served`,
    );
    this.downSince = null;
    this.resetCounts(now);
  }

  private line(now: number, message: string): void {
    this.logger.error(
      {
        reasons: [...this.reasonsSinceLine],
        errors: this.errorsSinceLine,
        refusedRequests: this.refusedSinceLine,
        outageMs: now - (this.downSince ?? now),
        nextLineInMs: this.intervalMs,
      },
      `${message}: ${this.subject} fail with SERVICE_UNAVAILABLE (logged at most once per ${Math.round(this.intervalMs / 1000)} s)`,
    );
    this.resetCounts(now);
  }

  private resetCounts(now: number): void {
    this.lastLineAt = now;
    this.errorsSinceLine = 0;
    this.refusedSinceLine = 0;
    this.reasonsSinceLine.clear();
  }
}

/**
 * Whether the database answers `select 1` within `timeoutMs`. Never waits longer, even when the server
 * hangs: the probe's own statement is left to the driver's timeouts.
 */
export async function probeDatabase(
  orm: MikroORM,
  timeoutMs: number,
): Promise<{ ok: true } | { ok: false; reason: OutageReason | 'unexpected error' }> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const probe = orm.em
    .getConnection()
    .execute('select 1')
    .then(
      () => 'ok' as const,
      (error: unknown) => databaseOutageReason(error) ?? ('unexpected error' as const),
    );
  try {
    const outcome = await Promise.race([probe, timedOut]);
    if (outcome === 'ok') return { ok: true };
    return { ok: false, reason: outcome === 'timeout' ? 'statement timed out' : outcome };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The process's view of its database: whether it is in an outage, one throttled log for request
 * failures, and a background probe (only while down) that notices and logs the recovery.
 */
export class DatabaseHealth {
  readonly log: OutageLog;
  private probeTimer: NodeJS.Timeout | null = null;
  private probing = false;

  constructor(
    private readonly orm: MikroORM,
    logger: Logger,
    private readonly probeTimeoutMs: number,
    options: OutageLogOptions & { probeEveryMs?: number } = {},
  ) {
    this.log = new OutageLog(logger, options);
    this.probeEveryMs = options.probeEveryMs ?? 1_000;
  }

  private readonly probeEveryMs: number;

  get down(): boolean {
    return this.log.down;
  }

  /** A request failed because of the database: log (throttled) and watch for the recovery. */
  failure(reason: OutageReason): void {
    this.log.failure(reason);
    this.watchForRecovery();
  }

  /** `/readyz`: probes now, bounded by the probe timeout; updates the outage state either way. */
  async check(): Promise<Awaited<ReturnType<typeof probeDatabase>>> {
    const result = await probeDatabase(this.orm, this.probeTimeoutMs);
    if (result.ok) this.recovered();
    else if (result.reason !== 'unexpected error') this.failure(result.reason);
    return result;
  }

  stop(): void {
    if (this.probeTimer) clearInterval(this.probeTimer);
    this.probeTimer = null;
  }

  private recovered(): void {
    this.log.recovered();
    this.stop();
  }

  private watchForRecovery(): void {
    if (this.probeTimer) return;
    this.probeTimer = setInterval(() => {
      if (this.probing) return;
      this.probing = true;
      probeDatabase(this.orm, this.probeTimeoutMs)
        .then((result) => {
          if (result.ok) this.recovered();
        })
        .finally(() => {
          this.probing = false;
        });
    }, this.probeEveryMs);
    this.probeTimer.unref();
  }
}

/** The part of a knex transaction `surfaceFailedBegin` reads. */
interface KnexTransaction {
  isCompleted(): boolean;
  executionPromise?: Promise<unknown>;
}

/**
 * knex hands out a transaction whose BEGIN failed (the connection was lost, or timed out) as if it had
 * started: its first statement then fails with "Transaction query already complete" and the real cause
 * is lost (knex/knex#4709, still open). Beacon checks each new transaction and throws the real error
 * instead, so a database outage is recognised as one.
 */
export function surfaceFailedBegin(orm: MikroORM): void {
  const connection = orm.em.getConnection() as unknown as {
    begin(options?: unknown): Promise<KnexTransaction>;
  };
  const begin = connection.begin.bind(connection);
  connection.begin = async (options?: unknown) => {
    const transaction = await begin(options);
    if (transaction.isCompleted()) {
      await transaction.executionPromise;
      throw new Error('Connection ended unexpectedly: the transaction could not begin');
    }
    return transaction;
  };
}
