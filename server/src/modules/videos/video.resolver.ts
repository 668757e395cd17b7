/** GraphQL surface of awareness videos: public lists with advisories, staff catalogue mutations. */
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { requiredById } from '../common/batch.js';
import { actorOf } from '../common/catalogue.js';
import { ConnectionArgs } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { ArchiveInput, InputArg } from '../common/inputs.js';
import { PayloadType, payload } from '../common/payload.js';
import { Creator } from '../creators/creator.entity.js';
import { CrisisResourceConnection } from '../crisis-resources/crisis-resource.resolver.js';
import { listForReader, nestedReaderRegion } from '../crisis-resources/crisis-resource.service.js';
import { Permission } from '../staff/staff-role.js';
import { AwarenessVideo } from './awareness-video.entity.js';
import { advisoryOf, ContentAdvisory } from './content-advisory.js';
import { AwarenessVideoConnection } from './video.children.js';
import { CreateVideoInput, UpdateVideoInput, VideoFilter, VideoOrder } from './video.inputs.js';
import * as videos from './video.service.js';

const AwarenessVideoPayload = PayloadType(
  AwarenessVideo,
  'video',
  'The result of an awareness video mutation.',
);

@Resolver(() => ContentAdvisory)
export class ContentAdvisoryResolver {
  @FieldResolver(() => CrisisResourceConnection, {
    description:
      "Crisis resources to show beside the video for the reader's region (argument, else the region of the enclosing hub or preview, else the deployment's region header, else global), those for its sensitive topics first.",
  })
  crisisResources(
    @Ctx() ctx: Context,
    @Root() advisory: ContentAdvisory,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('region', () => String, {
      nullable: true,
      description:
        "The reader's ISO 3166-1 alpha-2 region; inside `hub` or `spotlightPreview`, their region when left out.",
    })
    region?: string | null,
  ) {
    return listForReader(ctx, nestedReaderRegion(ctx, info, region), advisory.sensitiveTopics, page);
  }
}

@Resolver(() => AwarenessVideo)
export class AwarenessVideoResolver {
  @Query(() => AwarenessVideoConnection, { description: 'Awareness videos with their content advisories.' })
  awarenessVideos(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => VideoFilter, { nullable: true, description: 'Which videos to list.' })
    filter?: VideoFilter,
    @Arg('orderBy', () => VideoOrder, { defaultValue: VideoOrder.NEWEST, description: 'Order of the list.' })
    orderBy: VideoOrder = VideoOrder.NEWEST,
  ) {
    return videos.listVideos(ctx, filter, orderBy, page);
  }

  @FieldResolver(() => Creator, { description: 'The creator who posted it.' })
  async creator(@Ctx() ctx: Context, @Root() video: AwarenessVideo) {
    return requiredById(ctx, Creator, video.creator.id);
  }

  @FieldResolver(() => ContentAdvisory, { description: 'The content advisory derived from its topics.' })
  advisory(@Root() video: AwarenessVideo) {
    return advisoryOf(video);
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => AwarenessVideoPayload, { description: 'Add an awareness video to the catalogue.' })
  async createAwarenessVideo(
    @Ctx() ctx: Context,
    @InputArg(() => CreateVideoInput)
    input: CreateVideoInput,
  ) {
    return payload(await videos.createVideo(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => AwarenessVideoPayload, {
    description: 'Change an awareness video (its advisory follows its topics).',
  })
  async updateAwarenessVideo(
    @Ctx() ctx: Context,
    @InputArg(() => UpdateVideoInput)
    input: UpdateVideoInput,
  ) {
    return payload(await videos.updateVideo(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => AwarenessVideoPayload, { description: 'Archive an awareness video.' })
  async archiveAwarenessVideo(
    @Ctx() ctx: Context,
    @InputArg(() => ArchiveInput)
    input: ArchiveInput,
  ) {
    return payload(await videos.archiveVideo(ctx.em, actorOf(ctx), input.id, input.expectedVersion));
  }
}
