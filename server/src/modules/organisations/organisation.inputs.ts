/** Arguments and inputs of the organisation queries and mutations. */
import { BIO_MAX, NAME_MAX, SEARCH_MAX, URL_MAX } from '@beacon/shared';
import { ArrayMaxSize, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Topic } from '../common/domain-enums.js';
import { UpdateInputBase } from '../common/inputs.js';
import { IsHttpsUrl, IsOmittable, IsRegionCode } from '../common/validators.js';
import { OrganisationKind } from './organisation.entity.js';

/** There are fewer than 250 assigned ISO 3166-1 codes. */
const REGIONS_MAX = 250;
const TOPICS_MAX = 20;
const NOT_BLANK = /\S/;

@InputType({ description: 'Which organisations to list.' })
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: 'Text found in the name (case-insensitive).' })
  @IsOptional()
  @MaxLength(SEARCH_MAX)
  search?: string | null;

  @Field(() => Topic, { nullable: true, description: 'Only organisations focusing on this topic.' })
  topic?: Topic | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only organisations that list this ISO 3166-1 alpha-2 region among the regions they serve (worldwide organisations, with no regions listed, do not match).',
  })
  @IsOptional()
  @IsRegionCode()
  region?: string | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'Only organisations of this kind.' })
  kind?: OrganisationKind | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Include archived organisations (staff only).',
  })
  includeArchived?: boolean;
}

@InputType({ description: 'A new partner organisation.' })
export class CreateOrganisationInput {
  @Field({ description: 'Name of the organisation; unique.' })
  @Length(1, NAME_MAX)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @Field(() => OrganisationKind, { description: 'What kind of organisation it is.' })
  @IsIn(Object.values(OrganisationKind))
  kind!: OrganisationKind;

  @Field({ description: 'Its website (https).' })
  @MaxLength(URL_MAX)
  @IsHttpsUrl()
  website!: string;

  @Field({ defaultValue: '', description: 'What it does, in a sentence or two.' })
  @IsString()
  @MaxLength(BIO_MAX)
  description!: string;

  @Field(() => [Topic], { defaultValue: [], description: 'Topics it focuses on.' })
  @ArrayMaxSize(TOPICS_MAX)
  focusTopics!: Topic[];

  @Field(() => [String], {
    defaultValue: [],
    description: 'ISO 3166-1 alpha-2 codes of the regions it serves; empty for worldwide.',
  })
  @ArrayMaxSize(REGIONS_MAX)
  @IsRegionCode({ each: true })
  regionsServed!: string[];
}

@InputType({ description: 'Changes to an organisation; fields left out stay as they are.' })
export class UpdateOrganisationInput extends UpdateInputBase {
  @Field(() => String, { nullable: true, description: 'New name; unique.' })
  @IsOmittable()
  @Length(1, NAME_MAX)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @Field(() => OrganisationKind, { nullable: true, description: 'New kind.' })
  @IsOmittable()
  @IsIn(Object.values(OrganisationKind))
  kind?: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'New website (https).' })
  @IsOmittable()
  @MaxLength(URL_MAX)
  @IsHttpsUrl()
  website?: string;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOmittable()
  @IsString()
  @MaxLength(BIO_MAX)
  description?: string;

  @Field(() => [Topic], { nullable: true, description: 'New focus topics.' })
  @IsOmittable()
  @ArrayMaxSize(TOPICS_MAX)
  focusTopics?: Topic[];

  @Field(() => [String], { nullable: true, description: 'New regions served; empty for worldwide.' })
  @IsOmittable()
  @ArrayMaxSize(REGIONS_MAX)
  @IsRegionCode({ each: true })
  regionsServed?: string[];
}
