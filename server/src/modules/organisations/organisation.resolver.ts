/** GraphQL surface of partner organisations: public lists, staff catalogue mutations, staff-only nested lists. */
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf } from '../common/catalogue.js';
import { ConnectionArgs } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { ArchiveInput } from '../common/inputs.js';
import { Money } from '../common/money.js';
import { PayloadType, payload } from '../common/payload.js';
import {
  AdCreditGrantConnection,
  grantsOfOrganisation,
  grantTotalOfOrganisation,
} from '../grants/grant.children.js';
import { Permission } from '../staff/staff-role.js';
import { enrolmentsOfOrganisation, TrainingEnrolmentConnection } from '../training/training.children.js';
import { OrganisationConnection } from './organisation.children.js';
import { Organisation } from './organisation.entity.js';
import {
  CreateOrganisationInput,
  OrganisationFilter,
  UpdateOrganisationInput,
} from './organisation.inputs.js';
import * as organisations from './organisation.service.js';

const OrganisationPayload = PayloadType(
  Organisation,
  'organisation',
  'The result of an organisation mutation.',
);

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, {
    description: 'Partner organisations of the programme, by name. Public clients see unarchived ones.',
  })
  organisations(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: 'Which organisations to list.' })
    filter?: OrganisationFilter,
  ) {
    return organisations.listOrganisations(ctx, filter, page);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => AdCreditGrantConnection, {
    nullable: true,
    description: "The organisation's unarchived ad-credit grants, newest first (staff only).",
  })
  grants(
    @Ctx() ctx: Context,
    @Root() organisation: Organisation,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return grantsOfOrganisation(ctx, organisation.id, page);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => [Money], {
    nullable: true,
    description:
      "The sum of the organisation's unarchived grants across campaigns in each currency, in integer minor units, by currency code (staff only).",
  })
  grantTotal(@Ctx() ctx: Context, @Root() organisation: Organisation) {
    return grantTotalOfOrganisation(ctx, organisation.id);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => TrainingEnrolmentConnection, {
    nullable: true,
    description: "The organisation's training enrolments, oldest first (staff only).",
  })
  enrolments(
    @Ctx() ctx: Context,
    @Root() organisation: Organisation,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return enrolmentsOfOrganisation(ctx, organisation, page);
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => OrganisationPayload, { description: 'Add a partner organisation.' })
  async createOrganisation(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateOrganisationInput, { description: 'The new organisation.' })
    input: CreateOrganisationInput,
  ) {
    return payload(await organisations.createOrganisation(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => OrganisationPayload, { description: 'Change a partner organisation.' })
  async updateOrganisation(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateOrganisationInput, {
      description: 'Which organisation, the version you last read, and what changes.',
    })
    input: UpdateOrganisationInput,
  ) {
    return payload(await organisations.updateOrganisation(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => OrganisationPayload, {
    description: 'Archive a partner organisation: hidden from public queries, kept for history.',
  })
  async archiveOrganisation(
    @Ctx() ctx: Context,
    @Arg('input', () => ArchiveInput, {
      description: 'The organisation to archive and the version you last read.',
    })
    input: ArchiveInput,
  ) {
    return payload(
      await organisations.archiveOrganisation(ctx.em, actorOf(ctx), input.id, input.expectedVersion),
    );
  }
}
