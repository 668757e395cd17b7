/**
 * Prometheus metrics at `/metrics` (prom-client): GraphQL request latency by operation type and by who
 * answered (Apollo or the public response cache), errors by `extensions.code`, the public cache's hits and
 * misses, the database pool, the scheduler's lag, and Node's process metrics. One registry per app, so
 * tests that start several apps in one process do not share counters.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import type { NextFunction, Request, Response } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Context } from '../common/context.js';
import { CACHE_STATUS_HEADER } from '../hub/public-response-cache.js';

/** What the scheduler reports (modules/recognitions/scheduler.ts). */
export interface SchedulerObserver {
  /** A tick finished, whether or not it found anything due. */
  tickCompleted(): void;
  /** A due spotlight was handled: published, or refused by a check. */
  fired(outcome: 'published' | 'not_published'): void;
}

/** Seconds buckets from a cached answer (a fraction of a millisecond) to a slow staff export. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

function poolOf(orm: MikroORM): TarnPool | null {
  try {
    const connection = orm.em.getConnection() as unknown as {
      getKnex?: () => { client?: { pool?: TarnPool } };
    };
    return connection.getKnex?.().client?.pool ?? null;
  } catch {
    return null;
  }
}

const elapsedSeconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** What one HTTP request learns on its way through Apollo, for the line it is counted on when it ends. */
interface RequestFacts {
  operationType: string | null;
}

export class BeaconMetrics {
  readonly registry = new Registry();
  private readonly latency: Histogram<'operation_type' | 'source'>;
  private readonly errors: Counter<'code'>;
  private readonly cacheRequests: Counter<'result'>;
  private readonly schedulerFired: Counter<'outcome'>;
  /** The last finished tick; until the first, when the metrics began, so a scheduler that never ticks shows. */
  private lastTick: bigint = process.hrtime.bigint();
  /**
   * Each HTTP request's facts, until its GraphQL context holds them (`observeContext`). Not an
   * AsyncLocalStorage: each one running a request adds work to every promise the request's resolvers make.
   */
  private readonly facts = new WeakMap<object, RequestFacts>();

  constructor(orm: MikroORM) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'beacon_' });
    this.latency = new Histogram({
      name: 'beacon_graphql_request_duration_seconds',
      help: 'GraphQL requests over HTTP, from arrival to answer, by operation type and by who answered (apollo or cache).',
      labelNames: ['operation_type', 'source'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'beacon_graphql_errors_total',
      help: 'Errors in GraphQL answers, by extensions.code.',
      labelNames: ['code'],
      registers,
    });
    this.cacheRequests = new Counter({
      name: 'beacon_public_cache_requests_total',
      help: 'Anonymous requests the public response cache was asked about: hit (answered from memory), miss, or bypass (Redis lost: not trusted).',
      labelNames: ['result'],
      registers,
    });
    const cacheRequests = this.cacheRequests;
    new Gauge({
      name: 'beacon_public_cache_hit_ratio',
      help: 'Hits over hits and misses of the public response cache since the process started (0 before any).',
      registers,
      async collect() {
        const values = (await cacheRequests.get()).values;
        const count = (result: string) => values.find((v) => v.labels.result === result)?.value ?? 0;
        const total = count('hit') + count('miss');
        this.set(total === 0 ? 0 : count('hit') / total);
      },
    });
    new Gauge({
      name: 'beacon_db_pool_connections',
      help: 'Database pool connections by state (used, free) and waiters (pending_acquires, pending_creates).',
      labelNames: ['state'],
      registers,
      collect() {
        const pool = poolOf(orm);
        if (!pool) return;
        this.set({ state: 'used' }, pool.numUsed());
        this.set({ state: 'free' }, pool.numFree());
        this.set({ state: 'pending_acquires' }, pool.numPendingAcquires());
        this.set({ state: 'pending_creates' }, pool.numPendingCreates());
      },
    });
    const lastTick = () => this.lastTick;
    new Gauge({
      name: 'beacon_scheduler_lag_seconds',
      help: 'Seconds since the scheduler last finished a tick, or since start before its first (it ticks every second; a large value means scheduled publishes are late).',
      registers,
      collect() {
        this.set(elapsedSeconds(lastTick()));
      },
    });
    this.schedulerFired = new Counter({
      name: 'beacon_scheduler_publishes_total',
      help: 'Scheduled spotlights handled when due: published, or not_published because a check failed.',
      labelNames: ['outcome'],
      registers,
    });
  }

  readonly scheduler: SchedulerObserver = {
    tickCompleted: () => {
      this.lastTick = process.hrtime.bigint();
    },
    fired: (outcome) => this.schedulerFired.inc({ outcome }),
  };

  /**
   * For the GraphQL route, first: times each request from arrival to its last byte, labelled with the
   * operation type Apollo resolved (`query` for a cache hit), and counts the public cache's hits and misses
   * (from its header).
   */
  httpObserver() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const start = process.hrtime.bigint();
      const facts: RequestFacts = { operationType: null };
      res.on('finish', () => {
        const status = res.getHeader(CACHE_STATUS_HEADER);
        if (status === 'hit' || status === 'miss' || status === 'bypass')
          this.cacheRequests.inc({ result: status });
        const hit = status === 'hit';
        this.latency.observe(
          {
            operation_type: hit ? 'query' : (facts.operationType ?? 'unknown'),
            source: hit ? 'cache' : 'apollo',
          },
          elapsedSeconds(start),
        );
      });
      this.facts.set(req, facts);
      next();
    };
  }

  /** Lets the GraphQL context of `req` tell the request's line its operation type (`plugin`). */
  observeContext(req: object, context: Context): void {
    const facts = this.facts.get(req);
    if (facts) context.onOperationType = (type) => (facts.operationType = type);
  }

  /**
   * Counts a hit the public cache answered in front of Express (public-response-cache.ts), which
   * `httpObserver` never sees: a hit, and its latency on the cache's line.
   */
  cacheHitServed(start: bigint): void {
    this.cacheRequests.inc({ result: 'hit' });
    this.latency.observe({ operation_type: 'query', source: 'cache' }, elapsedSeconds(start));
  }

  /** Tells the request's line its operation type, and counts the errors in Apollo's answers by code. */
  plugin(): ApolloServerPlugin<Context> {
    const { errors } = this;
    const count = (code: unknown) =>
      errors.inc({ code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' });
    return {
      async contextCreationDidFail({ error }) {
        count((error as { extensions?: { code?: unknown } }).extensions?.code);
      },
      async requestDidStart() {
        return {
          async didResolveOperation({ contextValue, operation }) {
            if (operation) contextValue.onOperationType?.(operation.operation);
          },
          async willSendResponse({ response }) {
            if (response.body.kind !== 'single') return;
            for (const error of response.body.singleResult.errors ?? []) count(error.extensions?.code);
          },
        };
      },
    };
  }

  /** The `/metrics` handler. */
  handler() {
    return async (_req: Request, res: Response): Promise<void> => {
      res.setHeader('content-type', this.registry.contentType);
      res.setHeader('cache-control', 'no-store');
      res.send(await this.registry.metrics());
    };
  }
}
