/** Arguments and inputs of the training session and enrolment queries and mutations. */
import { SEARCH_MAX, TITLE_MAX } from '@beacon/shared';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { UpdateInputBase } from '../common/inputs.js';
import { IsAfterOrEqual, IsOmittable, IsTimeZone } from '../common/validators.js';
import { TrainingAudience, TrainingOccasion, TrainingTopic } from './training-session.entity.js';

export const SESSION_CAPACITY_MAX = 10_000;
const DESCRIPTION_MAX = 5_000;

@InputType({ description: 'Which training sessions to list.' })
export class TrainingSessionFilter {
  @Field(() => String, { nullable: true, description: 'Text found in the title (case-insensitive).' })
  @IsOptional()
  @MaxLength(SEARCH_MAX)
  search?: string | null;

  @Field(() => TrainingTopic, { nullable: true, description: 'Only sessions teaching this topic.' })
  topic?: TrainingTopic | null;

  @Field(() => TrainingAudience, { nullable: true, description: 'Only sessions for this audience.' })
  audience?: TrainingAudience | null;

  @Field(() => TrainingOccasion, {
    nullable: true,
    description: 'Only sessions preparing for this critical moment.',
  })
  occasion?: TrainingOccasion | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Only sessions starting at or after this time.',
  })
  startsAfter?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only sessions starting before this time.' })
  startsBefore?: Date | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include archived sessions.' })
  includeArchived?: boolean;
}

@InputType({ description: 'A new training session.' })
export class CreateTrainingSessionInput {
  @Field({ description: 'Title of the session.' })
  @Length(1, TITLE_MAX)
  title!: string;

  @Field({ defaultValue: '', description: 'What the session covers.' })
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description!: string;

  @Field(() => TrainingTopic, { description: 'What it teaches.' })
  @IsIn(Object.values(TrainingTopic))
  topic!: TrainingTopic;

  @Field(() => ID, { nullable: true, description: 'The partner organisation that runs it, if any.' })
  facilitatorId?: string | null;

  @Field(() => TrainingAudience, { description: 'Who it is for; enrolments must match it.' })
  @IsIn(Object.values(TrainingAudience))
  audience!: TrainingAudience;

  @Field(() => TrainingOccasion, { description: 'The critical moment it prepares for.' })
  @IsIn(Object.values(TrainingOccasion))
  occasion!: TrainingOccasion;

  @Field(() => ID, { nullable: true, description: 'The campaign it belongs to, if any.' })
  campaignId?: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it starts.' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it ends; after `startsAt`.' })
  @IsAfterOrEqual('startsAt')
  endsAt!: Date;

  @Field({ description: 'IANA time zone it is held in, for display (for example `Europe/London`).' })
  @IsTimeZone()
  timeZone!: string;

  @Field(() => Int, { description: `How many enrolments it can take (1 to ${SESSION_CAPACITY_MAX}).` })
  @IsInt()
  @Min(1)
  @Max(SESSION_CAPACITY_MAX)
  capacity!: number;
}

@InputType({ description: 'Changes to a training session; fields left out stay as they are.' })
export class UpdateTrainingSessionInput extends UpdateInputBase {
  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOmittable()
  @Length(1, TITLE_MAX)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOmittable()
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description?: string;

  @Field(() => TrainingTopic, { nullable: true, description: 'New topic.' })
  @IsOmittable()
  @IsIn(Object.values(TrainingTopic))
  topic?: TrainingTopic;

  @Field(() => ID, {
    nullable: true,
    description: 'New facilitating organisation; null removes the facilitator.',
  })
  facilitatorId?: string | null;

  @Field(() => TrainingAudience, {
    nullable: true,
    description: 'New audience; only while the session has no enrolments.',
  })
  @IsOmittable()
  @IsIn(Object.values(TrainingAudience))
  audience?: TrainingAudience;

  @Field(() => TrainingOccasion, { nullable: true, description: 'New occasion.' })
  @IsOmittable()
  @IsIn(Object.values(TrainingOccasion))
  occasion?: TrainingOccasion;

  @Field(() => ID, { nullable: true, description: 'New campaign; null removes it from its campaign.' })
  campaignId?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'New start time.' })
  @IsOmittable()
  startsAt?: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'New end time; after the start.' })
  @IsOmittable()
  @IsAfterOrEqual('startsAt')
  endsAt?: Date;

  @Field(() => String, { nullable: true, description: 'New IANA time zone.' })
  @IsOmittable()
  @IsTimeZone()
  timeZone?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'New capacity; not below the number of current enrolments.',
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(SESSION_CAPACITY_MAX)
  capacity?: number;
}

@InputType({ description: 'Which training enrolments to list.' })
export class TrainingEnrolmentFilter {
  @Field(() => ID, { nullable: true, description: 'Only enrolments in this training session.' })
  sessionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only enrolments of this creator.' })
  creatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only enrolments of this organisation.' })
  organisationId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only completed enrolments (true) or not yet completed ones (false).',
  })
  completed?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Include withdrawn (archived) enrolments.',
  })
  includeArchived?: boolean;
}

@InputType({
  description:
    'Enrol a creator or a partner organisation in a training session: give exactly one of `creatorId` (sessions for creators) or `organisationId` (sessions for partner organisations).',
})
export class EnrolInTrainingInput {
  @Field(() => ID, { description: 'The training session.' })
  sessionId!: string;

  @Field(() => ID, { nullable: true, description: 'The creator to enrol (sessions for creators).' })
  creatorId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation to enrol (sessions for partner organisations).',
  })
  organisationId?: string | null;
}

@InputType({ description: 'Record whether an enrolee attended their training session.' })
export class RecordTrainingAttendanceInput extends UpdateInputBase {
  @Field({
    description: 'True when they attended; false clears attendance (not allowed once completed).',
  })
  attended!: boolean;
}

@InputType({
  description: 'Record that an enrolee completed their training session (which implies attendance).',
})
export class RecordTrainingCompletionInput extends UpdateInputBase {
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'When they completed it; now when left out. Not in the future, not before the session starts.',
  })
  completedAt?: Date | null;
}
