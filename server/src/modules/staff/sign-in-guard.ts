/**
 * Brute-force protection for staff sign-in, built on rate-limiter-flexible's counters (shared through
 * Redis when configured). Failures are counted three ways, so guessing is slowed and then stopped without
 * handing an attacker a way to lock a real member out:
 *
 * 1. **Per account and client address** (the attacker's own lane): after 3 failures in a row each further
 *    failure makes that pair wait 1, 2, 4, 8… seconds (at most 60) before the next try; after 10 in a row
 *    the pair is locked for 15 minutes. A success clears the pair. The real member, signing in from
 *    their own address, is not affected by an attacker's failures elsewhere.
 * 2. **Per client address**, across accounts: 100 failures in a day (credential stuffing from one
 *    address) locks the address out of sign-in for an hour.
 * 3. **Per account**, across addresses (a distributed attack on one account): 30 failures in 15 minutes
 *    refuse every sign-in to that account for 5 minutes, then it counts again. This does reach the real
 *    member, so its lock is short and bounded: at worst they wait 5 minutes at a time, while the attacker
 *    is held to about 30 guesses per 5 minutes against the account however many addresses it uses. One
 *    address alone cannot trigger it: its own pair locks after 10.
 *
 * While any of these holds, sign-in is refused with RATE_LIMITED (HTTP 429, Retry-After) before the
 * password is checked, so a locked attempt reveals nothing about the password. Unknown emails are counted
 * exactly like real accounts, so the limits reveal nothing about which accounts exist. Keys are hashes,
 * so Redis holds no email addresses.
 */
import { createHash } from 'node:crypto';
import { rateLimited } from '../limits/limit-errors.js';
import type { Limiter, RateLimitStore } from '../limits/rate-limit-store.js';

export interface SignInLimits {
  readonly pair: {
    readonly freeFailures: number;
    readonly maxDelaySec: number;
    readonly lockAfter: number;
    readonly lockSec: number;
    readonly windowSec: number;
  };
  readonly address: { readonly failures: number; readonly windowSec: number; readonly lockSec: number };
  readonly account: { readonly failures: number; readonly windowSec: number; readonly lockSec: number };
}

export const SIGN_IN_LIMITS: SignInLimits = {
  pair: { freeFailures: 3, maxDelaySec: 60, lockAfter: 10, lockSec: 15 * 60, windowSec: 60 * 60 },
  address: { failures: 100, windowSec: 24 * 60 * 60, lockSec: 60 * 60 },
  account: { failures: 30, windowSec: 15 * 60, lockSec: 5 * 60 },
};

const hashKey = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('base64url');

export class SignInGuard {
  private readonly pairFailures: Limiter;
  private readonly pairDelay: Limiter;
  private readonly addressFailures: Limiter;
  private readonly accountFailures: Limiter;

  constructor(
    store: RateLimitStore,
    private readonly limits: SignInLimits = SIGN_IN_LIMITS,
  ) {
    const { pair, address, account } = limits;
    this.pairFailures = store.limiter('sign-in:pair', {
      points: pair.lockAfter - 1,
      durationSec: pair.windowSec,
      blockSec: pair.lockSec,
    });
    // Only ever blocked explicitly, for the back-off after each failure past the free ones.
    this.pairDelay = store.limiter('sign-in:pair-delay', { points: 1, durationSec: pair.maxDelaySec });
    this.addressFailures = store.limiter('sign-in:address', {
      points: address.failures - 1,
      durationSec: address.windowSec,
      blockSec: address.lockSec,
    });
    this.accountFailures = store.limiter('sign-in:account', {
      points: account.failures - 1,
      durationSec: account.windowSec,
      blockSec: account.lockSec,
    });
  }

  private keys(email: string, clientIp: string) {
    const account = email.trim().toLowerCase();
    return { pair: hashKey(account, clientIp), address: hashKey(clientIp), account: hashKey(account) };
  }

  /** Throws RATE_LIMITED when this account, this address or this pair may not try now. */
  async admit(email: string, clientIp: string): Promise<void> {
    const keys = this.keys(email, clientIp);
    const states = await Promise.all([
      this.pairFailures.peek(keys.pair),
      this.pairDelay.peek(keys.pair),
      this.addressFailures.peek(keys.address),
      this.accountFailures.peek(keys.account),
    ]);
    const waits = states.filter((s) => s?.refused).map((s) => s?.msBeforeNext ?? 0);
    if (waits.length > 0) {
      throw rateLimited('Too many failed sign-in attempts; wait before trying again', Math.max(...waits), {
        extensions: { field: 'input.email' },
      });
    }
  }

  /** Counts a failed attempt and starts the pair's back-off. */
  async failed(email: string, clientIp: string): Promise<void> {
    const keys = this.keys(email, clientIp);
    const [pair] = await Promise.all([
      this.pairFailures.consume(keys.pair),
      this.addressFailures.consume(keys.address),
      this.accountFailures.consume(keys.account),
    ]);
    const { freeFailures, maxDelaySec } = this.limits.pair;
    if (pair.consumed >= freeFailures && !pair.refused) {
      await this.pairDelay.block(keys.pair, Math.min(2 ** (pair.consumed - freeFailures), maxDelaySec));
    }
  }

  /** A success ends the pair's run of failures (the address and account counts keep their window). */
  async succeeded(email: string, clientIp: string): Promise<void> {
    const keys = this.keys(email, clientIp);
    await Promise.all([this.pairFailures.reset(keys.pair), this.pairDelay.reset(keys.pair)]);
  }
}
