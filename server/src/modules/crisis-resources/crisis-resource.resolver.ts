/** GraphQL surface of crisis resources: the public list for a reader's region, staff verification upkeep. */
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf } from '../common/catalogue.js';
import { ConnectionArgs, ConnectionType } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { Topic } from '../common/domain-enums.js';
import { ArchiveInput, InputArg } from '../common/inputs.js';
import { PayloadType, payload } from '../common/payload.js';
import { Permission } from '../staff/staff-role.js';
import { CrisisResource } from './crisis-resource.entity.js';
import {
  CreateCrisisResourceInput,
  CrisisResourceDirectoryFilter,
  MarkCrisisResourceVerifiedInput,
  UpdateCrisisResourceInput,
} from './crisis-resource.inputs.js';
import * as crisis from './crisis-resource.service.js';

export const CrisisResourceConnection = ConnectionType(CrisisResource, 'CrisisResource', 'crisis resource');
const CrisisResourcePayload = PayloadType(
  CrisisResource,
  'crisisResource',
  'The result of a crisis resource mutation.',
);

@Resolver(() => CrisisResource)
export class CrisisResourceResolver {
  @Query(() => CrisisResourceConnection, {
    description:
      "Crisis resources for a reader's region: the region's own, or the global directory when it has none (so the list is never empty while a global resource exists). Resources specialising in one of `topics` come first, then those for any crisis, then the rest, each by name.",
  })
  crisisResources(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('region', () => String, {
      nullable: true,
      description:
        "ISO 3166-1 alpha-2 code of the reader's region, in upper case. When left out, the region the deployment reports for the request is used, if any; otherwise the global directory.",
    })
    region?: string | null,
    @Arg('topics', () => [Topic], {
      nullable: true,
      description:
        "Topics the reader is looking at (for example a video's topics); matching resources come first.",
    })
    topics?: Topic[] | null,
  ) {
    return crisis.listForReader(ctx, region, topics, page);
  }

  @Authorized(Permission.STAFF_READ)
  @Query(() => CrisisResourceConnection, {
    description: `Live crisis resources not verified for over ${crisis.STALE_AFTER_DAYS} days, least recently verified first (staff only).`,
  })
  staleCrisisResources(@Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return crisis.listStale(ctx, page);
  }

  @Authorized(Permission.STAFF_READ)
  @Query(() => CrisisResourceConnection, {
    description:
      'Every crisis resource, archived ones and those overdue a check included, by name (staff only). Readers are shown `crisisResources` instead.',
  })
  crisisResourceDirectory(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => CrisisResourceDirectoryFilter, {
      nullable: true,
      description: 'Which resources to list.',
    })
    filter?: CrisisResourceDirectoryFilter | null,
  ) {
    return crisis.listDirectory(ctx, filter, page);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: `True when it was last verified over ${crisis.STALE_AFTER_DAYS} days ago and should be re-checked (staff only).`,
  })
  isStale(@Root() resource: CrisisResource) {
    return crisis.isStale(resource);
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CrisisResourcePayload, { description: 'Add a crisis resource.' })
  async createCrisisResource(
    @Ctx() ctx: Context,
    @InputArg(() => CreateCrisisResourceInput)
    input: CreateCrisisResourceInput,
  ) {
    return payload(await crisis.createResource(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CrisisResourcePayload, { description: 'Change a crisis resource.' })
  async updateCrisisResource(
    @Ctx() ctx: Context,
    @InputArg(() => UpdateCrisisResourceInput)
    input: UpdateCrisisResourceInput,
  ) {
    return payload(await crisis.updateResource(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CrisisResourcePayload, {
    description: 'Archive a crisis resource: no longer shown to readers, kept for history.',
  })
  async archiveCrisisResource(
    @Ctx() ctx: Context,
    @InputArg(() => ArchiveInput)
    input: ArchiveInput,
  ) {
    return payload(await crisis.archiveResource(ctx.em, actorOf(ctx), input.id, input.expectedVersion));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CrisisResourcePayload, {
    description: 'Record that staff checked the contact details of a crisis resource still work.',
  })
  async markCrisisResourceVerified(
    @Ctx() ctx: Context,
    @InputArg(() => MarkCrisisResourceVerifiedInput)
    input: MarkCrisisResourceVerifiedInput,
  ) {
    return payload(await crisis.markVerified(ctx.em, actorOf(ctx), input));
  }
}
