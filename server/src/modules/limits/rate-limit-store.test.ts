/**
 * Rate-limit counters in this process and in the real Redis on 127.0.0.1:6379 (each run under its own key
 * prefix): the same rules either way; shared between processes only through Redis; and a configured
 * Redis that is down still limits, counting in the process, with one log line per interval.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { redisTestPrefix, TEST_REDIS_URL } from '../../test/redis.js';
import { RateLimitStore } from './rate-limit-store.js';

const silent = pino({ level: 'silent' });

const stores: [string, string | null][] = [
  ['in the process', null],
  ['in Redis', TEST_REDIS_URL],
];

describe.each(stores)('rate-limit counters %s', (_where, redisUrl) => {
  const { prefix, cleanUp } = redisTestPrefix();
  const opened: RateLimitStore[] = [];
  const open = async () => {
    const store = new RateLimitStore({ redisUrl, keyPrefix: prefix, logger: silent });
    opened.push(store);
    await store.connect();
    return store;
  };
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close()));
    await cleanUp();
  });

  it('allows the points of a window, refuses the next with the time to wait, and keeps keys apart', async () => {
    const limiter = (await open()).limiter('requests', { points: 3, durationSec: 60 });
    for (let i = 1; i <= 3; i++) expect((await limiter.consume('a')).refused).toBe(false);
    const refused = await limiter.consume('a');
    expect(refused.refused).toBe(true);
    expect(refused.msBeforeNext).toBeGreaterThan(0);
    expect(refused.msBeforeNext).toBeLessThanOrEqual(60_000);
    expect((await limiter.consume('b')).refused).toBe(false);
    await limiter.reset('a');
    expect((await limiter.consume('a')).refused).toBe(false);
  });

  it('blocks a key for the time asked, and peeks without counting', async () => {
    const limiter = (await open()).limiter('blocks', { points: 1, durationSec: 60 });
    expect(await limiter.peek('k')).toBeNull();
    await limiter.block('k', 30);
    const state = await limiter.peek('k');
    expect(state?.refused).toBe(true);
    expect(state?.msBeforeNext).toBeGreaterThan(20_000);
    expect((await limiter.peek('k'))?.consumed).toBe(state?.consumed);
  });

  it(redisUrl ? 'shares one budget between processes' : 'counts each process on its own', async () => {
    const [one, two] = (await Promise.all([open(), open()])).map((s) =>
      s.limiter('shared', { points: 2, durationSec: 60 }),
    );
    await one?.consume('client');
    await one?.consume('client');
    expect((await two?.consume('client'))?.refused).toBe(redisUrl !== null);
  });
});

describe('a configured Redis that is down', () => {
  it('still limits, in the process, and says so once per interval rather than once per request', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    // Nothing listens on port 1: every connection attempt is refused.
    const store = new RateLimitStore({
      redisUrl: 'redis://127.0.0.1:1',
      keyPrefix: `beacon-test-${randomUUID()}`,
      logger,
      logIntervalMs: 60_000,
    });
    try {
      await store.connect();
      const limiter = store.limiter('requests', { points: 5, durationSec: 60 });
      const outcomes = [];
      for (let i = 0; i < 20; i++) outcomes.push((await limiter.consume('client')).refused);
      expect(outcomes.filter((refused) => !refused)).toHaveLength(5);
      expect(outcomes.slice(5).every(Boolean)).toBe(true);
      const warnings = lines.filter((l) => l.includes('Redis is unreachable'));
      expect(warnings).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
