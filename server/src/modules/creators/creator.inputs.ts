/** Arguments and inputs of the creator queries and mutations. */

import { BIO_MAX, NAME_MAX, SEARCH_MAX } from '@beacon/shared';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GraphQLDateTime, GraphQLSafeInt } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { Topic } from '../common/domain-enums.js';
import { describeEnum } from '../common/enums.js';
import { UpdateInputBase } from '../common/inputs.js';
import { IsHandle, IsHttpsUrl, IsOmittable, IsRegionCode } from '../common/validators.js';
import { ConsentScope, CreatorStatus } from './creator.entity.js';

export enum CreatorOrder {
  HANDLE = 'HANDLE',
  NAME = 'NAME',
  FOLLOWERS = 'FOLLOWERS',
  NEWEST = 'NEWEST',
}

describeEnum(CreatorOrder, 'CreatorOrder', 'How to order a list of creators.', {
  HANDLE: 'By handle, A to Z (the default).',
  NAME: 'By display name, A to Z, ignoring case and accents.',
  FOLLOWERS: 'Most followers first.',
  NEWEST: 'Most recently added first.',
});

/** The follower count's column is a 32-bit integer on both engines; no account comes near it. */
export const FOLLOWER_COUNT_MAX = 2_147_483_647;
@InputType({ description: 'Which creators to list.' })
export class CreatorFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Text found in the handle or display name (case-insensitive).',
  })
  @IsOptional()
  @MaxLength(SEARCH_MAX)
  search?: string | null;

  @Field(() => Topic, { nullable: true, description: 'Only creators covering this topic.' })
  topic?: Topic | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only creators based in this ISO 3166-1 alpha-2 region.',
  })
  @IsOptional()
  @IsRegionCode()
  region?: string | null;

  @Field(() => CreatorStatus, {
    nullable: true,
    description: 'Only creators with this standing (staff only).',
  })
  status?: CreatorStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only creators whose spotlight consent is active (true) or missing or withdrawn (false). Staff only.',
  })
  hasActiveConsent?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Include archived creators (staff only).',
  })
  includeArchived?: boolean;
}

@InputType({ description: 'Spotlight consent as the creator gave it.' })
export class ConsentInput {
  @Field(() => ConsentScope, { description: 'What the creator agreed to.' })
  @IsIn(Object.values(ConsentScope))
  scope!: ConsentScope;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When consent was given; now when left out.' })
  givenAt?: Date | null;
}

@InputType({ description: 'A new creator.' })
export class CreateCreatorInput {
  @Field({ description: 'Unique handle; a leading @ is dropped and it is stored in lower case.' })
  @IsHandle()
  handle!: string;

  @Field({ description: 'Name shown on the profile.' })
  @Length(1, NAME_MAX)
  displayName!: string;

  @Field({ defaultValue: '', description: 'Profile biography.' })
  @MaxLength(BIO_MAX)
  bio!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code of where the creator is based.' })
  @IsRegionCode()
  region!: string;

  @Field(() => [String], { defaultValue: [], description: 'BCP 47 language tags.' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 35, { each: true })
  languages!: string[];

  @Field(() => [Topic], { defaultValue: [], description: 'Topics the creator covers.' })
  @ArrayMaxSize(20)
  topics!: Topic[];

  @Field(() => GraphQLSafeInt, {
    defaultValue: 0,
    description: `Followers on the platform (0 to ${FOLLOWER_COUNT_MAX}).`,
  })
  @IsInt()
  @Min(0)
  @Max(FOLLOWER_COUNT_MAX)
  followerCount!: number;

  @Field({ description: "Link to the creator's profile (https)." })
  @IsHttpsUrl()
  profileUrl!: string;

  @Field(() => ConsentInput, { nullable: true, description: 'Spotlight consent, if already given.' })
  @IsOptional()
  @ValidateNested()
  consent?: ConsentInput | null;
}

@InputType({ description: 'Changes to a creator; fields left out stay as they are.' })
export class UpdateCreatorInput extends UpdateInputBase {
  @Field(() => String, { nullable: true, description: 'New handle.' })
  @IsOmittable()
  @IsHandle()
  handle?: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  @IsOmittable()
  @Length(1, NAME_MAX)
  displayName?: string;

  @Field(() => String, { nullable: true, description: 'New biography.' })
  @IsOmittable()
  @IsString()
  @MaxLength(BIO_MAX)
  bio?: string;

  @Field(() => String, { nullable: true, description: 'New region.' })
  @IsOmittable()
  @IsRegionCode()
  region?: string;

  @Field(() => [String], { nullable: true, description: 'New language tags.' })
  @IsOmittable()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 35, { each: true })
  languages?: string[];

  @Field(() => [Topic], { nullable: true, description: 'New topics.' })
  @IsOmittable()
  @ArrayMaxSize(20)
  topics?: Topic[];

  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: `New follower count (0 to ${FOLLOWER_COUNT_MAX}).`,
  })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(FOLLOWER_COUNT_MAX)
  followerCount?: number;

  @Field(() => String, { nullable: true, description: 'New profile link (https).' })
  @IsOmittable()
  @IsHttpsUrl()
  profileUrl?: string;

  @Field(() => CreatorStatus, { nullable: true, description: 'New standing.' })
  @IsOmittable()
  @IsIn(Object.values(CreatorStatus))
  status?: CreatorStatus;
}

@InputType({ description: "Record or replace a creator's spotlight consent." })
export class RecordConsentInput extends UpdateInputBase {
  @Field(() => ConsentInput, { description: 'The consent given.' })
  @ValidateNested()
  consent!: ConsentInput;
}

@InputType({ description: "Withdraw a creator's spotlight consent." })
export class WithdrawConsentInput extends UpdateInputBase {}
