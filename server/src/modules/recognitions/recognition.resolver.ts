/** GraphQL surface of the spotlight workflow (staff only) and its live updates. */

import { filter, pipe } from '@graphql-yoga/subscription';
import DataLoader from 'dataloader';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { Campaign } from '../campaigns/campaign.entity.js';
import { byId, requiredById } from '../common/batch.js';
import { actorOf } from '../common/catalogue.js';
import { ConnectionArgs, ConnectionType } from '../common/connection.js';
import { type Context, loader } from '../common/context.js';
import { InputArg, VersionedInput } from '../common/inputs.js';
import { expectGlobalId } from '../common/node.js';
import { PayloadType, payload } from '../common/payload.js';
import { Creator } from '../creators/creator.entity.js';
import { Permission } from '../staff/staff-role.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { AwarenessVideoConnection } from '../videos/video.children.js';
import { checkEligibility, EligibilityCheck, NominationEligibility } from './eligibility.js';
import { featuredVideosOf } from './featured-videos.js';
import { TRANSITIONS, Transition } from './lifecycle.js';
import { Recognition } from './recognition.entity.js';
import { RECOGNITION_CHANGED, type RecognitionChange, recognitionPubSub } from './recognition.events.js';
import {
  AddRecognitionNoteInput,
  EditNominationInput,
  NominateInput,
  NominationEligibilityArgs,
  RecognitionFilter,
  RecognitionOrder,
  ReorderSpotlightInput,
  ReviewInput,
  ScheduleInput,
  WithdrawInput,
} from './recognition.inputs.js';
import * as workflow from './recognition.service.js';
import { countByStatus, listRecognitions, RecognitionStatusCount } from './recognition-lists.js';
import { RecognitionNote } from './recognition-note.entity.js';
import { latestReviewNote, notesOf, RecognitionNoteConnection } from './recognition-notes.js';

const RecognitionConnection = ConnectionType(Recognition, 'Recognition', 'recognition');
const RecognitionPayload = PayloadType(
  Recognition,
  'recognition',
  'The result of a spotlight workflow step.',
);

@ObjectType({ description: 'The result of adding a note to a nomination.' })
class AddRecognitionNotePayload {
  @Field(() => RecognitionNote, { description: 'The note added.' })
  note!: RecognitionNote;

  @Field(() => Recognition, { description: 'The recognition it was added to (its `notes` now end with it).' })
  recognition!: Recognition;
}

const staffOrNull = (ctx: Context, ref: StaffUser | null) => (ref ? byId(ctx, StaffUser, ref.id) : null);

@Resolver(() => Recognition)
export class RecognitionResolver {
  @Authorized(Permission.STAFF_READ)
  @Query(() => RecognitionConnection, {
    description:
      'Recognitions (spotlights) at every stage, newest nomination first unless ordered otherwise. Staff only.',
  })
  recognitions(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => RecognitionFilter, { nullable: true, description: 'Which recognitions to list.' })
    filter?: RecognitionFilter,
    @Arg('orderBy', () => RecognitionOrder, {
      defaultValue: RecognitionOrder.NEWEST_NOMINATION,
      description: 'Order of the list.',
    })
    orderBy: RecognitionOrder = RecognitionOrder.NEWEST_NOMINATION,
  ) {
    return listRecognitions(ctx, filter, orderBy, page);
  }

  @Authorized(Permission.STAFF_READ)
  @Query(() => [RecognitionStatusCount], {
    description:
      'How many recognitions matching the filter are at each stage (every status, zeros included, in lifecycle order), for pipeline boards and home-page counts. One query. Staff only.',
  })
  recognitionStatusCounts(
    @Ctx() ctx: Context,
    @Arg('filter', () => RecognitionFilter, {
      nullable: true,
      description: 'Which recognitions to count (the same filter as `recognitions`).',
    })
    filter?: RecognitionFilter,
  ) {
    return countByStatus(ctx, filter);
  }

  @Authorized(Permission.STAFF_READ)
  @Query(() => Recognition, {
    nullable: true,
    description:
      'A recognition (spotlight) at any stage, by ID; null when there is none. An ID of another type is BAD_USER_INPUT. Staff only.',
  })
  recognition(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The recognition.' }) id: string) {
    return workflow.recognitionById(ctx.em, id);
  }

  @Authorized(Permission.STAFF_READ)
  @Query(() => NominationEligibility, {
    description:
      "A creator's eligibility checks for a campaign with the given videos (and draft citation), before nominating: the same checks a recognition shows, plus any live nomination. Creates and audits nothing. Staff only.",
  })
  nominationEligibility(
    @Ctx() ctx: Context,
    @Args(() => NominationEligibilityArgs) args: NominationEligibilityArgs,
  ) {
    return workflow.nominationEligibility(ctx.em, args);
  }

  @FieldResolver(() => Creator, { description: 'The creator recognised.' })
  async creator(@Ctx() ctx: Context, @Root() rec: Recognition) {
    return requiredById(ctx, Creator, rec.creator.id);
  }

  @FieldResolver(() => Campaign, { description: 'The campaign.' })
  async campaign(@Ctx() ctx: Context, @Root() rec: Recognition) {
    return requiredById(ctx, Campaign, rec.campaign.id);
  }

  @FieldResolver(() => AwarenessVideoConnection, { description: 'The videos featured with the spotlight.' })
  featuredVideos(
    @Ctx() ctx: Context,
    @Root() rec: Recognition,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return featuredVideosOf(ctx, rec.id, page, { publicOnly: false });
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => String, {
    nullable: true,
    description: "The latest safety review decision's note. Staff only; never on any public path.",
    deprecationReason: 'Use `notes`: the whole thread, which a later decision never overwrites.',
  })
  reviewerNotes(@Ctx() ctx: Context, @Root() rec: Recognition): Promise<string | null> {
    return latestReviewNote(ctx, rec.id);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => RecognitionNoteConnection, {
    nullable: true,
    description:
      "The nomination's note thread, oldest first: review decisions' notes, resubmission notes and comments. Staff only; never on any public path.",
  })
  notes(@Ctx() ctx: Context, @Root() rec: Recognition, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return notesOf(ctx, rec.id, page);
  }

  @FieldResolver(() => StaffUser, { description: 'Who nominated.' })
  async nominatedBy(@Ctx() ctx: Context, @Root() rec: Recognition) {
    return requiredById(ctx, StaffUser, rec.nominatedBy.id);
  }

  @FieldResolver(() => StaffUser, { nullable: true, description: 'Who made the safety review decision.' })
  reviewedBy(@Ctx() ctx: Context, @Root() rec: Recognition) {
    return staffOrNull(ctx, rec.reviewedBy);
  }

  @FieldResolver(() => StaffUser, { nullable: true, description: 'Who approved.' })
  approvedBy(@Ctx() ctx: Context, @Root() rec: Recognition) {
    return staffOrNull(ctx, rec.approvedBy);
  }

  @FieldResolver(() => StaffUser, { nullable: true, description: 'Who scheduled the publish.' })
  scheduledBy(@Ctx() ctx: Context, @Root() rec: Recognition) {
    return staffOrNull(ctx, rec.scheduledBy);
  }

  @FieldResolver(() => StaffUser, {
    nullable: true,
    description: 'Who published (for a scheduled publish, who scheduled it).',
  })
  publishedBy(@Ctx() ctx: Context, @Root() rec: Recognition) {
    return staffOrNull(ctx, rec.publishedBy);
  }

  @FieldResolver(() => StaffUser, { nullable: true, description: 'Who withdrew.' })
  withdrawnBy(@Ctx() ctx: Context, @Root() rec: Recognition) {
    return staffOrNull(ctx, rec.withdrawnBy);
  }

  @FieldResolver(() => [EligibilityCheck], {
    description: 'Every eligibility check as it stands now; approve and publish need all to pass.',
  })
  eligibility(@Ctx() ctx: Context, @Root() rec: Recognition) {
    // Batched: a board's whole page of recognitions is checked with the same few queries as one.
    const batch = loader(
      ctx,
      'recognition.eligibility',
      () =>
        new DataLoader<Recognition, EligibilityCheck[]>((recs) => checkEligibility(ctx.em, recs), {
          cache: false,
        }),
    );
    return batch.load(rec);
  }

  @Authorized(Permission.NOMINATE)
  @Mutation(() => RecognitionPayload, {
    description:
      'Nominate a creator for a campaign spotlight (one live nomination per creator per campaign).',
  })
  async nominateCreator(
    @Ctx() ctx: Context,
    @InputArg(() => NominateInput)
    input: NominateInput,
  ) {
    return payload(await workflow.nominate(ctx.em, actorOf(ctx), input));
  }

  @Authorized(TRANSITIONS[Transition.EDIT].permission)
  @Mutation(() => RecognitionPayload, {
    description: 'Edit a nomination; a nomination returned for changes goes back to safety review.',
  })
  async editNomination(
    @Ctx() ctx: Context,
    @InputArg(() => EditNominationInput)
    input: EditNominationInput,
  ) {
    return payload(await workflow.editNomination(ctx.em, actorOf(ctx), input));
  }

  @Authorized(TRANSITIONS[Transition.SIGN_OFF].permission)
  @Mutation(() => RecognitionPayload, {
    description: 'Safety review: sign off, return for changes (with notes) or reject. Not by the nominator.',
  })
  async reviewNomination(
    @Ctx() ctx: Context,
    @InputArg(() => ReviewInput)
    input: ReviewInput,
  ) {
    return payload(await workflow.review(ctx.em, actorOf(ctx), input));
  }

  @Authorized(TRANSITIONS[Transition.APPROVE].permission)
  @Mutation(() => RecognitionPayload, {
    description: 'Approve a signed-off nomination; every eligibility check must pass. Not by the nominator.',
  })
  async approveRecognition(
    @Ctx() ctx: Context,
    @Arg('input', () => VersionedInput, { description: 'The recognition and the version you read.' })
    input: VersionedInput,
  ) {
    return payload(await workflow.approve(ctx.em, actorOf(ctx), input.id, input.expectedVersion));
  }

  @Authorized(TRANSITIONS[Transition.SCHEDULE].permission)
  @Mutation(() => RecognitionPayload, {
    description:
      'Schedule an approved spotlight to publish at an instant; eligibility is checked again when it fires.',
  })
  async scheduleRecognition(
    @Ctx() ctx: Context,
    @InputArg(() => ScheduleInput)
    input: ScheduleInput,
  ) {
    return payload(await workflow.schedule(ctx.em, actorOf(ctx), input));
  }

  @Authorized(TRANSITIONS[Transition.UNSCHEDULE].permission)
  @Mutation(() => RecognitionPayload, {
    description: 'Cancel a scheduled publish; the spotlight stays approved.',
  })
  async unscheduleRecognition(
    @Ctx() ctx: Context,
    @Arg('input', () => VersionedInput, { description: 'The recognition and the version you read.' })
    input: VersionedInput,
  ) {
    return payload(await workflow.unschedule(ctx.em, actorOf(ctx), input.id, input.expectedVersion));
  }

  @Authorized(TRANSITIONS[Transition.PUBLISH].permission)
  @Mutation(() => RecognitionPayload, {
    description:
      "Publish now; every eligibility check must pass and the campaign's spotlight must have room. Not by the nominator.",
  })
  async publishRecognition(
    @Ctx() ctx: Context,
    @Arg('input', () => VersionedInput, { description: 'The recognition and the version you read.' })
    input: VersionedInput,
  ) {
    return payload(await workflow.publishNow(ctx.em, actorOf(ctx), input.id, input.expectedVersion));
  }

  @Authorized(TRANSITIONS[Transition.WITHDRAW].permission)
  @Mutation(() => RecognitionPayload, { description: 'Withdraw a spotlight, with a reason.' })
  async withdrawRecognition(
    @Ctx() ctx: Context,
    @InputArg(() => WithdrawInput)
    input: WithdrawInput,
  ) {
    return payload(
      await workflow.withdraw(ctx.em, actorOf(ctx), input.id, input.expectedVersion, input.reason.trim()),
    );
  }

  @Authorized(Permission.COMMENT)
  @Mutation(() => AddRecognitionNotePayload, {
    description:
      "Add a comment to a nomination's note thread, at any stage. Takes no version: a comment changes no decision.",
  })
  addRecognitionNote(
    @Ctx() ctx: Context,
    @Arg('input', () => AddRecognitionNoteInput, { description: 'The recognition and the comment.' })
    input: AddRecognitionNoteInput,
  ) {
    return workflow.addNote(ctx.em, actorOf(ctx), input);
  }

  @Authorized(Permission.PUBLISH)
  @Mutation(() => [Recognition], { description: "Set the order of a campaign's published spotlights." })
  reorderSpotlight(
    @Ctx() ctx: Context,
    @InputArg(() => ReorderSpotlightInput)
    input: ReorderSpotlightInput,
  ) {
    return workflow.reorderSpotlight(
      ctx.em,
      actorOf(ctx),
      input.campaignId,
      input.expectedVersion,
      input.recognitionIds,
    );
  }

  @Authorized(Permission.STAFF_READ)
  @Subscription(() => Recognition, {
    // The campaign ID is checked once, when the subscription starts (BAD_USER_INPUT), not on every event.
    subscribe: ({ args }) => {
      const given = (args as { campaignId?: string | null }).campaignId;
      const campaignId = given == null ? null : expectGlobalId(given, 'Campaign', 'campaignId');
      return pipe(
        recognitionPubSub.subscribe(RECOGNITION_CHANGED),
        filter((change: RecognitionChange) => campaignId === null || change.campaignId === campaignId),
      );
    },
    description:
      'A recognition changed (nominated, reviewed, commented on, published…): for live review queues, campaign boards and home-page counts.',
  })
  async recognitionChanged(
    @Ctx() ctx: Context,
    @Root() change: RecognitionChange,
    @Arg('campaignId', () => ID, {
      nullable: true,
      description: 'The campaign to watch; left out, every campaign (a home page across campaigns).',
    })
    _campaignId?: string | null,
  ): Promise<Recognition> {
    // A subscription keeps one context for its life: start each event with fresh batch loaders (the
    // service starts from a clean identity map), or boards would show the first event's creator, videos
    // and eligibility.
    ctx.loaders.clear();
    return workflow.recognitionAsChanged(ctx.em, change.recognitionId);
  }
}

@Resolver(() => RecognitionNote)
export class RecognitionNoteResolver {
  @FieldResolver(() => StaffUser, {
    nullable: true,
    description:
      'Who wrote it; null only for a note carried over from before the thread whose reviewer is unknown.',
  })
  author(@Ctx() ctx: Context, @Root() note: RecognitionNote) {
    return staffOrNull(ctx, note.author);
  }

  @FieldResolver(() => Recognition, { description: 'The recognition the note belongs to.' })
  recognition(@Ctx() ctx: Context, @Root() note: RecognitionNote) {
    return requiredById(ctx, Recognition, note.recognition.id);
  }
}
