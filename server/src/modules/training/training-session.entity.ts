/** A training session for creators or partner organisations, and who enrolled, attended and completed. */
import {
  Collection,
  DateTimeType,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int } from 'type-graphql';
import { Campaign } from '../campaigns/campaign.entity.js';
import { describeEnum } from '../common/enums.js';
import { ArchivableRecord, NodeType } from '../common/node.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { TrainingEnrolment } from './training-enrolment.entity.js';

export enum TrainingTopic {
  SAFE_MESSAGING_SUICIDE = 'SAFE_MESSAGING_SUICIDE',
  EATING_DISORDER_RECOVERY = 'EATING_DISORDER_RECOVERY',
  GRIEF = 'GRIEF',
  CRISIS_RESPONSE = 'CRISIS_RESPONSE',
  CREATOR_WELLBEING = 'CREATOR_WELLBEING',
  CAMPAIGN_READINESS = 'CAMPAIGN_READINESS',
}

describeEnum(TrainingTopic, 'TrainingTopic', 'What a training session teaches.', {
  SAFE_MESSAGING_SUICIDE: 'Safe messaging about suicide and self-harm (required before a spotlight).',
  EATING_DISORDER_RECOVERY: 'Talking about eating-disorder recovery without harmful detail.',
  GRIEF: 'Talking about grief and loss.',
  CRISIS_RESPONSE: 'Responding when a viewer discloses a crisis.',
  CREATOR_WELLBEING: "Looking after the creator's own well-being.",
  CAMPAIGN_READINESS: "Preparing a partner's content and tools for a critical moment.",
});

export enum TrainingAudience {
  CREATORS = 'CREATORS',
  PARTNER_ORGANISATIONS = 'PARTNER_ORGANISATIONS',
}

describeEnum(TrainingAudience, 'TrainingAudience', 'Who a training session is for.', {
  CREATORS: 'Creators; enrolments name creators.',
  PARTNER_ORGANISATIONS: 'Partner organisations; enrolments name organisations.',
});

export enum TrainingOccasion {
  WORLD_MENTAL_HEALTH_DAY = 'WORLD_MENTAL_HEALTH_DAY',
  WORLD_SUICIDE_PREVENTION_DAY = 'WORLD_SUICIDE_PREVENTION_DAY',
  BACK_TO_SCHOOL = 'BACK_TO_SCHOOL',
  MENTAL_HEALTH_AWARENESS_MONTH = 'MENTAL_HEALTH_AWARENESS_MONTH',
  SUICIDE_PREVENTION_WEEK = 'SUICIDE_PREVENTION_WEEK',
  ONGOING = 'ONGOING',
}

describeEnum(TrainingOccasion, 'TrainingOccasion', 'The critical moment a session prepares for.', {
  WORLD_MENTAL_HEALTH_DAY: 'World Mental Health Day, 10 October.',
  WORLD_SUICIDE_PREVENTION_DAY: 'World Suicide Prevention Day, 10 September.',
  BACK_TO_SCHOOL: 'The back-to-school season (late August to September in the northern hemisphere).',
  MENTAL_HEALTH_AWARENESS_MONTH: 'Mental Health Awareness Month, May.',
  SUICIDE_PREVENTION_WEEK: 'Suicide prevention week, around 10 September.',
  ONGOING: 'No particular moment.',
});

@Entity({ tableName: 'training_session' })
@NodeType('TrainingSession', { description: 'A training session for creators or partner organisations.' })
export class TrainingSession extends ArchivableRecord {
  @Field({ description: 'Title of the session.' })
  @Property({ length: 300 })
  title!: string;

  @Field({ description: 'What the session covers.' })
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => TrainingTopic, { description: 'What it teaches.' })
  @Enum({ items: () => TrainingTopic })
  topic!: TrainingTopic;

  @ManyToOne(() => Organisation, { nullable: true })
  facilitator: Rel<Organisation> | null = null;

  @Field(() => TrainingAudience, { description: 'Who it is for.' })
  @Enum({ items: () => TrainingAudience })
  audience!: TrainingAudience;

  @Field(() => TrainingOccasion, { description: 'The critical moment it prepares for.' })
  @Enum({ items: () => TrainingOccasion })
  occasion!: TrainingOccasion;

  @ManyToOne(() => Campaign, { nullable: true })
  campaign: Rel<Campaign> | null = null;

  @Field(() => GraphQLDateTime, { description: 'When it starts.' })
  @Property({ type: DateTimeType })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it ends.' })
  @Property({ type: DateTimeType })
  endsAt!: Date;

  @Field({ description: 'IANA time zone it is held in, for display (for example `Europe/London`).' })
  @Property()
  timeZone!: string;

  @Field(() => Int, { description: 'How many enrolments it can take.' })
  @Property()
  capacity!: number;

  @OneToMany('TrainingEnrolment', 'session')
  enrolments = new Collection<TrainingEnrolment>(this);
}
