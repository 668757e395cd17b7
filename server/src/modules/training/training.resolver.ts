/** GraphQL surface of training (staff only): sessions, enrolments, attendance and completion. */
import { wrap } from '@mikro-orm/core';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Campaign } from '../campaigns/campaign.entity.js';
import { byId } from '../common/batch.js';
import { actorOf } from '../common/catalogue.js';
import { ConnectionArgs } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { invalidField } from '../common/domain-error.js';
import { ArchiveInput, InputArg } from '../common/inputs.js';
import { PayloadType, payload } from '../common/payload.js';
import { Creator } from '../creators/creator.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Permission } from '../staff/staff-role.js';
import { CriticalMoment, criticalMoments } from './critical-moments.js';
import {
  enrolmentCountsOf,
  enrolmentsOfSession,
  TrainingEnrolmentConnection,
  TrainingSessionConnection,
} from './training.children.js';
import {
  CreateTrainingSessionInput,
  EnrolInTrainingInput,
  RecordTrainingAttendanceInput,
  RecordTrainingCompletionInput,
  TrainingEnrolmentFilter,
  TrainingSessionFilter,
  UpdateTrainingSessionInput,
} from './training.inputs.js';
import * as training from './training.service.js';
import { TrainingEnrolment } from './training-enrolment.entity.js';
import { TrainingSession } from './training-session.entity.js';

const TrainingSessionPayload = PayloadType(
  TrainingSession,
  'session',
  'The result of a training session mutation.',
);
const TrainingEnrolmentPayload = PayloadType(
  TrainingEnrolment,
  'enrolment',
  'The result of a training enrolment mutation.',
);

/**
 * A many-to-one relation: the loaded entity when the parent list already populated it (enrolments of a
 * creator come with their sessions), else a look-up batched with every sibling's.
 */
function related<T extends { id: string }>(
  ctx: Context,
  entity: (new () => T) & { name: string },
  ref: T | null,
): T | null | Promise<T | null> {
  if (!ref) return null;
  if (wrap(ref).isInitialized()) return ref;
  return byId(ctx, entity, ref.id);
}

@Resolver(() => CriticalMoment)
export class CriticalMomentResolver {
  @Authorized(Permission.STAFF_READ)
  @Query(() => [CriticalMoment], {
    description:
      "The critical moments of a year (Mental Health Awareness Month, back to school, Suicide Prevention Week, World Suicide Prevention Day, World Mental Health Day) with their dates, in calendar order, for a campaign board's calendar (staff only).",
  })
  criticalMoments(
    @Arg('year', () => Int, { description: 'The year, 2000 to 2100.' }) year: number,
  ): CriticalMoment[] {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw invalidField('year', 'must be 2000 to 2100');
    return criticalMoments(year);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => TrainingSessionConnection, {
    description:
      'The unarchived training sessions preparing for this moment that start in the year before it begins, soonest first.',
  })
  trainingSessionsBefore(
    @Ctx() ctx: Context,
    @Root() moment: CriticalMoment,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    const start = new Date(`${moment.startsOn}T00:00:00Z`);
    return training.listSessions(
      ctx,
      Object.assign(new TrainingSessionFilter(), {
        occasion: moment.occasion,
        startsAfter: new Date(start.getTime() - 365 * 86_400_000),
        startsBefore: start,
      }),
      page,
    );
  }
}

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @Authorized(Permission.STAFF_READ)
  @Query(() => TrainingSessionConnection, {
    description: 'Training sessions for creators and partner organisations, soonest first (staff only).',
  })
  trainingSessions(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => TrainingSessionFilter, { nullable: true, description: 'Which sessions to list.' })
    filter?: TrainingSessionFilter,
  ) {
    return training.listSessions(ctx, filter, page);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The partner organisation that runs the session, if any.',
  })
  facilitator(@Ctx() ctx: Context, @Root() session: TrainingSession) {
    return related(ctx, Organisation, session.facilitator);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => Campaign, {
    nullable: true,
    description: 'The campaign the session belongs to, if any.',
  })
  campaign(@Ctx() ctx: Context, @Root() session: TrainingSession) {
    return related(ctx, Campaign, session.campaign);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => TrainingEnrolmentConnection, {
    description: 'Current (not withdrawn) enrolments, oldest first.',
  })
  enrolments(
    @Ctx() ctx: Context,
    @Root() session: TrainingSession,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return enrolmentsOfSession(ctx, session, page);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => Int, { description: 'How many current (not withdrawn) enrolments the session has.' })
  async enrolledCount(@Ctx() ctx: Context, @Root() session: TrainingSession) {
    return (await enrolmentCountsOf(ctx, session)).enrolled;
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => Int, { description: 'How many current enrolees completed the session.' })
  async completedCount(@Ctx() ctx: Context, @Root() session: TrainingSession) {
    return (await enrolmentCountsOf(ctx, session)).completed;
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => Int, { description: 'Places still free: capacity minus current enrolments.' })
  async seatsLeft(@Ctx() ctx: Context, @Root() session: TrainingSession) {
    const { enrolled } = await enrolmentCountsOf(ctx, session);
    return Math.max(0, session.capacity - enrolled);
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => TrainingSessionPayload, { description: 'Add a training session.' })
  async createTrainingSession(
    @Ctx() ctx: Context,
    @InputArg(() => CreateTrainingSessionInput)
    input: CreateTrainingSessionInput,
  ) {
    return payload(await training.createSession(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => TrainingSessionPayload, { description: 'Change a training session.' })
  async updateTrainingSession(
    @Ctx() ctx: Context,
    @InputArg(() => UpdateTrainingSessionInput)
    input: UpdateTrainingSessionInput,
  ) {
    return payload(await training.updateSession(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => TrainingSessionPayload, {
    description: 'Archive a training session: hidden from the default list, kept for history.',
  })
  async archiveTrainingSession(
    @Ctx() ctx: Context,
    @InputArg(() => ArchiveInput)
    input: ArchiveInput,
  ) {
    return payload(await training.archiveSession(ctx.em, actorOf(ctx), input.id, input.expectedVersion));
  }
}

@Resolver(() => TrainingEnrolment)
export class TrainingEnrolmentResolver {
  @Authorized(Permission.STAFF_READ)
  @Query(() => TrainingEnrolmentConnection, {
    description: 'Training enrolments, oldest first (staff only).',
  })
  trainingEnrolments(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => TrainingEnrolmentFilter, {
      nullable: true,
      description: 'Which enrolments to list.',
    })
    filter?: TrainingEnrolmentFilter,
  ) {
    return training.listEnrolments(ctx, filter, page);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => TrainingSession, { description: 'The training session.' })
  async session(@Ctx() ctx: Context, @Root() enrolment: TrainingEnrolment) {
    return (await related(ctx, TrainingSession, enrolment.session)) as TrainingSession;
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => Creator, {
    nullable: true,
    description: 'The enrolled creator (sessions for creators); null for an organisation.',
  })
  creator(@Ctx() ctx: Context, @Root() enrolment: TrainingEnrolment) {
    return related(ctx, Creator, enrolment.creator);
  }

  @Authorized(Permission.STAFF_READ)
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The enrolled organisation (sessions for partner organisations); null for a creator.',
  })
  organisation(@Ctx() ctx: Context, @Root() enrolment: TrainingEnrolment) {
    return related(ctx, Organisation, enrolment.organisation);
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => TrainingEnrolmentPayload, {
    description:
      'Enrol a creator or partner organisation in a training session. A full session, or an enrolee already enrolled, fails with CONFLICT.',
  })
  async enrolInTraining(
    @Ctx() ctx: Context,
    @InputArg(() => EnrolInTrainingInput)
    input: EnrolInTrainingInput,
  ) {
    return payload(await training.enrol(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => TrainingEnrolmentPayload, { description: 'Record whether an enrolee attended.' })
  async recordTrainingAttendance(
    @Ctx() ctx: Context,
    @InputArg(() => RecordTrainingAttendanceInput)
    input: RecordTrainingAttendanceInput,
  ) {
    return payload(await training.recordAttendance(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => TrainingEnrolmentPayload, {
    description: 'Record that an enrolee completed the session; completion also records attendance.',
  })
  async recordTrainingCompletion(
    @Ctx() ctx: Context,
    @InputArg(() => RecordTrainingCompletionInput)
    input: RecordTrainingCompletionInput,
  ) {
    return payload(await training.recordCompletion(ctx.em, actorOf(ctx), input));
  }

  @Authorized(Permission.CATALOGUE_WRITE)
  @Mutation(() => TrainingEnrolmentPayload, {
    description:
      'Withdraw an enrolment: it frees its place and is kept for history. Enrolling again revives it.',
  })
  async archiveTrainingEnrolment(
    @Ctx() ctx: Context,
    @InputArg(() => ArchiveInput)
    input: ArchiveInput,
  ) {
    return payload(await training.withdrawEnrolment(ctx.em, actorOf(ctx), input.id, input.expectedVersion));
  }
}
