/**
 * What a staff member changed: written in the same transaction as the change itself, so the log and the
 * data never disagree. Append-only; it carries no version.
 */
import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { Node, NodeType } from '../common/node.js';
import { StaffUser } from '../staff/staff-user.entity.js';

@Entity({ tableName: 'audit_event' })
@Index({ properties: ['targetType', 'targetId'] })
@NodeType('AuditEvent', { description: 'One staff change, with the record before and after it.' })
export class AuditEvent extends Node {
  @PrimaryKey({ type: 'uuid' })
  override id: string = uuidv7();

  /** Who made the change; null for Beacon itself (seeding, scheduled jobs). Resolved in batches. */
  @ManyToOne(() => StaffUser, { nullable: true })
  actor: Rel<StaffUser> | null = null;

  @Field({ description: 'What was done, as `<record>.<verb>`, for example `creator.update`.' })
  @Index()
  @Property()
  action!: string;

  @Field({ description: 'The GraphQL type of the record changed.' })
  @Property()
  targetType!: string;

  /** Database key of the target; clients see `targetGlobalId`. */
  @Property({ type: 'uuid' })
  targetId!: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The record before the change (null when it was created).',
  })
  @Property({ type: 'json', nullable: true })
  before: object | null = null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record after the change.' })
  @Property({ type: 'json', nullable: true })
  after: object | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why, where the action takes a reason (for example a withdrawal).',
  })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The request that made the change, to match it with server logs.',
  })
  @Property({ type: 'string', nullable: true })
  requestId: string | null = null;

  @Field(() => GraphQLDateTime, { description: 'When the change was committed.' })
  @Index()
  @Property({ type: DateTimeType })
  occurredAt: Date = new Date();
}
