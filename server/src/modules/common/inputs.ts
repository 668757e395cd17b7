/** Input pieces every catalogue mutation shares. */
import { Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

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
