/** GraphQL surface of the bulk creator import: start, add rows in chunks, commit or cancel, and progress. */
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { requiredById } from '../common/batch.js';
import { actorOf } from '../common/catalogue.js';
import { ConnectionArgs, ConnectionType } from '../common/connection.js';
import { type Context, loader } from '../common/context.js';
import { Permission } from '../staff/staff-role.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { CreatorImport, CreatorImportRow } from './creator-import.entity.js';
import {
  AddCreatorImportRowsInput,
  CreatorImportInput,
  StartCreatorImportInput,
} from './creator-import.inputs.js';
import * as imports from './creator-import.service.js';

const CreatorImportRowConnection = ConnectionType(CreatorImportRow, 'CreatorImportRow', 'import row');

@ObjectType({ description: 'The result of a bulk import step.' })
class CreatorImportPayload {
  @Field(() => CreatorImport, { description: 'The import after the step.' })
  creatorImport!: CreatorImport;
}

@ObjectType({ description: 'The result of adding a chunk of rows to an import.' })
class AddCreatorImportRowsPayload {
  @Field(() => CreatorImport, { description: 'The import, with its progress after this chunk.' })
  creatorImport!: CreatorImport;

  @Field(() => [CreatorImportRow], {
    description: "This chunk's rows, in the order sent, each with its problems.",
  })
  rows!: CreatorImportRow[];
}

/** Received and invalid row counts, once per import per request. */
const countsOf = (ctx: Context, creatorImport: CreatorImport) =>
  loader(ctx, `creatorImport.counts:${creatorImport.id}:${creatorImport.version}`, () =>
    imports.rowCounts(ctx.em, creatorImport),
  );

@Resolver(() => CreatorImport)
export class CreatorImportResolver {
  @Authorized(Permission.CATALOGUE_WRITE)
  @Query(() => CreatorImport, {
    nullable: true,
    description: 'A bulk creator import by ID, to resume one or show its progress; null when there is none.',
  })
  creatorImport(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The import.' }) id: string) {
    return imports.importById(ctx.em, id);
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CreatorImportPayload, {
    description:
      'Start a bulk import of creators (for example from a CSV file). Nothing reaches the catalogue until `commitCreatorImport`.',
  })
  async startCreatorImport(
    @Ctx() ctx: Context,
    @Arg('input', () => StartCreatorImportInput, {
      description: 'What is imported and how many rows it has.',
    })
    input: StartCreatorImportInput,
  ) {
    return { creatorImport: await imports.startImport(ctx.em, actorOf(ctx), input) };
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => AddCreatorImportRowsPayload, {
    description:
      "Add a chunk of rows to your open import. Each row is validated as createCreator validates, plus duplicate handles in the import and in the catalogue; the answer lists each row's problems by field with stable codes. A row number sent again replaces that row, so a retried chunk adds nothing twice.",
  })
  addCreatorImportRows(
    @Ctx() ctx: Context,
    @Arg('input', () => AddCreatorImportRowsInput, { description: 'The import and the rows.' })
    input: AddCreatorImportRowsInput,
  ) {
    return imports.addRows(ctx.em, actorOf(ctx), input);
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CreatorImportPayload, {
    description:
      'Create every row of your open import as a creator, in one transaction: all or none. Any problem (checked again now) refuses the whole commit with BAD_USER_INPUT, listing the rows in `extensions.rows`; fix those rows and commit again.',
  })
  async commitCreatorImport(
    @Ctx() ctx: Context,
    @Arg('input', () => CreatorImportInput, { description: 'The import to commit.' })
    input: CreatorImportInput,
  ) {
    return { creatorImport: await imports.commitImport(ctx.em, actorOf(ctx), input.importId) };
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CreatorImportPayload, { description: 'Give up your open import: nothing is imported.' })
  async cancelCreatorImport(
    @Ctx() ctx: Context,
    @Arg('input', () => CreatorImportInput, { description: 'The import to cancel.' })
    input: CreatorImportInput,
  ) {
    return { creatorImport: await imports.cancelImport(ctx.em, actorOf(ctx), input.importId) };
  }

  @FieldResolver(() => StaffUser, {
    description: 'Who started the import (only they may add to, commit or cancel it).',
  })
  startedBy(@Ctx() ctx: Context, @Root() creatorImport: CreatorImport) {
    return requiredById(ctx, StaffUser, creatorImport.startedBy.id);
  }

  @FieldResolver(() => Int, {
    description:
      'How many rows have been received (0 once committed, cancelled or expired: the rows are gone).',
  })
  async receivedRows(@Ctx() ctx: Context, @Root() creatorImport: CreatorImport) {
    return (await countsOf(ctx, creatorImport)).received;
  }

  @FieldResolver(() => Int, { description: 'How many received rows have problems as they stand.' })
  async invalidRows(@Ctx() ctx: Context, @Root() creatorImport: CreatorImport) {
    return (await countsOf(ctx, creatorImport)).invalid;
  }

  @FieldResolver(() => CreatorImportRowConnection, {
    description: 'The received rows that have problems, by row number, for a preview of what to fix.',
  })
  problemRows(
    @Ctx() ctx: Context,
    @Root() creatorImport: CreatorImport,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return imports.problemRows(ctx, creatorImport, page);
  }
}
