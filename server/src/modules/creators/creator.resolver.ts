/** GraphQL surface of creators: public profile queries, staff catalogue mutations, nested lists. */
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { childList } from '../common/batch.js';
import { actorOf } from '../common/catalogue.js';
import { ConnectionArgs, ConnectionType } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { ArchiveInput, InputArg } from '../common/inputs.js';
import { PayloadType, payload } from '../common/payload.js';
import { Recognition } from '../recognitions/recognition.entity.js';
import { ENDED_BY_CONSENT_WITHDRAWAL } from '../recognitions/recognition.service.js';
import { Permission } from '../staff/staff-role.js';
import { enrolmentsOfCreator, TrainingEnrolmentConnection } from '../training/training.children.js';
import { AwarenessVideoConnection, videosOfCreator } from '../videos/video.children.js';
import { Creator } from './creator.entity.js';
import {
  CreateCreatorInput,
  CreatorFilter,
  CreatorOrder,
  RecordConsentInput,
  UpdateCreatorInput,
  WithdrawConsentInput,
} from './creator.inputs.js';
import * as creators from './creator.service.js';

export const CreatorConnection = ConnectionType(Creator, 'Creator', 'creator');
const CreatorPayload = PayloadType(Creator, 'creator', 'The result of a creator mutation.');

@Resolver(() => Creator)
export class CreatorResolver {
  @Query(() => CreatorConnection, {
    description:
      'Creators raising mental-health awareness. Public clients see active creators; staff see all.',
  })
  creators(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => CreatorFilter, { nullable: true, description: 'Which creators to list.' })
    filter?: CreatorFilter,
    @Arg('orderBy', () => CreatorOrder, {
      defaultValue: CreatorOrder.HANDLE,
      description: 'Order of the list.',
    })
    orderBy: CreatorOrder = CreatorOrder.HANDLE,
  ) {
    return creators.listCreators(ctx, filter, orderBy, page);
  }

  @Query(() => Creator, {
    nullable: true,
    description: 'A creator by handle (a leading @ and case are ignored).',
  })
  creator(@Ctx() ctx: Context, @Arg('handle', { description: 'The handle.' }) handle: string) {
    return creators.creatorByHandle(ctx, handle);
  }

  @FieldResolver(() => AwarenessVideoConnection, {
    description: "The creator's awareness videos, newest first.",
  })
  videos(@Ctx() ctx: Context, @Root() creator: Creator, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return videosOfCreator(ctx, creator, page);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => TrainingEnrolmentConnection, {
    nullable: true,
    description: "The creator's training enrolments (staff only).",
  })
  enrolments(
    @Ctx() ctx: Context,
    @Root() creator: Creator,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return enrolmentsOfCreator(ctx, creator, page);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => [Recognition], {
    nullable: true,
    description:
      "The spotlights withdrawing this creator's consent would take down now (published and scheduled), for the confirmation before withdrawing (staff only).",
  })
  consentWithdrawalImpact(@Ctx() ctx: Context, @Root() creator: Creator) {
    return childList(
      ctx,
      {
        name: 'creator.consentWithdrawalImpact',
        entity: Recognition,
        parentKey: 'creator',
        where: ENDED_BY_CONSENT_WITHDRAWAL,
        orderBy: { nominatedAt: 'desc', id: 'desc' },
        order: { key: (r) => [r.nominatedAt, r.id], directions: ['desc', 'desc'] },
      },
      creator.id,
    );
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CreatorPayload, { description: 'Add a creator to the catalogue.' })
  async createCreator(
    @Ctx() ctx: Context,
    @InputArg(() => CreateCreatorInput)
    input: CreateCreatorInput,
  ) {
    return payload(await creators.createCreator(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CreatorPayload, { description: "Change a creator's profile or standing." })
  async updateCreator(
    @Ctx() ctx: Context,
    @InputArg(() => UpdateCreatorInput)
    input: UpdateCreatorInput,
  ) {
    return payload(await creators.updateCreator(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CreatorPayload, {
    description: 'Archive a creator: hidden from public queries, kept for history.',
  })
  async archiveCreator(
    @Ctx() ctx: Context,
    @InputArg(() => ArchiveInput)
    input: ArchiveInput,
  ) {
    return payload(await creators.archiveCreator(ctx.em, actorOf(ctx), input.id, input.expectedVersion));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CreatorPayload, { description: "Record (or replace) a creator's spotlight consent." })
  async recordCreatorConsent(
    @Ctx() ctx: Context,
    @InputArg(() => RecordConsentInput)
    input: RecordConsentInput,
  ) {
    return payload(
      await creators.recordConsent(ctx.em, actorOf(ctx), input.id, input.expectedVersion, input.consent),
    );
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => CreatorPayload, { description: "Withdraw a creator's spotlight consent." })
  async withdrawCreatorConsent(
    @Ctx() ctx: Context,
    @InputArg(() => WithdrawConsentInput)
    input: WithdrawConsentInput,
  ) {
    return payload(await creators.withdrawConsent(ctx.em, actorOf(ctx), input.id, input.expectedVersion));
  }
}
