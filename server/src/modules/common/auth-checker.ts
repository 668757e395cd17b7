/**
 * type-graphql's `@Authorized(...)` check: no staff session is `UNAUTHENTICATED`; a role without every
 * listed permission is `FORBIDDEN`. `@Authorized()` with no permission means any signed-in staff member.
 */
import type { AuthChecker } from 'type-graphql';
import { can, type Permission } from '../staff/staff-role.js';
import type { Context } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

export const authChecker: AuthChecker<Context, Permission> = ({ context }, permissions) => {
  const user = context.user;
  if (!user) throw unauthenticated();
  const missing = permissions.filter((p) => !can(user.role, p));
  if (missing.length > 0) throw forbidden(`Your role (${user.role}) does not allow this`);
  return true;
};
