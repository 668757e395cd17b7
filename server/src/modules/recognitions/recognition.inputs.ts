/** Inputs of the spotlight workflow's mutations and queries. */

import { CITATION_MAX } from '@beacon/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsOptional,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { describeEnum } from '../common/enums.js';
import { UpdateInputBase } from '../common/inputs.js';
import { IsOmittable, IsTimeZone } from '../common/validators.js';
import { RecognitionStatus } from './recognition.entity.js';
import { NOTE_MAX } from './recognition-note.entity.js';

export const FEATURED_MAX = 5;

@InputType({ description: 'Nominate a creator for a campaign spotlight.' })
export class NominateInput {
  @Field(() => ID, { description: 'The creator.' })
  creatorId!: string;

  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field({ description: 'Why the creator is recognised; checked against the safe-messaging rules.' })
  @Length(20, CITATION_MAX, { message: `must be 20 to ${CITATION_MAX} characters` })
  citation!: string;

  @Field(() => [ID], { description: `The creator's videos to feature (1 to ${FEATURED_MAX}).` })
  @ArrayMinSize(1)
  @ArrayMaxSize(FEATURED_MAX)
  @ArrayUnique()
  featuredVideoIds!: string[];
}

@InputType({ description: 'Change a nomination; a nomination returned for changes goes back to review.' })
export class EditNominationInput extends UpdateInputBase {
  @Field(() => String, { nullable: true, description: 'New citation.' })
  @IsOmittable()
  @Length(20, CITATION_MAX, { message: `must be 20 to ${CITATION_MAX} characters` })
  citation?: string;

  @Field(() => [ID], { nullable: true, description: 'New featured videos.' })
  @IsOmittable()
  @ArrayMinSize(1)
  @ArrayMaxSize(FEATURED_MAX)
  @ArrayUnique()
  featuredVideoIds?: string[];

  @Field(() => String, {
    nullable: true,
    description: `A note for the thread (at most ${NOTE_MAX} characters): on a nomination returned for changes, what you changed (RESUBMITTED); otherwise a COMMENT.`,
  })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}

@InputType({ description: "Add a comment to a nomination's note thread." })
export class AddRecognitionNoteInput {
  @Field(() => ID, { description: 'The recognition to comment on.' })
  recognitionId!: string;

  @Field({ description: `The comment (1 to ${NOTE_MAX} characters); staff only, never public.` })
  @Length(1, NOTE_MAX)
  @Matches(/\S/, { message: 'must not be blank' })
  body!: string;
}

@ArgsType()
export class NominationEligibilityArgs {
  @Field(() => ID, { description: 'The creator you would nominate.' })
  creatorId!: string;

  @Field(() => ID, { description: 'The campaign you would nominate them for.' })
  campaignId!: string;

  @Field(() => [ID], {
    defaultValue: [],
    description: `The creator's videos you would feature (at most ${FEATURED_MAX}); none fails the video check.`,
  })
  @ArrayMaxSize(FEATURED_MAX)
  @ArrayUnique()
  featuredVideoIds!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'The citation as drafted, so its safe-messaging findings count; left out, only the videos are checked.',
  })
  @IsOptional()
  @MaxLength(CITATION_MAX)
  citation?: string | null;
}

export enum ReviewDecision {
  SIGN_OFF = 'SIGN_OFF',
  RETURN_FOR_CHANGES = 'RETURN_FOR_CHANGES',
  REJECT = 'REJECT',
}

describeEnum(ReviewDecision, 'ReviewDecision', "A safety reviewer's decision on a nomination.", {
  SIGN_OFF: 'Safe to spotlight; goes on to approval.',
  RETURN_FOR_CHANGES: 'Needs changes (say which in the notes); goes back to the nominator.',
  REJECT: 'Not to be spotlighted.',
});

@InputType({ description: 'A safety review of a nomination.' })
export class ReviewInput extends UpdateInputBase {
  @Field(() => ReviewDecision, { description: 'The decision.' })
  decision!: ReviewDecision;

  @Field(() => String, {
    nullable: true,
    description:
      'A note for the thread (staff only, never public); required when returning or rejecting, kept with the decision.',
  })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  notes?: string | null;
}

@InputType({ description: 'Schedule an approved spotlight to publish at an instant.' })
export class ScheduleInput extends UpdateInputBase {
  @Field(() => GraphQLDateTime, {
    description: 'When to publish (an instant with its offset); must be in the future.',
  })
  publishAt!: Date;

  @Field({ description: 'The IANA time zone the publisher scheduled in, to show the time as they meant it.' })
  @IsTimeZone()
  timeZone!: string;
}

@InputType({ description: 'Withdraw a spotlight.' })
export class WithdrawInput extends UpdateInputBase {
  @Field({ description: 'Why it is withdrawn (kept in the audit log).' })
  @Length(3, 1000)
  reason!: string;
}

@InputType({ description: "Set the order of a campaign's published spotlights." })
export class ReorderSpotlightInput {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field(() => Int, {
    description: "The campaign's version you last read; a reorder by someone else since fails with CONFLICT.",
  })
  @Min(1)
  expectedVersion!: number;

  @Field(() => [ID], {
    description: 'Every published recognition of the campaign, in the new order (first is rank 1).',
  })
  @ArrayMaxSize(100)
  @ArrayUnique()
  recognitionIds!: string[];
}

@InputType({ description: 'Which recognitions to list or count.' })
export class RecognitionFilter {
  @Field(() => ID, { nullable: true, description: 'Only this campaign.' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this creator.' })
  creatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only recognitions that feature this awareness video.' })
  featuredVideoId?: string | null;

  @Field(() => [RecognitionStatus], {
    nullable: true,
    description: 'Only these statuses (a review queue asks for NOMINATED).',
  })
  @IsOptional()
  @ArrayMaxSize(Object.keys(RecognitionStatus).length)
  statuses?: RecognitionStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only nominations made by this staff member.' })
  nominatedById?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "True: only your own nominations (an editor's returned ones). False: only other people's, the ones the four-eyes rule lets you review, approve or publish.",
  })
  nominatedByMe?: boolean | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Only recognitions scheduled to publish before this instant (what is due soon).',
  })
  scheduledBefore?: Date | null;
}

export enum RecognitionOrder {
  NEWEST_NOMINATION = 'NEWEST_NOMINATION',
  OLDEST_NOMINATION = 'OLDEST_NOMINATION',
  SCHEDULED_SOONEST = 'SCHEDULED_SOONEST',
  RANK = 'RANK',
}

describeEnum(RecognitionOrder, 'RecognitionOrder', 'How to order a list of recognitions.', {
  NEWEST_NOMINATION: 'Most recently nominated first (the default).',
  OLDEST_NOMINATION: 'Longest waiting first, for review queues.',
  SCHEDULED_SOONEST: 'Soonest scheduled publish first; lists only recognitions with a scheduled instant.',
  RANK: "By rank in the campaign's spotlight, 1 first; lists only recognitions with a rank (published).",
});
