/** A creator's or organisation's place in a training session, with attendance and completion. */
import { DateTimeType, Entity, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field } from 'type-graphql';
import { ArchivableRecord, NodeType } from '../common/node.js';
import { Creator } from '../creators/creator.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { TrainingSession } from './training-session.entity.js';

@Entity({ tableName: 'training_enrolment' })
@Unique({ properties: ['session', 'creator'] })
@Unique({ properties: ['session', 'organisation'] })
@NodeType('TrainingEnrolment', {
  description: "A creator's or partner organisation's enrolment in a training session.",
})
export class TrainingEnrolment extends ArchivableRecord {
  @ManyToOne(() => TrainingSession)
  session!: Rel<TrainingSession>;

  @ManyToOne(() => Creator, { nullable: true })
  creator: Rel<Creator> | null = null;

  @ManyToOne(() => Organisation, { nullable: true })
  organisation: Rel<Organisation> | null = null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When attendance was recorded; null until the enrolee attended.',
  })
  @Property({ type: DateTimeType, nullable: true })
  attendedAt: Date | null = null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the enrolee completed the session; null until then.',
  })
  @Property({ type: DateTimeType, nullable: true })
  completedAt: Date | null = null;

  @Field({ description: 'Whether the enrolee attended.' })
  get attended(): boolean {
    return this.attendedAt !== null;
  }

  @Field({ description: 'Whether the enrolee completed the session.' })
  get completed(): boolean {
    return this.completedAt !== null;
  }
}
