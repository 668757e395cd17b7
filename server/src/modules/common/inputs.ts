/** Input pieces every catalogue mutation shares. */
import { Min } from 'class-validator';
import { Arg, type ClassType, Field, ID, InputType, Int } from 'type-graphql';

/** The description every mutation's `input` argument shares: each input type documents its own fields. */
export const INPUT_ARG_DESCRIPTION = 'What to do; see the input type for each field.';

/** A mutation's `input` argument: `@InputArg(() => CreateCreatorInput) input: CreateCreatorInput`. */
export const InputArg = (type: () => ClassType) => Arg('input', type, { description: INPUT_ARG_DESCRIPTION });

@InputType({
  description: 'Archive a record: hidden from public queries and default lists, kept for history.',
})
export class ArchiveInput {
  @Field(() => ID, { description: 'The record to archive.' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read; a newer one fails with CONFLICT.' })
  @Min(1)
  expectedVersion!: number;
}

/** A step on a record that takes nothing but the record and the version you read (approve, publish…). */
@InputType({ description: 'A record and the version you last read; a newer version fails with CONFLICT.' })
export class VersionedInput {
  @Field(() => ID, { description: 'The record.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you last read; a newer one fails with CONFLICT and changes nothing.',
  })
  @Min(1)
  expectedVersion!: number;
}

/** Base for update inputs: which record, and the version the editor last read. */
@InputType()
export abstract class UpdateInputBase {
  @Field(() => ID, { description: 'The record to update.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you last read; a newer one fails with CONFLICT and changes nothing.',
  })
  @Min(1)
  expectedVersion!: number;
}
