/**
 * Sign-in brute-force protection, with counters in this process and in the real Redis: slowed, then
 * locked, per account and address; per address across accounts; per account across addresses with a
 * bounded lock; and never a lock the real member, at their own address, cannot get past.
 */
import type { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisTestPrefix, TEST_REDIS_URL } from '../../test/redis.js';
import { LimitCode } from '../limits/limit-errors.js';
import { RateLimitStore } from '../limits/rate-limit-store.js';
import { SIGN_IN_LIMITS, SignInGuard, type SignInLimits } from './sign-in-guard.js';

/** The limits with a short lock and no back-off, to reach the locks in a few attempts. */
const QUICK: SignInLimits = {
  pair: { freeFailures: 1_000, maxDelaySec: 60, lockAfter: 4, lockSec: 900, windowSec: 3_600 },
  address: { failures: 9, windowSec: 86_400, lockSec: 3_600 },
  account: { failures: 8, windowSec: 900, lockSec: 300 },
};

async function refusal(attempt: Promise<void>): Promise<GraphQLError | null> {
  try {
    await attempt;
    return null;
  } catch (error) {
    return error as GraphQLError;
  }
}

describe.each([
  ['in the process', null],
  ['in Redis', TEST_REDIS_URL],
])('sign-in protection with counters %s', (_where, redisUrl) => {
  const { prefix, cleanUp } = redisTestPrefix();
  let store: RateLimitStore;
  let run = 0;
  /** A fresh account name per test, so tests do not share counters. */
  const account = () => `member-${++run}@beacon.test`;

  beforeAll(async () => {
    store = new RateLimitStore({ redisUrl, keyPrefix: prefix, logger: pino({ level: 'silent' }) });
    await store.connect();
  });
  afterAll(async () => {
    await store.close();
    await cleanUp();
  });

  it('slows a pair after 3 failures in a row: the next attempt must wait 1 s, then 2 s, 4 s…', async () => {
    const guard = new SignInGuard(store);
    const email = account();
    for (let i = 0; i < SIGN_IN_LIMITS.pair.freeFailures - 1; i++) {
      await guard.admit(email, '203.0.113.7');
      await guard.failed(email, '203.0.113.7');
      expect(await refusal(guard.admit(email, '203.0.113.7'))).toBeNull();
    }
    await guard.failed(email, '203.0.113.7');
    const slowed = await refusal(guard.admit(email, '203.0.113.7'));
    expect(slowed?.extensions).toMatchObject({ code: LimitCode.RATE_LIMITED, retryAfterSeconds: 1 });
    expect(slowed?.extensions.http).toMatchObject({ status: 429 });
    await guard.failed(email, '203.0.113.7');
    const slower = await refusal(guard.admit(email, '203.0.113.7'));
    expect(slower?.extensions).toMatchObject({ retryAfterSeconds: 2 });
    // The member at their own address is not slowed by failures elsewhere.
    expect(await refusal(guard.admit(email, '198.51.100.20'))).toBeNull();
  });

  it('locks a pair after its run of failures (10 by default, for 15 minutes); a success clears the run', async () => {
    const guard = new SignInGuard(store, QUICK);
    const email = account();
    for (let i = 0; i < QUICK.pair.lockAfter - 1; i++) await guard.failed(email, '203.0.113.8');
    await guard.succeeded(email, '203.0.113.8');
    for (let i = 0; i < QUICK.pair.lockAfter - 1; i++) await guard.failed(email, '203.0.113.8');
    expect(await refusal(guard.admit(email, '203.0.113.8'))).toBeNull();
    await guard.failed(email, '203.0.113.8');
    const locked = await refusal(guard.admit(email, '203.0.113.8'));
    expect(locked?.extensions.code).toBe(LimitCode.RATE_LIMITED);
    expect(locked?.extensions.retryAfterSeconds).toBeGreaterThan(QUICK.pair.lockSec - 5);
    expect(await refusal(guard.admit(email, '198.51.100.21'))).toBeNull();
    // The default rules lock after 10 for 15 minutes.
    expect([SIGN_IN_LIMITS.pair.lockAfter, SIGN_IN_LIMITS.pair.lockSec]).toEqual([10, 900]);
  });

  it('locks an address that fails across many accounts, and only that address', async () => {
    const guard = new SignInGuard(store, QUICK);
    for (let i = 0; i < QUICK.address.failures; i++) await guard.failed(account(), '203.0.113.9');
    const locked = await refusal(guard.admit(account(), '203.0.113.9'));
    expect(locked?.extensions).toMatchObject({ code: LimitCode.RATE_LIMITED });
    expect(locked?.extensions.retryAfterSeconds).toBeGreaterThan(QUICK.address.lockSec - 5);
    expect(await refusal(guard.admit(account(), '198.51.100.22'))).toBeNull();
  });

  it('holds off an account attacked from many addresses for a bounded time only', async () => {
    const guard = new SignInGuard(store, QUICK);
    const email = account();
    // One failure from each of many addresses: no pair and no address reaches its own lock.
    for (let i = 0; i < QUICK.account.failures; i++) await guard.failed(email, `192.0.2.${i + 1}`);
    const heldOff = await refusal(guard.admit(email, '198.51.100.23'));
    expect(heldOff?.extensions.code).toBe(LimitCode.RATE_LIMITED);
    const wait = Number(heldOff?.extensions.retryAfterSeconds);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(QUICK.account.lockSec);
    // Other accounts are not affected; the default account lock is 5 minutes at most.
    expect(await refusal(guard.admit(account(), '198.51.100.23'))).toBeNull();
    expect(SIGN_IN_LIMITS.account.lockSec).toBe(300);
  });
});
