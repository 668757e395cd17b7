/** GraphQL surface of ad-credit grants: staff-only lists and totals, and catalogue mutations. */
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Campaign } from '../campaigns/campaign.entity.js';
import { requiredById } from '../common/batch.js';
import { actorOf } from '../common/catalogue.js';
import { ConnectionArgs } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { ArchiveInput } from '../common/inputs.js';
import { PayloadType, payload } from '../common/payload.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Permission } from '../staff/staff-role.js';
import { AdCreditGrant } from './ad-credit-grant.entity.js';
import { AdCreditGrantConnection } from './grant.children.js';
import {
  CreateAdCreditGrantInput,
  GrantFilter,
  GrantOrder,
  GrantTotalsArgs,
  UpdateAdCreditGrantInput,
} from './grant.inputs.js';
import * as grants from './grant.service.js';
import { GrantTotals, grantTotals } from './grant-totals.js';

const AdCreditGrantPayload = PayloadType(
  AdCreditGrant,
  'grant',
  'The result of an ad-credit grant mutation.',
);

@Resolver(() => AdCreditGrant)
export class AdCreditGrantResolver {
  @Authorized(Permission.STAFF_READ)
  @Query(() => AdCreditGrantConnection, {
    description:
      'Ad-credit grants to partner organisations, newest first unless ordered otherwise (staff only).',
  })
  adCreditGrants(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => GrantFilter, { nullable: true, description: 'Which grants to list.' })
    filter?: GrantFilter,
    @Arg('orderBy', () => GrantOrder, { defaultValue: GrantOrder.NEWEST, description: 'Order of the list.' })
    orderBy: GrantOrder = GrantOrder.NEWEST,
  ) {
    return grants.listGrants(ctx, filter, orderBy, page);
  }

  @Authorized(Permission.STAFF_READ)
  @Query(() => GrantTotals, {
    description:
      'Unarchived ad-credit grants in one currency, summed per campaign or per organisation: the largest few, the grand total and how many holders share it (staff only).',
  })
  adCreditGrantTotals(@Ctx() ctx: Context, @Args(() => GrantTotalsArgs) args: GrantTotalsArgs) {
    return grantTotals(ctx, args);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation receiving the credits.' })
  async organisation(@Ctx() ctx: Context, @Root() grant: AdCreditGrant) {
    return requiredById(ctx, Organisation, grant.organisation.id);
  }

  @FieldResolver(() => Campaign, { description: 'The campaign the credits are for.' })
  async campaign(@Ctx() ctx: Context, @Root() grant: AdCreditGrant) {
    return requiredById(ctx, Campaign, grant.campaign.id);
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => AdCreditGrantPayload, {
    description: 'Grant ad credits to an organisation for a campaign.',
  })
  async createAdCreditGrant(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateAdCreditGrantInput, { description: 'The new grant.' })
    input: CreateAdCreditGrantInput,
  ) {
    return payload(await grants.createGrant(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => AdCreditGrantPayload, { description: "Change a grant's amount, status or note." })
  async updateAdCreditGrant(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateAdCreditGrantInput, {
      description: 'Which grant, the version you last read, and what changes.',
    })
    input: UpdateAdCreditGrantInput,
  ) {
    return payload(await grants.updateGrant(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => AdCreditGrantPayload, {
    description: 'Archive a grant: left out of lists and totals, kept for history.',
  })
  async archiveAdCreditGrant(
    @Ctx() ctx: Context,
    @Arg('input', () => ArchiveInput, { description: 'The grant to archive and the version you last read.' })
    input: ArchiveInput,
  ) {
    return payload(await grants.archiveGrant(ctx.em, actorOf(ctx), input.id, input.expectedVersion));
  }
}
