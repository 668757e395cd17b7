/**
 * The public awareness hub: `hub(campaign, region)` with the campaign, its programming windows, its
 * published spotlights in order (public creator profile, citation, featured videos with advisories), its
 * partners and the crisis resources for the reader's region. Public responses are cacheable (see
 * public-cache.plugin.ts).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import {
  ProgrammingWindowConnection,
  pageOfLoadedWindows,
  windowsOfCampaign,
} from '../campaigns/campaign.children.js';
import { requiredById } from '../common/batch.js';
import { ConnectionArgs, paginateLoaded } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { recordAudience } from '../common/read-records.js';
import { Creator } from '../creators/creator.entity.js';
import { CrisisResourceConnection } from '../crisis-resources/crisis-resource.resolver.js';
import {
  listForReader,
  readerRegion,
  readerResourcesLoaded,
  scopeReaderRegion,
} from '../crisis-resources/crisis-resource.service.js';
import { OrganisationConnection, pageOfLoadedPartners } from '../organisations/organisation.children.js';
import { featuredVideosOf, pageOfFeaturedVideos } from '../recognitions/featured-videos.js';
import { recognitionById } from '../recognitions/recognition.service.js';
import { Permission } from '../staff/staff-role.js';
import { AwarenessVideoConnection } from '../videos/video.children.js';
import { hubSpotlights, previewSpotlight, publicHubCampaign, SPOTLIGHT_ORDER } from './hub.service.js';
import { Hub, Spotlight, SpotlightConnection, SpotlightPreview } from './hub.types.js';

@Resolver(() => Hub)
export class HubResolver {
  @Query(() => Hub, {
    nullable: true,
    description: "A campaign's public awareness hub; null when there is no such public campaign.",
  })
  async hub(
    @Ctx() ctx: Context,
    @Arg('campaign', { description: 'The campaign slug, for example `mental-health-awareness-month-2023`.' })
    slug: string,
    @Arg('region', () => String, {
      nullable: true,
      description:
        "The reader's ISO 3166-1 alpha-2 region; else the deployment's region header; else global.",
    })
    region: string | null | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Hub | null> {
    const resolvedRegion = readerRegion(ctx, region);
    scopeReaderRegion(ctx, info, resolvedRegion);
    // Public by definition: staff see the same hub a reader would.
    const read = await publicHubCampaign(ctx.em, slug, recordAudience(ctx));
    return read
      ? Object.assign(new Hub(), {
          campaign: read.campaign,
          region: resolvedRegion,
          loadedWindows: read.windows,
          loadedPartners: read.partners,
        })
      : null;
  }

  @FieldResolver(() => ProgrammingWindowConnection, {
    description: 'The programming windows of the campaign, earliest first.',
  })
  programmingWindows(
    @Ctx() ctx: Context,
    @Root() hub: Hub,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return pageOfLoadedWindows(hub.loadedWindows, page) ?? windowsOfCampaign(ctx, hub.campaign.id, page);
  }

  @FieldResolver(() => SpotlightConnection, { description: 'The published spotlights, in rank order.' })
  async spotlights(@Ctx() ctx: Context, @Root() hub: Hub, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    const spotlights = await hubSpotlights(ctx.em, hub.campaign.id, recordAudience(ctx));
    // When this hub's crisis resources are being read too (`crisisResources`, started in the same pass
    // over the hub's fields), the advisories below find them loaded and answer in the same tick.
    await readerResourcesLoaded(ctx, hub.region);
    return paginateLoaded(spotlights, SPOTLIGHT_ORDER, page);
  }

  @FieldResolver(() => OrganisationConnection, { description: 'The partner organisations of the campaign.' })
  partners(@Root() hub: Hub, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return pageOfLoadedPartners(hub.loadedPartners, page);
  }

  @FieldResolver(() => CrisisResourceConnection, {
    description: "Crisis resources for the reader's region, falling back to the global directory.",
  })
  crisisResources(@Ctx() ctx: Context, @Root() hub: Hub, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return listForReader(ctx, hub.region, [], page);
  }
}

@Resolver(() => Spotlight)
export class SpotlightResolver {
  @FieldResolver(() => Creator, { description: "The creator's public profile." })
  creator(@Ctx() ctx: Context, @Root() spotlight: Spotlight) {
    return spotlight.loadedCreator ?? requiredById(ctx, Creator, spotlight.creatorId);
  }

  @FieldResolver(() => AwarenessVideoConnection, {
    description: 'The featured videos, each with its content advisory.',
  })
  featuredVideos(
    @Ctx() ctx: Context,
    @Root() spotlight: Spotlight,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return spotlight.loadedVideos
      ? pageOfFeaturedVideos(spotlight.loadedVideos, page)
      : featuredVideosOf(ctx, spotlight.recognitionId, page, { publicOnly: true });
  }
}

@Resolver(() => SpotlightPreview)
export class SpotlightPreviewResolver {
  @Authorized(Permission.STAFF_READ)
  @Query(() => SpotlightPreview, {
    nullable: true,
    description:
      "A recognition's public hub card, at any stage, exactly as the hub shows it to a reader in `region` (advisories, opt-in, age gate, crisis resources), through the hub's own resolvers; null when there is no such recognition. Staff only.",
  })
  async spotlightPreview(
    @Ctx() ctx: Context,
    @Arg('recognitionId', () => ID, { description: 'The recognition to preview.' }) recognitionId: string,
    @Arg('region', () => String, {
      nullable: true,
      description:
        "The reader's ISO 3166-1 alpha-2 region, as `hub(region)` takes it; else the deployment's region header; else global.",
    })
    region: string | null | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SpotlightPreview | null> {
    const resolvedRegion = readerRegion(ctx, region);
    const recognition = await recognitionById(ctx.em, recognitionId, 'recognitionId');
    if (!recognition) return null;
    scopeReaderRegion(ctx, info, resolvedRegion);
    const parts = await previewSpotlight(ctx.em, recognition);
    return Object.assign(new SpotlightPreview(), {
      ...parts,
      region: resolvedRegion,
      campaignId: recognition.campaign.id,
    });
  }

  @FieldResolver(() => CrisisResourceConnection, {
    description:
      "The crisis resources the campaign's hub lists for the reader's region, as `Hub.crisisResources`.",
  })
  crisisResources(
    @Ctx() ctx: Context,
    @Root() preview: SpotlightPreview,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return listForReader(ctx, preview.region, [], page);
  }
}
