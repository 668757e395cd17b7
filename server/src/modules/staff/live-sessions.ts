/**
 * Live subscriptions end with their session. A graphql-ws socket is authenticated by the session cookie it
 * opened with, and lives for hours; so its session is checked again before every event it would deliver
 * and on a timer (BEACON_SESSION_RECHECK_SECONDS) when no event comes, and at once when any instance
 * signs the member out, deactivates them or changes their role (through Redis with `REDIS_URL`; without
 * it, only the instance that made the change checks at once, the others at their next tick). When the session has ended (signed out,
 * expired, account deactivated) the socket is closed with 4401; when the member's role no longer allows
 * a subscription it holds, with 4403. The event that found out is not delivered.
 */
import type { EntityManager } from '@mikro-orm/core';
import { getMetadataStorage } from 'type-graphql';
import { findSession } from './staff.service.js';
import { can, type Permission } from './staff-role.js';
import type { StaffSession } from './staff-session.entity.js';

/** Close codes of the graphql-ws socket (graphql-ws's own Unauthorized and Forbidden). */
export const LiveCloseCode = {
  /** The session signed out, expired or its account was deactivated. */
  SESSION_ENDED: 4401,
  /** The member's role no longer allows a subscription the socket holds. */
  ROLE_NO_LONGER_ALLOWS: 4403,
} as const;

export type LiveVerdict =
  | { readonly ok: true; readonly session: StaffSession | null }
  | { readonly ok: false; readonly code: number; readonly reason: string };

/**
 * Whether a socket opened with `token` may still receive what `required` permissions guard. A socket that
 * opened without a session stays anonymous: type-graphql refuses its staff subscriptions when they start.
 */
export async function checkLiveSession(
  em: EntityManager,
  token: string | null,
  required: readonly Permission[],
): Promise<LiveVerdict> {
  if (token === null) return { ok: true, session: null };
  const session = await findSession(em, token);
  if (!session) {
    return { ok: false, code: LiveCloseCode.SESSION_ENDED, reason: 'Session ended; sign in again' };
  }
  if (!required.every((p) => can(session.user.role, p))) {
    return {
      ok: false,
      code: LiveCloseCode.ROLE_NO_LONGER_ALLOWS,
      reason: 'Your role no longer allows this subscription',
    };
  }
  return { ok: true, session };
}

/** The permissions `@Authorized(...)` asks of a subscription field (on the method or its resolver class). */
export function permissionsForSubscription(fieldName: string): Permission[] {
  const storage = getMetadataStorage();
  const handler = storage.subscriptions.find((s) => s.schemaName === fieldName);
  if (!handler) return [];
  const onField = storage.authorizedFields.find(
    (a) => a.target === handler.target && a.fieldName === handler.methodName,
  );
  const onClass = storage.authorizedResolver.find((a) => a.target === handler.target);
  return [...(onField?.roles ?? []), ...(onClass?.roles ?? [])] as Permission[];
}
