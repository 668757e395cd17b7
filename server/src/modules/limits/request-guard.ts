/**
 * What every GraphQL request over HTTP passes before Apollo parses it: the rate limit (per client IP for
 * anonymous clients, per account for staff) and the size and token limits of its document. Refusals are
 * GraphQL errors with a code (RATE_LIMITED answers HTTP 429 with Retry-After), never a bare status.
 */
import type http from 'node:http';
import type { HardeningConfig } from '../../config.js';
import type { Context } from '../common/context.js';
import { rateLimited } from './limit-errors.js';
import { budgetFor, checkSource, type Principal } from './query-limits.js';
import type { Limiter, RateLimitStore } from './rate-limit-store.js';

export const principalOf = (ctx: Pick<Context, 'user'>): Principal => (ctx.user ? 'staff' : 'anonymous');

/** The client's address: the socket's, or the first X-Forwarded-For hop when a trusted proxy sets it. */
export function clientIpOf(
  req: { headers: http.IncomingHttpHeaders; socket?: { remoteAddress?: string } },
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

/** How many documents that passed the size and token limits are remembered, per principal, and up to
 * what length (so the memory they hold stays small whatever staff send). */
const PASSED_SOURCES = 128;
const REMEMBERED_SOURCE_CHARS = 20_000;

export class RequestGuard {
  private readonly anonymous: Limiter;
  private readonly staff: Limiter;
  /**
   * Documents that passed, by principal: clients send the same few documents again and again, and
   * counting a document's tokens means lexing all of it. A refusal is never remembered.
   */
  private readonly passedSources: Record<Principal, Set<string>> = { anonymous: new Set(), staff: new Set() };

  constructor(
    store: RateLimitStore,
    private readonly config: HardeningConfig,
  ) {
    this.anonymous = store.limiter('requests:ip', {
      points: config.requestsPerMinute.anonymous,
      durationSec: 60,
    });
    this.staff = store.limiter('requests:staff', { points: config.requestsPerMinute.staff, durationSec: 60 });
  }

  /** Counts one request of this client; throws RATE_LIMITED when over its budget. */
  async admit(ctx: Pick<Context, 'user' | 'clientIp'>, options: { http?: boolean } = {}): Promise<void> {
    const state = ctx.user
      ? await this.staff.consume(ctx.user.id)
      : await this.anonymous.consume(ctx.clientIp);
    if (state.refused) {
      const limit = ctx.user ? this.config.requestsPerMinute.staff : this.config.requestsPerMinute.anonymous;
      throw rateLimited(
        `Too many requests: ${ctx.user ? 'your account' : 'this address'} may make ${limit} a minute`,
        state.msBeforeNext,
        { http: options.http },
      );
    }
  }

  /** Rate limit, then the document's size and tokens (before Apollo parses it). */
  async checkHttpRequest(
    ctx: Pick<Context, 'user' | 'clientIp'>,
    req: { method: string; body?: unknown; query?: unknown },
  ): Promise<void> {
    await this.admit(ctx);
    const holder = (req.method === 'GET' ? req.query : req.body) as { query?: unknown } | undefined;
    if (typeof holder?.query === 'string') {
      const principal = principalOf(ctx);
      const passed = this.passedSources[principal];
      if (passed.has(holder.query)) return;
      const error = checkSource(holder.query, budgetFor(principal, this.config));
      if (error) throw error;
      if (holder.query.length > REMEMBERED_SOURCE_CHARS) return;
      if (passed.size >= PASSED_SOURCES) passed.clear();
      passed.add(holder.query);
    }
  }
}
