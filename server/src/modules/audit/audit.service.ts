/**
 * The pieces of an audit event: the snapshot of a record's stored fields, and the event itself. Events
 * are written only by `auditedWrite` (common/audited-write.ts), inside the transaction of their change.
 */
import { type EntityManager, wrap } from '@mikro-orm/core';
import { type ConnectionArgs, paginate } from '../common/connection.js';
import { invalidField } from '../common/domain-error.js';
import { allOf } from '../common/filters.js';
import { decodeGlobalId, expectGlobalId } from '../common/node.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import type { AuditAction } from './audit-actions.js';
import { AuditEvent } from './audit-event.entity.js';

/** Fields that never reach the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'invitationTokenHash']);

/** A plain JSON copy of a record's stored fields (relations as their keys), for before/after. */
export function snapshot(entity: object): Record<string, unknown> {
  const plain = wrap(entity as never).toPOJO() as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(plain)) {
    if (SECRET_FIELDS.has(key)) continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return JSON.parse(JSON.stringify(out));
}

export interface AuditEntry {
  actor: StaffUser | null;
  action: AuditAction;
  targetType: string;
  targetId: string;
  before?: object | null;
  after?: object | null;
  reason?: string | null;
  requestId?: string | null;
}

/** A new, unsaved audit event for `entry`. */
export function auditEventOf(entry: AuditEntry): AuditEvent {
  return Object.assign(new AuditEvent(), {
    actor: entry.actor,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
    requestId: entry.requestId ?? null,
    occurredAt: new Date(),
  });
}

/** Which audit events to list; every field optional. */
export interface AuditEventQuery {
  readonly targetId?: string | null;
  readonly targetType?: string | null;
  readonly actorId?: string | null;
  readonly action?: string | null;
  readonly since?: Date | null;
  readonly until?: Date | null;
}

/** A page of the audit log, newest first. */
export function listAuditEvents(em: EntityManager, filter: AuditEventQuery, page: ConnectionArgs) {
  let target: { type: string; id: string } | null = null;
  if (filter.targetId) {
    target = decodeGlobalId(filter.targetId);
    if (!target) throw invalidField('filter.targetId', 'is not an ID Beacon issued');
  }
  if (filter.since && filter.until && filter.until < filter.since)
    throw invalidField('filter.until', 'must not be before since');
  const where = allOf<AuditEvent>(
    target ? { targetType: target.type, targetId: target.id } : {},
    filter.targetType ? { targetType: filter.targetType } : {},
    filter.actorId ? { actor: expectGlobalId(filter.actorId, 'StaffUser', 'filter.actorId') } : {},
    filter.action ? { action: filter.action } : {},
    filter.since ? { occurredAt: { $gte: filter.since } } : {},
    filter.until ? { occurredAt: { $lt: filter.until } } : {},
  );
  return paginate(em, AuditEvent, where, { occurredAt: 'desc', id: 'desc' }, page);
}
