/**
 * The public awareness hub: `hub(campaign, region)` with the campaign, its programming windows, its
 * published spotlights in order (public creator profile, citation, featured videos with advisories), its
 * partners and the crisis resources for the reader's region. Public responses are cacheable (see
 * public-cache.plugin.ts).
 */
import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ProgrammingWindowConnection, windowsOfCampaign } from '../campaigns/campaign.children.js';
import { campaignBySlug } from '../campaigns/campaign.service.js';
import { byId } from '../common/batch.js';
import { ConnectionArgs, paginateLoaded } from '../common/connection.js';
import { type Context, loader } from '../common/context.js';
import { Creator } from '../creators/creator.entity.js';
import { CrisisResourceConnection } from '../crisis-resources/crisis-resource.resolver.js';
import { listForReader, readerRegion } from '../crisis-resources/crisis-resource.service.js';
import { OrganisationConnection, partnersOfCampaign } from '../organisations/organisation.children.js';
import { Recognition } from '../recognitions/recognition.entity.js';
import { AwarenessVideo } from '../videos/awareness-video.entity.js';
import { AwarenessVideoConnection } from '../videos/video.children.js';
import { publishedSpotlights } from './hub.service.js';
import { Hub, Spotlight, SpotlightConnection } from './hub.types.js';

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
    region?: string | null,
  ): Promise<Hub | null> {
    const resolvedRegion = readerRegion(ctx, region);
    // Public by definition: staff see the same hub a reader would.
    const campaign = await campaignBySlug({ ...ctx, user: null }, slug);
    return campaign ? Object.assign(new Hub(), { campaign, region: resolvedRegion }) : null;
  }

  @FieldResolver(() => ProgrammingWindowConnection, {
    description: 'The programming windows of the campaign, earliest first.',
  })
  programmingWindows(
    @Ctx() ctx: Context,
    @Root() hub: Hub,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return windowsOfCampaign(ctx, hub.campaign.id, page);
  }

  @FieldResolver(() => SpotlightConnection, { description: 'The published spotlights, in rank order.' })
  async spotlights(@Ctx() ctx: Context, @Root() hub: Hub, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    const spotlights = (await publishedSpotlights(ctx.em, hub.campaign.id)).map(Spotlight.of);
    return paginateLoaded(
      spotlights,
      { key: (s) => [s.rank, s.recognitionId], directions: ['asc', 'asc'] },
      page,
    );
  }

  @FieldResolver(() => OrganisationConnection, { description: 'The partner organisations of the campaign.' })
  partners(@Ctx() ctx: Context, @Root() hub: Hub, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return partnersOfCampaign(ctx, hub.campaign, page);
  }

  @FieldResolver(() => CrisisResourceConnection, {
    description: "Crisis resources for the reader's region, falling back to the global directory.",
  })
  crisisResources(@Ctx() ctx: Context, @Root() hub: Hub, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return listForReader(ctx, hub.region, [], page);
  }
}

/** Featured videos of many spotlights in one query; only videos still public. */
function featuredOf(ctx: Context, spotlight: Spotlight): Promise<AwarenessVideo[]> {
  const batch = loader(
    ctx,
    'spotlight.featuredVideos',
    () =>
      new DataLoader<string, AwarenessVideo[]>(async (ids) => {
        const rows = await ctx.em.find(
          Recognition,
          { id: { $in: [...ids] } },
          { populate: ['featuredVideos'] },
        );
        const byRecognition = new Map(
          rows.map((r) => [r.id, r.featuredVideos.getItems().filter((v) => !v.archivedAt)]),
        );
        return ids.map((id) => byRecognition.get(id) ?? []);
      }),
  );
  return batch.load(spotlight.recognitionId);
}

@Resolver(() => Spotlight)
export class SpotlightResolver {
  @FieldResolver(() => Creator, { description: "The creator's public profile." })
  async creator(@Ctx() ctx: Context, @Root() spotlight: Spotlight) {
    return (await byId(ctx, Creator, spotlight.creatorId)) as Creator;
  }

  @FieldResolver(() => AwarenessVideoConnection, {
    description: 'The featured videos, each with its content advisory.',
  })
  async featuredVideos(
    @Ctx() ctx: Context,
    @Root() spotlight: Spotlight,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    const videos = [...(await featuredOf(ctx, spotlight))].sort(
      (a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? 1 : -1),
    );
    return paginateLoaded(videos, { key: (v) => [v.publishedAt, v.id], directions: ['desc', 'desc'] }, page);
  }
}
