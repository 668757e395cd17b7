/**
 * Who may read what, in one place, in terms of permissions (shared/src/roles.ts) rather than "is someone
 * signed in". A type's policy says what a public client may see of it (a filter, or nothing) and which
 * permission shows staff all of it; lists, `node`/`nodes` and nested children all ask the same question.
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
