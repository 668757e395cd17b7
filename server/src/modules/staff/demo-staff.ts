/**
 * The demo programme's staff accounts (an editor, a safety reviewer, a publisher on a reserved domain), so
 * a newcomer can walk the spotlight workflow in three windows. Outside production they sign in with the
 * configured demo password; in production they can never sign in, whatever is stored.
 */
import type { EntityManager } from '@mikro-orm/core';
import { verify } from '@node-rs/argon2';
import { auditedWrite, BEACON } from '../common/audited-write.js';
import { hashPassword } from './password.js';
import { StaffSession } from './staff-session.entity.js';
import { StaffUser } from './staff-user.entity.js';

/** The reserved domain of the demo accounts: no real account may use it. */
export const DEMO_STAFF_DOMAIN = 'demo.beacon.local';

export const isDemoStaffEmail = (email: string) => email.toLowerCase().endsWith(`@${DEMO_STAFF_DOMAIN}`);

/** Whether demo accounts may sign in: never in production, and only when a demo password is configured. */
export const demoSignInAllowed = (config: { env: string; demoPassword: string | null }) =>
  config.env !== 'production' && config.demoPassword !== null;

/**
 * Brings the demo accounts in line with the deployment, on every start: outside production with a demo
 * password, each demo account that exists and is active signs in with it; otherwise their passwords are
 * removed and their sessions ended. Each account changed gets an audit event (by Beacon itself). Returns
 * how many demo accounts there are and how many changed.
 */
export async function alignDemoStaff(
  em: EntityManager,
  config: { env: string; demoPassword: string | null },
): Promise<{ accounts: number; changed: number }> {
  const accounts = await em.find(StaffUser, { email: { $like: `%@${DEMO_STAFF_DOMAIN}` } });
  const allowed = demoSignInAllowed(config);
  let changed = 0;
  for (const account of accounts) {
    let passwordHash: string | null = null;
    if (allowed && !account.deactivatedAt) {
      const current = account.passwordHash
        ? await verify(account.passwordHash, config.demoPassword as string).catch(() => false)
        : false;
      if (current) continue;
      passwordHash = await hashPassword(config.demoPassword as string);
    } else if (account.passwordHash === null) continue;
    changed += 1;
    await auditedWrite(em, BEACON, async (tx, audit) => {
      if (passwordHash === null) await tx.nativeDelete(StaffSession, { user: account.id });
      await audit.changed(
        allowed ? 'staff.demo_sign_in_enabled' : 'staff.demo_sign_in_disabled',
        account,
        () => {
          account.passwordHash = passwordHash;
        },
        allowed
          ? 'Demo staff sign in with the configured demo password (not in production)'
          : 'Demo staff cannot sign in in production or without a demo password',
      );
    });
  }
  return { accounts: accounts.length, changed };
}
