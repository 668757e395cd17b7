/** Arguments and inputs of the campaign queries and mutations. */
import { BIO_MAX, NAME_MAX, SEARCH_MAX, TITLE_MAX } from '@beacon/shared';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { describeEnum } from '../common/enums.js';
import { UpdateInputBase } from '../common/inputs.js';
import { GraphQLLocalDate } from '../common/scalars.js';
import { IsAfterOrEqual, IsOmittable, IsTimeZone } from '../common/validators.js';

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MAX = 100;
const SLUG_MESSAGE = 'slug must be lower-case letters and digits in words joined by single hyphens';
const HASHTAG = /^#[\p{L}\p{N}_]{1,100}$/u;
const HASHTAG_MESSAGE = 'hashtag must start with # followed by letters, digits or underscores';
const NOT_BLANK = /\S/;
const THEME_MAX = 500;
const DESCRIPTION_MAX = 5_000;
export const CAPACITY_MAX = 100;
const PARTNERS_MAX = 100;

export enum CampaignOrder {
  NEWEST = 'NEWEST',
  NAME = 'NAME',
  STARTS_ON = 'STARTS_ON',
}

describeEnum(CampaignOrder, 'CampaignOrder', 'How to order a list of campaigns.', {
  NEWEST: 'Newest first: the latest first day first (the default).',
  NAME: 'By name, A to Z, ignoring case and accents.',
  STARTS_ON: 'By first day, earliest first.',
});

@InputType({ description: 'Which campaigns to list.' })
export class CampaignFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Text found in the name, hashtag or slug (case-insensitive).',
  })
  @IsOptional()
  @MaxLength(SEARCH_MAX)
  search?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Only campaigns running on this day (it falls between their first and last day).',
  })
  activeOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Include archived campaigns (staff only).',
  })
  includeArchived?: boolean;
}

@InputType({ description: 'A new campaign.' })
export class CreateCampaignInput {
  @Field({ description: 'URL-safe unique name: lower-case words joined by hyphens, such as `mham-2023`.' })
  @Length(1, SLUG_MAX)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug!: string;

  @Field({ description: 'Campaign name.' })
  @Length(1, NAME_MAX)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @Field({ description: 'The hashtag of the campaign hub, starting with #.' })
  @Matches(HASHTAG, { message: HASHTAG_MESSAGE })
  hashtag!: string;

  @Field({ description: 'The campaign theme in a sentence.' })
  @Length(1, THEME_MAX)
  @Matches(NOT_BLANK, { message: 'theme must not be blank' })
  theme!: string;

  @Field({ defaultValue: '', description: 'What the campaign does and why.' })
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description!: string;

  @Field(() => GraphQLLocalDate, { description: 'First day of the campaign.' })
  startsOn!: string;

  @Field(() => GraphQLLocalDate, {
    description: 'Last day of the campaign (inclusive); not before startsOn.',
  })
  @IsAfterOrEqual('startsOn')
  endsOn!: string;

  @Field(() => Int, {
    defaultValue: 10,
    description: `How many creators the campaign may spotlight at once (1 to ${CAPACITY_MAX}).`,
  })
  @IsInt()
  @Min(1)
  @Max(CAPACITY_MAX)
  spotlightCapacity!: number;

  @Field(() => [ID], { defaultValue: [], description: 'The partner organisations of the campaign.' })
  @ArrayMaxSize(PARTNERS_MAX)
  partnerIds!: string[];
}

@InputType({ description: 'Changes to a campaign; fields left out stay as they are.' })
export class UpdateCampaignInput extends UpdateInputBase {
  @Field(() => String, { nullable: true, description: 'New slug; unique.' })
  @IsOmittable()
  @Length(1, SLUG_MAX)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOmittable()
  @Length(1, NAME_MAX)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'New hashtag, starting with #.' })
  @IsOmittable()
  @Matches(HASHTAG, { message: HASHTAG_MESSAGE })
  hashtag?: string;

  @Field(() => String, { nullable: true, description: 'New theme.' })
  @IsOmittable()
  @Length(1, THEME_MAX)
  @Matches(NOT_BLANK, { message: 'theme must not be blank' })
  theme?: string;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOmittable()
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'New first day.' })
  @IsOmittable()
  startsOn?: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'New last day (inclusive); not before the first day.',
  })
  @IsOmittable()
  @IsAfterOrEqual('startsOn')
  endsOn?: string;

  @Field(() => Int, { nullable: true, description: `New spotlight capacity (1 to ${CAPACITY_MAX}).` })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(CAPACITY_MAX)
  spotlightCapacity?: number;

  @Field(() => [ID], {
    nullable: true,
    description: 'The new full list of partner organisations (replaces the current one).',
  })
  @IsOmittable()
  @ArrayMaxSize(PARTNERS_MAX)
  partnerIds?: string[];
}

@InputType({ description: 'A period of curated programming to add to a campaign.' })
export class AddProgrammingWindowInput {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field(() => Int, {
    description: 'The campaign version you last read; a newer one fails with CONFLICT and changes nothing.',
  })
  @Min(1)
  expectedVersion!: number;

  @Field({ description: 'What runs in this window.' })
  @Length(1, TITLE_MAX)
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  title!: string;

  @Field({ defaultValue: '', description: 'Details of the programming.' })
  @IsString()
  @MaxLength(BIO_MAX)
  description!: string;

  @Field(() => GraphQLDateTime, { description: 'When the window opens.' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the window closes; not before it opens.' })
  @IsAfterOrEqual('startsAt')
  endsAt!: Date;

  @Field({ description: 'IANA time zone the window is planned in, such as Asia/Singapore.' })
  @IsTimeZone()
  timeZone!: string;
}

@InputType({ description: 'Remove a programming window from its campaign.' })
export class RemoveProgrammingWindowInput {
  @Field(() => ID, { description: 'The programming window to remove.' })
  windowId!: string;

  @Field(() => Int, {
    description: 'The campaign version you last read; a newer one fails with CONFLICT and changes nothing.',
  })
  @Min(1)
  campaignExpectedVersion!: number;
}
