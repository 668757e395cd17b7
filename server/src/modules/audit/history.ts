/**
 * The history of one record, for a timeline beside it: who changed it, what they did, when, why, and
 * which fields changed. Read from the audit log (so it is exactly what was recorded, in the same
 * transaction as each change), for staff; a staff account's history stays with the audit log's readers.
 */
import { Field, ObjectType } from 'type-graphql';
import { requirePermission } from '../common/auth-checker.js';
import { type ConnectionArgs, ConnectionType, paginate } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { invalidField } from '../common/domain-error.js';
import { decodeGlobalId } from '../common/node.js';
import { Permission } from '../staff/staff-role.js';
import { AuditEvent } from './audit-event.entity.js';

/** Record types with a history timeline, and the permission reading it takes. */
const HISTORY_PERMISSIONS: Readonly<Record<string, Permission>> = {
  Creator: Permission.STAFF_READ,
  AwarenessVideo: Permission.STAFF_READ,
  Recognition: Permission.STAFF_READ,
  Campaign: Permission.STAFF_READ,
  TrainingSession: Permission.STAFF_READ,
  TrainingEnrolment: Permission.STAFF_READ,
  Organisation: Permission.STAFF_READ,
  AdCreditGrant: Permission.STAFF_READ,
  CrisisResource: Permission.STAFF_READ,
  StaffUser: Permission.AUDIT_READ,
};

/** Bookkeeping and derived fields: they change with every save and say nothing a person did. */
const UNTOLD = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'version',
  'safetyFindings',
  'nameSortKey',
  'liveSlot',
]);

@ObjectType({
  description:
    'One field a change touched, with its value before and after, as text to show: text as it is, anything else (numbers, lists, objects) as JSON.',
})
export class FieldChange {
  @Field({ description: 'The field, as the record type names it (for example `displayName`).' })
  field!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The value before the change; null when there was none (the record was created). Relations show internal keys.',
  })
  before!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The value after the change; null when it was cleared.',
  })
  after!: string | null;
}

/** A stored value as text to show: text as it is, null as null, anything else as JSON. */
const shown = (value: unknown): string | null =>
  value == null ? null : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * Each entry is an audit event, served through HistoryEntryResolver's field resolvers: they decide what a
 * staff member sees of it (the changed fields, never the raw snapshots or the request id of the admins'
 * audit log).
 */
@ObjectType({
  description:
    "One change in a record's history: who made it, what they did, when, why, and which fields it changed.",
})
export class HistoryEntry {}

export const HistoryEntryConnection = ConnectionType(HistoryEntry, 'HistoryEntry', 'history entry');

/** The fields a change touched, in the order the record lists them, with their values before and after. */
export function changesOf(event: AuditEvent): FieldChange[] {
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((f) => !UNTOLD.has(f));
  return fields
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((field) =>
      Object.assign(new FieldChange(), {
        field,
        before: event.before ? shown(before[field]) : null,
        after: shown(after[field]),
      }),
    );
}

/**
 * A page of the record's history, newest first, keyset-paged in the database. An ID of a type with no
 * history is BAD_USER_INPUT; a staff account's history needs the audit log's permission.
 */
export function historyOf(ctx: Context, globalId: string, page: ConnectionArgs) {
  const target = decodeGlobalId(globalId);
  const permission = target ? HISTORY_PERMISSIONS[target.type] : undefined;
  if (!target || !permission) {
    throw invalidField(
      'id',
      `is not the ID of a record with a history (${Object.keys(HISTORY_PERMISSIONS).join(', ')})`,
    );
  }
  requirePermission(ctx, permission);
  return paginate(
    ctx.em,
    AuditEvent,
    { targetType: target.type, targetId: target.id },
    { occurredAt: 'desc', id: 'desc' },
    page,
  );
}
