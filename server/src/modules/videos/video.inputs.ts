/** Arguments and inputs of the awareness video queries and mutations. */

import { CAPTION_MAX, SEARCH_MAX, TITLE_MAX } from '@beacon/shared';
import { ArrayMaxSize, IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min } from 'class-validator';
import { GraphQLDateTime, GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ContentStrategy, Topic } from '../common/domain-enums.js';
import { describeEnum } from '../common/enums.js';
import { UpdateInputBase } from '../common/inputs.js';
import { IsHttpsUrl, IsOmittable, IsRegionCode } from '../common/validators.js';

export enum VideoOrder {
  NEWEST = 'NEWEST',
  MOST_VIEWED = 'MOST_VIEWED',
}

describeEnum(VideoOrder, 'VideoOrder', 'How to order a list of awareness videos.', {
  NEWEST: 'Most recently posted first (the default).',
  MOST_VIEWED: 'Most views first.',
});

const HASHTAG = /^#?[\p{L}\p{N}_]{1,100}$/u;

@InputType({ description: 'Which awareness videos to list.' })
export class VideoFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Text found in the title or the caption (case-insensitive).',
  })
  @IsOptional()
  @MaxLength(SEARCH_MAX)
  search?: string | null;

  @Field(() => Topic, { nullable: true, description: 'Only videos on this topic.' })
  topic?: Topic | null;

  @Field(() => ContentStrategy, { nullable: true, description: 'Only videos using this content strategy.' })
  strategy?: ContentStrategy | null;

  @Field(() => ID, { nullable: true, description: 'Only videos by this creator.' })
  creatorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only videos by creators based in this ISO 3166-1 alpha-2 region.',
  })
  @IsOptional()
  @IsRegionCode()
  region?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only videos that carry a content advisory (true) or none (false).',
  })
  hasAdvisory?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only videos whose title or caption has safe-messaging findings (true) or none (false), as of their last save (staff only).',
  })
  hasSafetyFindings?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Include archived videos (staff only).',
  })
  includeArchived?: boolean;
}

@InputType({ description: 'A new awareness video.' })
export class CreateVideoInput {
  @Field(() => ID, { description: 'The creator who posted it.' })
  creatorId!: string;

  @Field({ description: 'Title of the video.' })
  @Length(1, TITLE_MAX)
  title!: string;

  @Field({ defaultValue: '', description: 'The caption as posted.' })
  @MaxLength(CAPTION_MAX)
  caption!: string;

  @Field({ description: 'Link to the video (https).' })
  @IsHttpsUrl()
  url!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was posted.' })
  publishedAt!: Date;

  @Field(() => Int, { description: 'Length in seconds.' })
  @IsInt()
  @Min(1)
  durationSeconds!: number;

  @Field(() => ContentStrategy, { description: 'The content strategy it uses.' })
  strategy!: ContentStrategy;

  @Field(() => [Topic], { defaultValue: [], description: 'What it is about.' })
  @ArrayMaxSize(20)
  topics!: Topic[];

  @Field(() => [String], { defaultValue: [], description: 'Hashtags, with or without #.' })
  @ArrayMaxSize(50)
  @Matches(HASHTAG, { each: true, message: 'each hashtag must be letters, digits or underscores' })
  hashtags!: string[];

  @Field(() => GraphQLSafeInt, { defaultValue: 0, description: 'Views so far.' })
  @Min(0)
  views!: number;

  @Field(() => GraphQLSafeInt, { defaultValue: 0, description: 'Likes so far.' })
  @Min(0)
  likes!: number;

  @Field(() => GraphQLSafeInt, { defaultValue: 0, description: 'Shares so far.' })
  @Min(0)
  shares!: number;
}

@InputType({ description: 'Changes to an awareness video; fields left out stay as they are.' })
export class UpdateVideoInput extends UpdateInputBase {
  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOmittable()
  @Length(1, TITLE_MAX)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New caption.' })
  @IsOmittable()
  @IsString()
  @MaxLength(CAPTION_MAX)
  caption?: string;

  @Field(() => String, { nullable: true, description: 'New link (https).' })
  @IsOmittable()
  @IsHttpsUrl()
  url?: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'New posting time.' })
  @IsOmittable()
  publishedAt?: Date;

  @Field(() => Int, { nullable: true, description: 'New length in seconds.' })
  @IsOmittable()
  @IsInt()
  @Min(1)
  durationSeconds?: number;

  @Field(() => ContentStrategy, { nullable: true, description: 'New content strategy.' })
  @IsOmittable()
  strategy?: ContentStrategy;

  @Field(() => [Topic], { nullable: true, description: 'New topics; the advisory follows them.' })
  @IsOmittable()
  @ArrayMaxSize(20)
  topics?: Topic[];

  @Field(() => [String], { nullable: true, description: 'New hashtags.' })
  @IsOmittable()
  @ArrayMaxSize(50)
  @Matches(HASHTAG, { each: true, message: 'each hashtag must be letters, digits or underscores' })
  hashtags?: string[];

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'New view count.' })
  @IsOmittable()
  @Min(0)
  views?: number;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'New like count.' })
  @IsOmittable()
  @Min(0)
  likes?: number;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'New share count.' })
  @IsOmittable()
  @Min(0)
  shares?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Replace the advisory warning text (staff wording); send an empty string to go back to the derived text.',
  })
  @IsOmittable()
  @IsString()
  @MaxLength(500)
  advisoryWarningOverride?: string;
}

export const normaliseHashtags = (tags: readonly string[]) => [
  ...new Set(tags.map((t) => t.replace(/^#/, '').toLowerCase())),
];
