/**
 * Staff accounts and sessions: signing in and out, the first admin, invitations, roles and deactivation.
 * Passwords are hashed with argon2id; session and invitation tokens are stored only as sha-256 hashes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type EntityManager, raw } from '@mikro-orm/core';
import { hash, verify } from '@node-rs/argon2';
import { textSearch } from '../../db/dialect.js';
import { locks, withLock } from '../../db/locks.js';
import { auditedWrite, BEACON } from '../common/audited-write.js';
import { type Actor, newEntity, updateRecord } from '../common/catalogue.js';
import { type ConnectionArgs, paginate } from '../common/connection.js';
import { conflict, DomainError, DomainErrorCode, forbidden, invalidField } from '../common/domain-error.js';
import { allOf } from '../common/filters.js';
import { DEMO_STAFF_DOMAIN, isDemoStaffEmail } from './demo-staff.js';
import { ARGON2, hashPassword } from './password.js';
import type { SignInGuard } from './sign-in-guard.js';
import { staffAccessChanged } from './staff.events.js';
import { StaffRole } from './staff-role.js';
import { StaffSession } from './staff-session.entity.js';
import { StaffUser } from './staff-user.entity.js';

const INVITATION_TTL_MS = 7 * 24 * 3_600_000;

/** A hash of a random password, verified against when the email is unknown so timing reveals nothing. */
let decoyHash: Promise<string> | undefined;

export { hashPassword };

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');
const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function signIn(
  em: EntityManager,
  email: string,
  password: string,
  options: { sessionTtlMs: number; demoStaffAllowed: boolean; guard: SignInGuard; clientIp: string },
): Promise<{ user: StaffUser; token: string }> {
  const { guard, clientIp } = options;
  await guard.admit(email, clientIp);
  const user = await em.findOne(StaffUser, { email: normaliseEmail(email) });
  const stored = user?.passwordHash ?? null;
  decoyHash ??= hash(newToken(), ARGON2);
  const ok = await verify(stored ?? (await decoyHash), password).catch(() => false);
  // A demo account never signs in where demo sign-in is off (production), whatever hash is stored.
  const demoRefused = user !== null && isDemoStaffEmail(user.email) && !options.demoStaffAllowed;
  if (!user || !stored || !ok || user.deactivatedAt || demoRefused) {
    await guard.failed(email, clientIp);
    throw new DomainError(
      DomainErrorCode.UNAUTHENTICATED,
      'The email or password is not right, or the account is deactivated',
    );
  }
  await guard.succeeded(email, clientIp);
  return { user, token: await startSession(em, user, options.sessionTtlMs) };
}

async function startSession(em: EntityManager, user: StaffUser, ttlMs: number): Promise<string> {
  const token = newToken();
  em.persist(
    newEntity(StaffSession, { tokenHash: sha256(token), user, expiresAt: new Date(Date.now() + ttlMs) }),
  );
  await em.flush();
  await recordSignIn(em, user);
  return token;
}

/**
 * Stamps `lastSignInAt` without the record's version: it is a fact about the account, not an edit of it,
 * so concurrent sign-ins of one account (two tabs, a phone) all succeed, and no admin's edit conflicts
 * with someone merely signing in.
 */
async function recordSignIn(em: EntityManager, user: StaffUser): Promise<void> {
  // Naming the version column (set to itself) stops MikroORM from incrementing it, as it does by default.
  await em.nativeUpdate(StaffUser, { id: user.id }, { lastSignInAt: new Date(), version: raw('version') });
  // Reloaded rather than assigned, so the unit of work sees the stored value and no later flush in this
  // request writes it again under the version.
  await em.refresh(user);
}

/** The live session for a cookie token, with its user; expired sessions are deleted on sight. */
export async function findSession(em: EntityManager, token: string): Promise<StaffSession | null> {
  const session = await em.findOne(StaffSession, { tokenHash: sha256(token) }, { populate: ['user'] });
  if (!session) return null;
  if (session.expiresAt.getTime() <= Date.now() || session.user.deactivatedAt) {
    await em.nativeDelete(StaffSession, { tokenHash: session.tokenHash });
    return null;
  }
  return session;
}

export async function signOut(em: EntityManager, session: StaffSession | null): Promise<void> {
  if (!session) return;
  await em.nativeDelete(StaffSession, { tokenHash: session.tokenHash });
  staffAccessChanged.emit(session.user.id);
}

/**
 * Creates the first admin when no staff member can sign in. Returns the generated password (to print once) when the
 * deployment gave none.
 */
export async function ensureFirstAdmin(
  em: EntityManager,
  email: string,
  password: string | undefined,
): Promise<{ created: boolean; generatedPassword: string | null }> {
  // Under the admins lock: two servers starting at once on an empty database create one admin, not two.
  return withLock(em, locks.activeAdmins(), (tx) => firstAdmin(tx, email, password));
}

async function firstAdmin(
  em: EntityManager,
  email: string,
  password: string | undefined,
): Promise<{ created: boolean; generatedPassword: string | null }> {
  // Demo staff do not count (no password, or one only for trying Beacon out): a real admin must exist.
  const canSignIn = await em.count(StaffUser, {
    deactivatedAt: null,
    $not: { email: { $like: `%@${DEMO_STAFF_DOMAIN}` } },
    $or: [{ passwordHash: { $ne: null } }, { invitationTokenHash: { $ne: null } }],
  });
  if (canSignIn > 0) return { created: false, generatedPassword: null };
  const chosen = password ?? randomBytes(18).toString('base64url');
  const admin = newEntity(StaffUser, {
    email: normaliseEmail(email),
    displayName: 'Beacon admin',
    role: StaffRole.ADMIN,
    passwordHash: await hashPassword(chosen),
  });
  await auditedWrite(em, BEACON, async (tx, audit) => {
    tx.persist(admin);
    audit.created('staff.bootstrap', admin);
  });
  return { created: true, generatedPassword: password ? null : chosen };
}

export async function createStaffUser(
  em: EntityManager,
  actor: Actor,
  input: { email: string; displayName: string; role: StaffRole; password?: string | null },
): Promise<{ user: StaffUser; invitationToken: string | null }> {
  const email = normaliseEmail(input.email);
  if (isDemoStaffEmail(email)) {
    throw invalidField(
      'input.email',
      `must not be on ${DEMO_STAFF_DOMAIN}, which is reserved for the demo staff`,
    );
  }
  if (await em.count(StaffUser, { email }))
    throw conflict(`A staff account for ${email} already exists`, { field: 'input.email' });
  const token = input.password ? null : newToken();
  const user = newEntity(StaffUser, {
    email,
    displayName: input.displayName.trim(),
    role: input.role,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    invitationTokenHash: token ? sha256(token) : null,
    invitationExpiresAt: token ? new Date(Date.now() + INVITATION_TTL_MS) : null,
  });
  await auditedWrite(em, actor, async (tx, audit) => {
    tx.persist(user);
    audit.created(token ? 'staff.invite' : 'staff.create', user);
  });
  return { user, invitationToken: token };
}

export async function acceptInvitation(
  em: EntityManager,
  token: string,
  password: string,
  sessionTtlMs: number,
  requestId: string | null = null,
): Promise<{ user: StaffUser; token: string }> {
  const user = await em.findOne(StaffUser, { invitationTokenHash: sha256(token) });
  if (!user?.invitationExpiresAt || user.invitationExpiresAt.getTime() < Date.now() || user.deactivatedAt) {
    throw invalidField('input.token', 'is not a valid invitation, or it has expired');
  }
  const passwordHash = await hashPassword(password);
  return auditedWrite(em, { user, requestId }, async (tx, audit) => {
    await audit.changed('staff.accept_invitation', user, () => {
      user.passwordHash = passwordHash;
      user.invitationTokenHash = null;
      user.invitationExpiresAt = null;
    });
    return { user, token: await startSession(tx, user, sessionTtlMs) };
  });
}

/**
 * Refuses a change that would leave Beacon with no active admin. The caller holds `locks.activeAdmins()`,
 * so two admins removing each other at the same moment count one after the other.
 */
async function keepAnAdmin(em: EntityManager, user: StaffUser): Promise<void> {
  if (user.role !== StaffRole.ADMIN || user.deactivatedAt) return;
  const admins = await em.count(StaffUser, { role: StaffRole.ADMIN, deactivatedAt: null });
  if (admins <= 1) throw forbidden('Beacon must keep at least one active admin');
}

export async function changeStaffRole(
  em: EntityManager,
  actor: Actor,
  id: string,
  role: StaffRole,
  expectedVersion: number,
): Promise<StaffUser> {
  const user = await withLock(em, locks.activeAdmins(), (locked) =>
    updateRecord(
      locked,
      actor,
      StaffUser,
      id,
      expectedVersion,
      async (user, tx) => {
        if (user.role === role) return;
        if (role !== StaffRole.ADMIN) await keepAnAdmin(tx, user);
        user.role = role;
      },
      { action: 'staff.change_role' },
    ),
  );
  staffAccessChanged.emit(user.id);
  return user;
}

/** Deactivates an account: it can no longer sign in, its sessions and any pending invitation end. */
export async function deactivateStaffUser(
  em: EntityManager,
  actor: Actor,
  id: string,
  expectedVersion: number,
): Promise<StaffUser> {
  const user = await withLock(em, locks.activeAdmins(), (locked) =>
    updateRecord(
      locked,
      actor,
      StaffUser,
      id,
      expectedVersion,
      async (user, tx) => {
        if (user.deactivatedAt) return;
        await keepAnAdmin(tx, user);
        user.deactivatedAt = new Date();
        user.invitationTokenHash = null;
        await tx.nativeDelete(StaffSession, { user: user.id });
      },
      { action: 'staff.deactivate' },
    ),
  );
  staffAccessChanged.emit(user.id);
  return user;
}

/**
 * Gives every active member who cannot sign in (no password, no pending invitation) a fresh invitation:
 * for a programme imported from an export, which carries no credentials. Audited, by no actor (an
 * operator's tool), with `reason`. Returns each member's one-time token, to hand over once.
 */
export async function inviteMembersWithoutCredentials(
  em: EntityManager,
  reason: string,
): Promise<{ email: string; role: StaffRole; invitationToken: string }[]> {
  const members = await em.find(
    StaffUser,
    { deactivatedAt: null, passwordHash: null, invitationTokenHash: null },
    { orderBy: { email: 'asc' } },
  );
  if (members.length === 0) return [];
  return auditedWrite(em, BEACON, async (_tx, audit) => {
    const invited: { email: string; role: StaffRole; invitationToken: string }[] = [];
    for (const user of members) {
      const token = newToken();
      await audit.changed(
        'staff.invite',
        user,
        () => {
          user.invitationTokenHash = sha256(token);
          user.invitationExpiresAt = new Date(Date.now() + INVITATION_TTL_MS);
        },
        reason,
      );
      invited.push({ email: user.email, role: user.role, invitationToken: token });
    }
    return invited;
  });
}

/** Which staff members to list. */
export interface StaffQuery {
  readonly search?: string | null;
  readonly role?: StaffRole | null;
  readonly includeDeactivated?: boolean;
}

/** A page of staff members by display name; deactivated accounts only when asked for. */
export function listStaff(em: EntityManager, filter: StaffQuery, page: ConnectionArgs) {
  // A function: raw() conditions (text search on SQLite) are single-use, and the count builds its own.
  const where = () =>
    allOf<StaffUser>(
      filter.includeDeactivated ? {} : { deactivatedAt: null },
      filter.role ? { role: filter.role } : {},
      textSearch(em, ['email', 'displayName'], filter.search),
    );
  return paginate(em, StaffUser, where, { displayName: 'asc', id: 'asc' }, page);
}
