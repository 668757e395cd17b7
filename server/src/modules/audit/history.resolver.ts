/** GraphQL surface of record histories: `recordHistory(id)` and what each entry says. */
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { byId } from '../common/batch.js';
import { ConnectionArgs } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { encodeGlobalId } from '../common/node.js';
import { Permission } from '../staff/staff-role.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import type { AuditEvent } from './audit-event.entity.js';
import { changesOf, FieldChange, HistoryEntry, HistoryEntryConnection, historyOf } from './history.js';

/** Who Beacon names as the actor of changes no staff member made (seeding, scheduled publishes). */
export const SYSTEM_ACTOR_NAME = 'Beacon';

@Resolver(() => HistoryEntry)
export class HistoryEntryResolver {
  @Authorized(Permission.STAFF_READ)
  @Query(() => HistoryEntryConnection, {
    description:
      'The history of one record, newest first: creators, videos, recognitions, campaigns, training sessions and enrolments, organisations, grants, crisis resources (staff); staff accounts (admins only). For a timeline beside the record; the full audit log stays with admins.',
  })
  recordHistory(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The record whose history to read.' }) id: string,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return historyOf(ctx, id, page);
  }

  @FieldResolver(() => ID, { description: 'Opaque ID of this entry.' })
  id(@Root() event: AuditEvent): string {
    return encodeGlobalId('HistoryEntry', event.id);
  }

  @FieldResolver(() => String, {
    description:
      'What was done, as `<record>.<verb>`, for example `creator.update` or `recognition.sign_off`.',
  })
  action(@Root() event: AuditEvent): string {
    return event.action;
  }

  @FieldResolver(() => GraphQLDateTime, { description: 'When the change was committed.' })
  occurredAt(@Root() event: AuditEvent): Date {
    return event.occurredAt;
  }

  @FieldResolver(() => StaffUser, {
    nullable: true,
    description: 'Who made the change; null for Beacon itself.',
  })
  actor(@Ctx() ctx: Context, @Root() event: AuditEvent) {
    return event.actor ? byId(ctx, StaffUser, event.actor.id) : null;
  }

  @FieldResolver(() => String, {
    description: `The display name of who made the change; "${SYSTEM_ACTOR_NAME}" for changes Beacon made itself (seeding, scheduled publishes).`,
  })
  async actorName(@Ctx() ctx: Context, @Root() event: AuditEvent): Promise<string> {
    if (!event.actor) return SYSTEM_ACTOR_NAME;
    return (await byId(ctx, StaffUser, event.actor.id))?.displayName ?? 'A former staff member';
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Why, where the change took a reason (a withdrawal, a review note, a scheduled publish held back).',
  })
  reason(@Root() event: AuditEvent): string | null {
    return event.reason;
  }

  @FieldResolver(() => [FieldChange], {
    description:
      'The fields the change touched, with their values before and after (bookkeeping such as the version left out).',
  })
  changes(@Root() event: AuditEvent): FieldChange[] {
    return changesOf(event);
  }

  @FieldResolver(() => [String], {
    description: 'The names of the fields the change touched, as in `changes`.',
  })
  changedFields(@Root() event: AuditEvent): string[] {
    return changesOf(event).map((c) => c.field);
  }
}
