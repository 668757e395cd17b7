/**
 * Where rate-limit counters live: in Redis when REDIS_URL is set, so every Beacon process behind a load
 * balancer counts the same client against one budget, else in this process. Counting is done by
 * rate-limiter-flexible (atomic increments with expiry in one Lua script), connections by ioredis.
 *
 * A configured Redis that stops answering must neither open the gates nor take the API down: each limiter
 * has an in-process twin with the same rules, used for as long as Redis fails (every process then limits
 * on its own: each client gets at most one budget per process, never none). Commands fail fast (no
 * offline queue, a short command timeout) so a hung Redis does not hang requests, and the outage is
 * logged once per interval, not once per request.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

export interface LimiterRules {
  /** Points (requests, failures) allowed per window. */
  readonly points: number;
  readonly durationSec: number;
  /** How long a key stays refused once it has used more than its points (0: until the window ends). */
  readonly blockSec?: number;
}

/** A key's state: points used in the current window, and how long until it may try again when refused. */
export interface LimiterState {
  readonly consumed: number;
  readonly msBeforeNext: number;
  readonly refused: boolean;
}

export interface Limiter {
  /** Counts `points` against `key`; `refused` when that went over the rules. */
  consume(key: string, points?: number): Promise<LimiterState>;
  /** The key's state without counting; null for a key with nothing counted. */
  peek(key: string): Promise<LimiterState | null>;
  /** Refuses the key for `seconds`, whatever it has used. */
  block(key: string, seconds: number): Promise<void>;
  /** Forgets the key (a success ends a run of failures). */
  reset(key: string): Promise<void>;
}

export interface RateLimitStoreOptions {
  readonly redisUrl: string | null;
  readonly keyPrefix: string;
  readonly logger: Logger;
  /** At most one "Redis is unreachable" line per this many milliseconds. */
  readonly logIntervalMs?: number;
}

const stateOf = (res: RateLimiterRes, points: number): LimiterState => ({
  consumed: res.consumedPoints,
  msBeforeNext: res.msBeforeNext,
  refused: res.consumedPoints > points,
});

export class RateLimitStore {
  readonly shared: boolean;
  private readonly redis: Redis | null;
  private readonly logIntervalMs: number;
  private lastWarning = Number.NEGATIVE_INFINITY;
  private degraded = false;

  constructor(private readonly options: RateLimitStoreOptions) {
    this.shared = options.redisUrl !== null;
    this.logIntervalMs = options.logIntervalMs ?? 60_000;
    this.redis = options.redisUrl
      ? new Redis(options.redisUrl, {
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2_000,
          commandTimeout: 1_000,
          // Keep trying to come back, at most every 5 s.
          retryStrategy: (times) => Math.min(times * 250, 5_000),
        })
      : null;
    this.redis?.on('error', (error) => this.fellBack(error));
    this.redis?.on('ready', () => {
      if (!this.degraded) return;
      this.degraded = false;
      options.logger.info('Redis answers again: rate limits are shared across processes');
    });
  }

  /**
   * Waits (at most `timeoutMs`) for the first connection to Redis, so a process starts counting in the
   * shared store rather than in its own; a Redis that refuses or does not answer in time is logged and
   * the process counts on its own until it answers.
   */
  async connect(timeoutMs = 2_000): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis.off('ready', done);
        redis.off('error', done);
        resolve();
      };
      const timer = setTimeout(() => {
        this.fellBack(new Error(`no answer within ${timeoutMs} ms`));
        done();
      }, timeoutMs);
      redis.once('ready', done);
      redis.once('error', done);
    });
  }

  /** A named limiter; `name` keeps its keys apart from other limiters' (`<prefix>:<name>:<key>`). */
  limiter(name: string, rules: LimiterRules): Limiter {
    const base = {
      keyPrefix: `${this.options.keyPrefix}:${name}`,
      points: rules.points,
      duration: rules.durationSec,
      blockDuration: rules.blockSec ?? 0,
    };
    const local = new RateLimiterMemory(base);
    const shared = this.redis
      ? new RateLimiterRedis({ ...base, storeClient: this.redis, rejectIfRedisNotReady: true })
      : null;

    /** Runs `op` on Redis, or on the in-process twin when Redis fails. */
    const run = async <T>(op: (limiter: RateLimiterAbstract) => Promise<T>): Promise<T> => {
      if (!shared) return op(local);
      try {
        return await op(shared);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw error;
        this.fellBack(error);
        return op(local);
      }
    };

    return {
      consume: async (key, points = 1) => {
        try {
          return stateOf(await run((l) => l.consume(key, points)), rules.points);
        } catch (error) {
          if (error instanceof RateLimiterRes) return stateOf(error, rules.points);
          throw error;
        }
      },
      peek: async (key) => {
        const res = await run((l) => l.get(key));
        return res ? stateOf(res, rules.points) : null;
      },
      block: async (key, seconds) => {
        await run((l) => l.block(key, seconds));
      },
      reset: async (key) => {
        await run((l) => l.delete(key));
      },
    };
  }

  private fellBack(error: unknown): void {
    this.degraded = true;
    const now = Date.now();
    if (now - this.lastWarning < this.logIntervalMs) return;
    this.lastWarning = now;
    this.options.logger.warn(
      { reason: error instanceof Error ? error.message : String(error) },
      'Redis is unreachable: rate limits are counted in this process until it answers again',
    );
  }

  async close(): Promise<void> {
    if (!this.redis) return;
    this.redis.removeAllListeners('ready');
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => undefined);
    this.redis.disconnect();
  }
}
