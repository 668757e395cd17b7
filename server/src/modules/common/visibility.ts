/**
 * Who may read what, in one place, in terms of permissions (shared/src/roles.ts) rather than "is someone
 * signed in". A type's policy says what a public client may see of it (a filter, or nothing) and which
 * permission shows staff all of it; lists, `node`/`nodes` and nested children all ask the same question.
 * `PUBLIC_QUERIES` says which root fields a public client may ask at all, and which of their answers may be
 * shared between public clients: the authorisation table, the public response cache and its Cache-Control
 * header, and the public-schema leak walk all read it, so a new public root is declared here once.
 */
import type { FilterQuery } from '@mikro-orm/core';
import { can, Permission } from '../staff/staff-role.js';
import type { Context } from './context.js';

export interface VisibilityPolicy<T = object> {
  /** What a reader without the permission may see; null when nothing (a staff-only type). */
  readonly publicWhere: FilterQuery<T> | null;
  /** The permission that shows every record of the type. */
  readonly staffPermission: Permission;
}

export const visibilityPolicy = <T>(
  publicWhere: FilterQuery<T> | null,
  staffPermission: Permission = Permission.STAFF_READ,
): VisibilityPolicy<T> => ({ publicWhere, staffPermission });

/** Whether the caller holds `permission` (never a public client). */
export const holds = (ctx: Pick<Context, 'user'>, permission: Permission): boolean =>
  ctx.user !== null && can(ctx.user.role, permission);

/** Whether the caller may read staff-only data: archived records, internal fields and filters. */
export const readsStaffData = (ctx: Pick<Context, 'user'>): boolean => holds(ctx, Permission.STAFF_READ);

/** What the caller may see of a type under `policy`: everything ({}), the public part, or nothing (null). */
export function visibleWhere<T>(
  ctx: Pick<Context, 'user'>,
  policy: VisibilityPolicy<T>,
): FilterQuery<T> | null {
  if (holds(ctx, policy.staffPermission)) return {} as FilterQuery<T>;
  return policy.publicWhere;
}

/** How a public root field's anonymous answer may be shared between readers (and kept by caches). */
export interface PublicQuery {
  /**
   * Whether every anonymous reader asking with the same arguments, region and Accept gets the same answer,
   * so it may be marked `public` (browsers and CDNs keep it) and kept by the public response cache.
   */
  readonly shared: boolean;
  /** Why an answer is not shared, for a reader of this table. */
  readonly why?: string;
}

const SHARED: PublicQuery = { shared: true };

/**
 * The root query fields a client without a staff session may ask. Every other root field refuses it
 * (UNAUTHENTICATED or FORBIDDEN) before reading anything. What each answers a public client is decided by the
 * type policies above; this table decides only which roots are open and whether their answers are shared.
 * `public-schema.test.ts` asks every root field of the schema anonymously and fails when this table and the
 * schema disagree; `authorisation-table.ts` takes its public lines from here.
 */
export const PUBLIC_QUERIES = {
  hub: SHARED,
  campaigns: SHARED,
  campaign: SHARED,
  creators: SHARED,
  creator: SHARED,
  awarenessVideos: SHARED,
  organisations: SHARED,
  crisisResources: SHARED,
  me: { shared: false, why: 'it answers who is signed in' },
  node: {
    shared: false,
    why: 'an ID lookup of any type: not kept until every type’s surrogate keys are tested',
  },
  nodes: { shared: false, why: 'as node' },
} as const satisfies Readonly<Record<string, PublicQuery>>;

export type PublicQueryName = keyof typeof PUBLIC_QUERIES;

/** Root query fields whose anonymous answers may be shared (and `__typename`, which is the same for all). */
export const SHARED_PUBLIC_ROOTS: ReadonlySet<string> = new Set([
  '__typename',
  ...Object.entries(PUBLIC_QUERIES as Readonly<Record<string, PublicQuery>>)
    .filter(([, query]) => query.shared)
    .map(([name]) => name),
]);
