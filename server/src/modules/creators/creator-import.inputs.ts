/**
 * Inputs of the bulk creator import. Row fields are text as a CSV cell holds it (lists as lists of text),
 * so one bad cell is reported against its row and field instead of failing the whole chunk; each row is
 * then validated exactly as `createCreator` validates its input.
 */
import { NAME_MAX } from '@beacon/shared';
import { ArrayMaxSize, ArrayMinSize, IsInt, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/** The most rows one import may hold. */
export const IMPORT_ROWS_MAX = 10_000;
/** The most rows one chunk may carry: 200 rows of the longest allowed values stay under the 1 MB request limit. */
export const IMPORT_CHUNK_MAX = 200;

@InputType({ description: 'Start a bulk import of creators.' })
export class StartCreatorImportInput {
  @Field({ description: 'What is being imported, usually the file name (1 to 200 characters).' })
  @Length(1, NAME_MAX)
  label!: string;

  @Field(() => Int, {
    description: `How many rows the file has (1 to ${IMPORT_ROWS_MAX}), for the progress bar.`,
  })
  @IsInt()
  @Min(1)
  @Max(IMPORT_ROWS_MAX)
  expectedRows!: number;
}

@InputType({
  description:
    'One row of the file, as text. Empty cells may be left out; defaults are those of `createCreator` (no bio, no languages, no topics, 0 followers, no consent).',
})
export class CreatorImportRowInput {
  @Field(() => Int, {
    description: `The row's number in the file (1 to ${IMPORT_ROWS_MAX}, unique in the import); sending it again replaces that row.`,
  })
  rowNumber!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Handle; a leading @ is dropped and it is stored in lower case.',
  })
  handle?: string | null;

  @Field(() => String, { nullable: true, description: 'Name shown on the profile.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Profile biography.' })
  bio?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 region, such as GB.' })
  region?: string | null;

  @Field(() => [String], { nullable: true, description: 'BCP 47 language tags, such as en or pt-BR.' })
  languages?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Topic names as the `Topic` enum spells them, such as ANXIETY.',
  })
  topics?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Followers, a whole number (digits; thousands separators allowed).',
  })
  followerCount?: string | null;

  @Field(() => String, { nullable: true, description: "Link to the creator's profile (https)." })
  profileUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Spotlight consent already given: SPOTLIGHT or SPOTLIGHT_AND_PROMOTION; empty for none.',
  })
  consentScope?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When consent was given (ISO 8601 date or instant); now when left out.',
  })
  consentGivenAt?: string | null;
}

@InputType({ description: 'A chunk of rows for an open import.' })
export class AddCreatorImportRowsInput {
  @Field(() => ID, { description: 'The import.' })
  importId!: string;

  @Field(() => [CreatorImportRowInput], { description: `The rows (1 to ${IMPORT_CHUNK_MAX}).` })
  @ArrayMinSize(1)
  @ArrayMaxSize(IMPORT_CHUNK_MAX)
  rows!: CreatorImportRowInput[];
}

@InputType({ description: 'An open import to commit or cancel.' })
export class CreatorImportInput {
  @Field(() => ID, { description: 'The import.' })
  importId!: string;
}
