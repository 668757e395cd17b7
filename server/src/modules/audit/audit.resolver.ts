/** The audit log, for admins: every staff change with before and after, newest first. */
import { IsOptional, MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { byId } from '../common/batch.js';
import { ConnectionArgs, ConnectionType } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { encodeGlobalId } from '../common/node.js';
import { Permission } from '../staff/staff-role.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { listAuditEvents } from './audit.service.js';
import { AuditEvent } from './audit-event.entity.js';

const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent', 'audit event');

@InputType({ description: 'Which audit events to list.' })
class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Only changes to this record.' })
  targetId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes to records of this GraphQL type, for example `Creator`.',
  })
  @IsOptional()
  @MaxLength(100)
  targetType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes by this staff member.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action, for example `creator.update`.' })
  @IsOptional()
  @MaxLength(100)
  action?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only changes at or after this time.' })
  since?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only changes before this time.' })
  until?: Date | null;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(Permission.AUDIT_READ)
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first (admins only).' })
  auditEvents(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'Which events to list.' })
    filter?: AuditEventFilter,
  ) {
    return listAuditEvents(ctx.em, filter ?? {}, page);
  }

  @FieldResolver(() => StaffUser, {
    nullable: true,
    description: 'Who made the change; null for Beacon itself.',
  })
  actor(@Ctx() ctx: Context, @Root() event: AuditEvent) {
    return event.actor ? byId(ctx, StaffUser, event.actor.id) : null;
  }

  @FieldResolver(() => ID, {
    description: 'Global ID of the record changed (it may since have been archived).',
  })
  targetGlobalId(@Root() event: AuditEvent): string {
    return encodeGlobalId(event.targetType, event.targetId);
  }
}
