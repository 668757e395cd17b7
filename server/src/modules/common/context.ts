/**
 * The per-request GraphQL context: one ORM fork, the signed-in staff member (if any), request metadata and
 * lazily created batch loaders.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Deadline } from '../limits/execution-deadline.js';
import type { SignInGuard } from '../staff/sign-in-guard.js';
import type { StaffSession } from '../staff/staff-session.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';

export interface CookieJar {
  set(name: string, value: string, options: { maxAgeMs: number }): void;
  clear(name: string): void;
}

export interface Context {
  readonly em: EntityManager;
  readonly config: Config;
  readonly logger: Logger;
  readonly requestId: string;
  /** The signed-in staff member, or null for a public client. */
  readonly user: StaffUser | null;
  readonly session: StaffSession | null;
  /** The reader's region from the trusted deployment header, if the deployment sets one. */
  readonly regionHint: string | null;
  readonly cookies: CookieJar;
  /** Per-request memo for batch loaders, keyed by loader name. */
  readonly loaders: Map<string, unknown>;
  /** The client's address (see BEACON_TRUST_PROXY), for per-address limits. */
  readonly clientIp: string;
  readonly signInGuard: SignInGuard;
  /** When the running operation must stop (set as execution starts; none for subscription events). */
  deadline?: Deadline;
  /** Told the operation's type once it is known, for the HTTP request's metrics line (metrics.ts). */
  onOperationType?: (type: string) => void;
}

/** Returns the request's loader for `key`, creating it on first use. */
export function loader<T>(ctx: Context, key: string, create: () => T): T {
  let found = ctx.loaders.get(key) as T | undefined;
  if (!found) {
    found = create();
    ctx.loaders.set(key, found);
  }
  return found;
}

/** What `loadedOnce` keeps per key: the promise, and the value once it has come. */
interface Loading<T> {
  readonly promise: Promise<T>;
  settled: boolean;
  value?: T;
}

/**
 * The request's value for `key`, made once, like `loader`; but once the value has come it is handed back
 * as it is, not as a promise. A field that returns a promise makes graphql-js wait on it and on every
 * object above it, and the hub asks for the same loaded list under each of its thirty advisories: handed
 * back as a value, the whole branch is completed in the same tick. `whenLoading` waits for a key some
 * resolver has started.
 */
export function loadedOnce<T>(ctx: Context, key: string, make: () => Promise<T>): T | Promise<T> {
  const found = ctx.loaders.get(key) as Loading<T> | undefined;
  if (found) return found.settled ? (found.value as T) : found.promise;
  const loading: Loading<T> = {
    settled: false,
    promise: make().then((value) => {
      loading.settled = true;
      loading.value = value;
      return value;
    }),
  };
  ctx.loaders.set(key, loading);
  return loading.promise;
}

/** Waits until `key`'s value (`loadedOnce`) has come, if some resolver has started making it; never throws. */
export async function whenLoading(ctx: Context, key: string): Promise<void> {
  const found = ctx.loaders.get(key) as Loading<unknown> | undefined;
  if (found && !found.settled) await found.promise.catch(() => undefined);
}
