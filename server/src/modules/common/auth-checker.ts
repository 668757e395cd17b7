/**
 * type-graphql's `@Authorized(...)` check: no staff session is `UNAUTHENTICATED`; a role without every
 * listed permission is `FORBIDDEN`. `@Authorized()` with no permission means any signed-in staff member.
 */
import type { AuthChecker } from 'type-graphql';
import { can, type Permission, permissionDeniedReason, rolesWith } from '../staff/staff-role.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import type { Context } from './context.js';
import { forbidden, unauthenticated } from './domain-error.js';

/**
 * FORBIDDEN for a role that lacks `permission`, saying in words which roles may, and naming the
 * permission and those roles in `extensions` so a client can explain a disabled control.
 */
export function missingPermission(user: StaffUser, permission: Permission) {
  return forbidden(permissionDeniedReason(user.role, permission) ?? 'Your role does not allow this', {
    requiredPermission: permission,
    allowedRoles: rolesWith(permission),
    role: user.role,
  });
}

/** Fails unless the signed-in user holds `permission` (for checks that depend on the arguments). */
export function requirePermission(ctx: Context, permission: Permission): StaffUser {
  const user = ctx.user;
  if (!user) throw unauthenticated();
  if (!can(user.role, permission)) throw missingPermission(user, permission);
  return user;
}

export const authChecker: AuthChecker<Context, Permission> = ({ context }, permissions) => {
  const user = context.user;
  if (!user) throw unauthenticated();
  const missing = permissions.find((p) => !can(user.role, p));
  if (missing) throw missingPermission(user, missing);
  return true;
};
