/**
 * GraphQL surface of campaigns: public lists and hubs with programming windows and partners, staff-only
 * grants and totals, and the staff mutations that change a campaign under its version.
 */
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requiredById } from '../common/batch.js';
import { actorOf } from '../common/catalogue.js';
import { ConnectionArgs, ConnectionType } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { ArchiveInput } from '../common/inputs.js';
import { Money } from '../common/money.js';
import { PayloadType, payload } from '../common/payload.js';
import { readsStaffData } from '../common/visibility.js';
import { AdCreditGrantConnection, grantsOfCampaign, grantTotalOfCampaign } from '../grants/grant.children.js';
import { OrganisationConnection, partnersOfCampaign } from '../organisations/organisation.children.js';
import { Permission } from '../staff/staff-role.js';
import { ProgrammingWindowConnection, windowsOfCampaign } from './campaign.children.js';
import { Campaign, ProgrammingWindow } from './campaign.entity.js';
import {
  AddProgrammingWindowInput,
  CampaignFilter,
  CampaignOrder,
  CreateCampaignInput,
  RemoveProgrammingWindowInput,
  UpdateCampaignInput,
} from './campaign.inputs.js';
import * as campaigns from './campaign.service.js';

export const CampaignConnection = ConnectionType(Campaign, 'Campaign', 'campaign');
const CampaignPayload = PayloadType(Campaign, 'campaign', 'The result of a campaign mutation.');

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignConnection, {
    description:
      'Awareness campaigns, newest first unless `orderBy` says otherwise. Public clients see unarchived campaigns.',
  })
  campaigns(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => CampaignFilter, { nullable: true, description: 'Which campaigns to list.' })
    filter?: CampaignFilter,
    @Arg('orderBy', () => CampaignOrder, {
      defaultValue: CampaignOrder.NEWEST,
      description: 'Order of the list.',
    })
    orderBy: CampaignOrder = CampaignOrder.NEWEST,
  ) {
    return campaigns.listCampaigns(ctx, filter, orderBy, page);
  }

  @Query(() => Campaign, {
    nullable: true,
    description: 'A campaign by slug; null when there is none or it is archived (for public clients).',
  })
  campaign(@Ctx() ctx: Context, @Arg('slug', { description: 'The campaign slug.' }) slug: string) {
    return campaigns.campaignBySlug(ctx.em, slug, { publicOnly: !readsStaffData(ctx) });
  }

  @FieldResolver(() => ProgrammingWindowConnection, {
    description:
      'The curated programming windows of the campaign, earliest first. A campaign has at most 100, so `first: 100` lists them all.',
  })
  programmingWindows(
    @Ctx() ctx: Context,
    @Root() campaign: Campaign,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return windowsOfCampaign(ctx, campaign.id, page);
  }

  @FieldResolver(() => OrganisationConnection, {
    description: 'The partner organisations of the campaign, by name.',
  })
  partners(
    @Ctx() ctx: Context,
    @Root() campaign: Campaign,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return partnersOfCampaign(ctx, campaign, page, { publicOnly: !readsStaffData(ctx) });
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => AdCreditGrantConnection, {
    nullable: true,
    description: "The campaign's unarchived ad-credit grants, newest first (staff only).",
  })
  grants(@Ctx() ctx: Context, @Root() campaign: Campaign, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return grantsOfCampaign(ctx, campaign.id, page);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => [Money], {
    nullable: true,
    description:
      "The sum of the campaign's unarchived grants in each currency, in integer minor units, by currency code (staff only).",
  })
  grantTotal(@Ctx() ctx: Context, @Root() campaign: Campaign) {
    return grantTotalOfCampaign(ctx, campaign.id);
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CampaignPayload, { description: 'Add an awareness campaign.' })
  async createCampaign(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCampaignInput, { description: 'The new campaign.' }) input: CreateCampaignInput,
  ) {
    return payload(await campaigns.createCampaign(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CampaignPayload, { description: 'Change a campaign, or replace its partners.' })
  async updateCampaign(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCampaignInput, {
      description: 'Which campaign, the version you last read, and what changes.',
    })
    input: UpdateCampaignInput,
  ) {
    return payload(await campaigns.updateCampaign(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CampaignPayload, {
    description: 'Archive a campaign: hidden from public queries, kept for history.',
  })
  async archiveCampaign(
    @Ctx() ctx: Context,
    @Arg('input', () => ArchiveInput, {
      description: 'The campaign to archive and the version you last read.',
    })
    input: ArchiveInput,
  ) {
    return payload(await campaigns.archiveCampaign(ctx.em, actorOf(ctx), input.id, input.expectedVersion));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CampaignPayload, {
    description:
      'Add a programming window to a campaign (a change to the campaign: its version moves on). A campaign has at most 100 windows: another is refused with CAPACITY_REACHED (`extensions.limit`) and changes nothing.',
  })
  async addProgrammingWindow(
    @Ctx() ctx: Context,
    @Arg('input', () => AddProgrammingWindowInput, {
      description: 'The campaign, the version you last read, and the window to add.',
    })
    input: AddProgrammingWindowInput,
  ) {
    return payload(await campaigns.addProgrammingWindow(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CampaignPayload, {
    description: "Remove a programming window from its campaign (the campaign's version moves on).",
  })
  async removeProgrammingWindow(
    @Ctx() ctx: Context,
    @Arg('input', () => RemoveProgrammingWindowInput, {
      description: 'The window to remove and the campaign version you last read.',
    })
    input: RemoveProgrammingWindowInput,
  ) {
    return payload(await campaigns.removeProgrammingWindow(ctx.em, actorOf(ctx), input));
  }
}

@Resolver(() => ProgrammingWindow)
export class ProgrammingWindowResolver {
  @FieldResolver(() => Campaign, { description: 'The campaign the window belongs to.' })
  async campaign(@Ctx() ctx: Context, @Root() window: ProgrammingWindow) {
    return requiredById(ctx, Campaign, window.campaign.id);
  }
}
