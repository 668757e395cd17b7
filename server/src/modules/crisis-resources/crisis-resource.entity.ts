/**
 * A crisis resource people can reach (a helpline, text line, chat or directory), by region and topic, with
 * when staff last verified it. Global resources are the fallback for regions with none of their own.
 */
import { DateTimeType, Embeddable, Embedded, Entity, Enum, Property } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Topic } from '../common/domain-enums.js';
import { describeEnum } from '../common/enums.js';
import { ArchivableRecord, NodeType } from '../common/node.js';

export enum ContactChannel {
  CALL = 'CALL',
  TEXT = 'TEXT',
  CHAT = 'CHAT',
  WEB = 'WEB',
}

describeEnum(ContactChannel, 'ContactChannel', 'How someone reaches a crisis resource.', {
  CALL: 'A phone call to `value`.',
  TEXT: 'A text message to `value` (with `instructions` such as the keyword to send).',
  CHAT: 'An online chat at the https URL in `value`.',
  WEB: 'A web page at the https URL in `value`.',
});

@Embeddable()
@ObjectType({ description: 'One way to reach a crisis resource.' })
export class ContactMethod {
  @Field(() => ContactChannel, { description: 'Call, text, chat or web.' })
  @Enum({ items: () => ContactChannel })
  channel!: ContactChannel;

  @Field({ description: 'The number, short code or https URL.' })
  @Property()
  value!: string;

  @Field(() => String, { nullable: true, description: 'What to do, for example `Text HOME to 741741`.' })
  @Property({ type: 'string', nullable: true })
  instructions: string | null = null;
}

@Entity({ tableName: 'crisis_resource' })
@NodeType('CrisisResource', { description: 'A crisis resource people can reach, with how to reach it.' })
export class CrisisResource extends ArchivableRecord {
  @Field({ description: 'Name of the service, for example `988 Suicide & Crisis Lifeline`.' })
  @Property()
  name!: string;

  @Field({ description: 'The organisation that runs it.' })
  @Property()
  organisationName!: string;

  @Field(() => [ContactMethod], { description: 'Ways to reach it, most direct first.' })
  @Embedded(() => ContactMethod, { array: true })
  contacts: ContactMethod[] = [];

  @Field(() => [String], {
    description: 'ISO 3166-1 alpha-2 codes of the regions it serves (empty when global).',
  })
  @Property({ type: 'json' })
  regions: string[] = [];

  @Field({ description: 'True for the global directory shown where a region has no resource of its own.' })
  @Property()
  isGlobal: boolean = false;

  @Field(() => [Topic], { description: 'Topics it specialises in; empty means any crisis.' })
  @Property({ type: 'json' })
  topics: Topic[] = [];

  @Field({ description: 'When it can be reached, for example `24/7`.' })
  @Property()
  hours!: string;

  @Field(() => [String], { description: 'BCP 47 language tags it answers in.' })
  @Property({ type: 'json' })
  languages: string[] = [];

  @Field(() => GraphQLDateTime, { description: 'When staff last checked the contact details work.' })
  @Property({ type: DateTimeType })
  lastVerifiedAt!: Date;
}
