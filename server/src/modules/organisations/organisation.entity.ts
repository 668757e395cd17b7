/** A partner organisation: a non-profit, expert body or crisis service the programme works with. */
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field } from 'type-graphql';
import { Topic } from '../common/domain-enums.js';
import { describeEnum } from '../common/enums.js';
import { ArchivableRecord, NodeType } from '../common/node.js';

export enum OrganisationKind {
  NON_PROFIT = 'NON_PROFIT',
  CRISIS_SERVICE = 'CRISIS_SERVICE',
  EXPERT_BODY = 'EXPERT_BODY',
  EDUCATION = 'EDUCATION',
  RESEARCH = 'RESEARCH',
  OTHER = 'OTHER',
}

describeEnum(OrganisationKind, 'OrganisationKind', 'What kind of organisation a partner is.', {
  NON_PROFIT: 'A non-profit or charity working on mental health.',
  CRISIS_SERVICE: 'A service people in crisis can reach (helpline, text line, chat).',
  EXPERT_BODY: 'A professional or expert association.',
  EDUCATION: 'An organisation teaching young people or educators.',
  RESEARCH: 'A research or polling organisation.',
  OTHER: 'Any other partner.',
});

@Entity({ tableName: 'organisation' })
@NodeType('Organisation', { description: 'A partner organisation of the awareness programme.' })
export class Organisation extends ArchivableRecord {
  @Field({ description: 'Name of the organisation.' })
  @Property({ unique: true })
  name!: string;

  @Field(() => OrganisationKind, { description: 'What kind of organisation it is.' })
  @Enum({ items: () => OrganisationKind })
  kind!: OrganisationKind;

  @Field({ description: 'Its website (https).' })
  @Property({ length: 2048 })
  website!: string;

  @Field({ description: 'What it does, in a sentence or two.' })
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => [Topic], { description: 'Topics it focuses on.' })
  @Property({ type: 'json' })
  focusTopics: Topic[] = [];

  @Field(() => [String], {
    description: 'ISO 3166-1 alpha-2 codes of the regions it serves; empty for worldwide.',
  })
  @Property({ type: 'json' })
  regionsServed: string[] = [];
}
