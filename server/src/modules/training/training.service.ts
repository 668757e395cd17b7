/**
 * Training sessions and enrolments (staff only): the catalogue of sessions, and who enrolled, attended and
 * completed. Enrolment holds a session's capacity and audience; completion implies attendance.
 */
import { type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { textSearch } from '../../db/dialect.js';
import { locks, takeLock, withLock } from '../../db/locks.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { auditedWrite } from '../common/audited-write.js';
import {
  type Actor,
  archiveRecord,
  assignDefined,
  createRecord,
  findByGlobalId,
  newEntity,
  updateRecord,
} from '../common/catalogue.js';
import { type ConnectionArgs, paginate } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { badInput, conflict, invalidField, notFound } from '../common/domain-error.js';
import { allOf } from '../common/filters.js';
import { expectGlobalId } from '../common/node.js';
import { CLOCK_SKEW_MS } from '../common/validators.js';
import { Creator } from '../creators/creator.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type {
  CreateTrainingSessionInput,
  EnrolInTrainingInput,
  RecordTrainingAttendanceInput,
  RecordTrainingCompletionInput,
  TrainingEnrolmentFilter,
  TrainingSessionFilter,
  UpdateTrainingSessionInput,
} from './training.inputs.js';
import { TrainingEnrolment } from './training-enrolment.entity.js';
import { TrainingAudience, TrainingSession } from './training-session.entity.js';

/** A dashboard clock a little ahead of the server's is not "the future". */

// ---------------------------------------------------------------------------------------------- sessions

export function listSessions(
  ctx: Context,
  filter: TrainingSessionFilter | null | undefined,
  args: ConnectionArgs,
) {
  const where = () =>
    allOf<TrainingSession>(
      filter?.includeArchived ? {} : { archivedAt: null },
      textSearch(ctx.em, ['title'], filter?.search),
      filter?.topic ? { topic: filter.topic } : {},
      filter?.audience ? { audience: filter.audience } : {},
      filter?.occasion ? { occasion: filter.occasion } : {},
      filter?.startsAfter ? { startsAt: { $gte: filter.startsAfter } } : {},
      filter?.startsBefore ? { startsAt: { $lt: filter.startsBefore } } : {},
    );
  return paginate(ctx.em, TrainingSession, where, { startsAt: 'asc', id: 'asc' }, args);
}

/** The organisation or campaign a `...Id` input names: undefined leaves it, null clears it. */
async function optionalParent<T extends Organisation | Campaign>(
  tx: EntityManager,
  entity: typeof Organisation | typeof Campaign,
  globalId: string | null | undefined,
  path: string,
): Promise<T | null | undefined> {
  if (globalId === undefined) return undefined;
  if (globalId === null) return null;
  return (await findByGlobalId(tx, entity as never, globalId, path)) as T;
}

function checkTimes(session: TrainingSession, sent: { startsAt?: Date; endsAt?: Date }): void {
  if (session.endsAt.getTime() > session.startsAt.getTime()) return;
  if (sent.endsAt !== undefined || sent.startsAt === undefined) {
    throw invalidField('input.endsAt', 'must be after startsAt');
  }
  throw invalidField('input.startsAt', 'must be before endsAt');
}

export function createSession(
  em: EntityManager,
  actor: Actor,
  input: CreateTrainingSessionInput,
): Promise<TrainingSession> {
  return createRecord(em, actor, 'trainingSession.create', async (tx) => {
    const session = newEntity(TrainingSession, {
      title: input.title.trim(),
      description: input.description,
      topic: input.topic,
      audience: input.audience,
      occasion: input.occasion,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      timeZone: input.timeZone,
      capacity: input.capacity,
      facilitator:
        (await optionalParent<Organisation>(tx, Organisation, input.facilitatorId, 'input.facilitatorId')) ??
        null,
      campaign: (await optionalParent<Campaign>(tx, Campaign, input.campaignId, 'input.campaignId')) ?? null,
    });
    checkTimes(session, input);
    return session;
  });
}

const liveEnrolmentsOf = (tx: EntityManager, session: TrainingSession) =>
  tx.count(TrainingEnrolment, { session, archivedAt: null });

export function updateSession(
  em: EntityManager,
  actor: Actor,
  input: UpdateTrainingSessionInput,
): Promise<TrainingSession> {
  // Lowering the capacity counts enrolments: under the places lock, so no enrolment lands in between.
  const places = locks.sessionPlaces(expectGlobalId(input.id, 'TrainingSession', 'input.id'));
  return withLock(em, places, (locked) =>
    updateRecord(
      locked,
      actor,
      TrainingSession,
      input.id,
      input.expectedVersion,
      async (session, tx) => {
        if (input.audience !== undefined && input.audience !== session.audience) {
          // Enrolments (even withdrawn ones, which can be revived) name the kind of enrolee the audience asks for.
          if ((await tx.count(TrainingEnrolment, { session })) > 0) {
            throw invalidField('input.audience', 'cannot change once anyone has enrolled');
          }
        }
        if (input.capacity !== undefined && input.capacity < session.capacity) {
          const enrolled = await liveEnrolmentsOf(tx, session);
          if (input.capacity < enrolled) {
            throw invalidField('input.capacity', `is below the ${enrolled} current enrolments`);
          }
        }
        assignDefined(session, {
          title: input.title?.trim(),
          description: input.description,
          topic: input.topic,
          audience: input.audience,
          occasion: input.occasion,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          timeZone: input.timeZone,
          capacity: input.capacity,
          facilitator: await optionalParent<Organisation>(
            tx,
            Organisation,
            input.facilitatorId,
            'input.facilitatorId',
          ),
          campaign: await optionalParent<Campaign>(tx, Campaign, input.campaignId, 'input.campaignId'),
        });
        checkTimes(session, input);
      },
      { action: 'trainingSession.update' },
    ),
  );
}

export const archiveSession = (em: EntityManager, actor: Actor, id: string, expectedVersion: number) =>
  archiveRecord(em, actor, TrainingSession, id, expectedVersion, 'trainingSession.archive');

// -------------------------------------------------------------------------------------------- enrolments

export function listEnrolments(
  ctx: Context,
  filter: TrainingEnrolmentFilter | null | undefined,
  args: ConnectionArgs,
) {
  const where = allOf<TrainingEnrolment>(
    filter?.includeArchived ? {} : { archivedAt: null },
    filter?.sessionId
      ? { session: expectGlobalId(filter.sessionId, 'TrainingSession', 'filter.sessionId') }
      : {},
    filter?.creatorId ? { creator: expectGlobalId(filter.creatorId, 'Creator', 'filter.creatorId') } : {},
    filter?.organisationId
      ? { organisation: expectGlobalId(filter.organisationId, 'Organisation', 'filter.organisationId') }
      : {},
    filter?.completed == null ? {} : { completedAt: filter.completed ? { $ne: null } : null },
  );
  return paginate(ctx.em, TrainingEnrolment, where, { createdAt: 'asc', id: 'asc' }, args);
}

interface Enrolee {
  kind: 'creator' | 'organisation';
  globalId: string;
  path: string;
}

/** Which enrolee an enrolment input names: exactly one of a creator or an organisation. */
function enroleeOf(input: EnrolInTrainingInput): Enrolee {
  const hasCreator = input.creatorId != null;
  if (hasCreator === (input.organisationId != null)) {
    const message = 'give exactly one of creatorId or organisationId';
    throw badInput(`Enrol a creator or an organisation: ${message}`, [
      { path: 'input.creatorId', message },
      { path: 'input.organisationId', message },
    ]);
  }
  return hasCreator
    ? { kind: 'creator', globalId: input.creatorId as string, path: 'input.creatorId' }
    : { kind: 'organisation', globalId: input.organisationId as string, path: 'input.organisationId' };
}

/** Sessions for creators enrol creators; sessions for partner organisations enrol organisations. */
function checkAudience(session: TrainingSession, enrolee: Enrolee): void {
  if (session.audience === TrainingAudience.CREATORS && enrolee.kind !== 'creator') {
    throw invalidField(
      'input.organisationId',
      'cannot be used: this session is for creators; give creatorId',
    );
  }
  if (session.audience === TrainingAudience.PARTNER_ORGANISATIONS && enrolee.kind !== 'organisation') {
    throw invalidField(
      'input.creatorId',
      'cannot be used: this session is for partner organisations; give organisationId',
    );
  }
}

/**
 * Enrols a creator or organisation. The session's places lock is held for the check-and-insert so
 * concurrent enrolments cannot overfill it.
 * Re-enrolling after a withdrawal revives the withdrawn enrolment, keeping its history.
 */
export function enrol(
  em: EntityManager,
  actor: Actor,
  input: EnrolInTrainingInput,
): Promise<TrainingEnrolment> {
  const sessionId = expectGlobalId(input.sessionId, 'TrainingSession', 'input.sessionId');
  const enrolee = enroleeOf(input);
  return auditedWrite(em, actor, async (tx) => {
    await takeLock(tx, locks.sessionPlaces(sessionId));
    const session = await tx.findOne(TrainingSession, { id: sessionId });
    if (!session) throw notFound('TrainingSession', input.sessionId);
    checkAudience(session, enrolee);
    if (session.archivedAt) {
      throw conflict(`The training session "${session.title}" is archived and takes no enrolments`);
    }
    const who =
      enrolee.kind === 'creator'
        ? { creator: await findByGlobalId(tx, Creator, enrolee.globalId, enrolee.path) }
        : { organisation: await findByGlobalId(tx, Organisation, enrolee.globalId, enrolee.path) };
    const name = who.creator ? `@${who.creator.handle}` : (who.organisation?.name as string);
    const existing = await tx.findOne(TrainingEnrolment, {
      session,
      ...who,
    } as FilterQuery<TrainingEnrolment>);
    if (existing && !existing.archivedAt) {
      throw conflict(`${name} is already enrolled in "${session.title}"`, { enrolmentId: existing.globalId });
    }
    const enrolled = await liveEnrolmentsOf(tx, session);
    if (enrolled >= session.capacity) {
      throw conflict(`"${session.title}" is full: all ${session.capacity} places are taken`, {
        capacity: session.capacity,
      });
    }
    if (existing) {
      return updateRecord(
        tx,
        actor,
        TrainingEnrolment,
        existing.globalId,
        existing.version,
        (enrolment) => {
          enrolment.archivedAt = null;
        },
        { action: 'trainingEnrolment.reenrol' },
      );
    }
    return createRecord(tx, actor, 'trainingEnrolment.create', () =>
      newEntity(TrainingEnrolment, { session, ...who }),
    );
  });
}

function checkNotWithdrawn(enrolment: TrainingEnrolment): void {
  if (enrolment.archivedAt) throw conflict('This enrolment was withdrawn; enrol again before recording it');
}

export function recordAttendance(em: EntityManager, actor: Actor, input: RecordTrainingAttendanceInput) {
  return updateRecord(
    em,
    actor,
    TrainingEnrolment,
    input.id,
    input.expectedVersion,
    (enrolment) => {
      checkNotWithdrawn(enrolment);
      if (input.attended) {
        enrolment.attendedAt ??= new Date();
        return;
      }
      if (enrolment.completedAt) {
        throw invalidField('input.attended', 'cannot be false: the enrolee completed the session');
      }
      enrolment.attendedAt = null;
    },
    { action: 'trainingEnrolment.record_attendance' },
  );
}

export function recordCompletion(em: EntityManager, actor: Actor, input: RecordTrainingCompletionInput) {
  const now = new Date();
  const completedAt = input.completedAt ?? now;
  if (completedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw invalidField('input.completedAt', 'must not be in the future');
  }
  return updateRecord(
    em,
    actor,
    TrainingEnrolment,
    input.id,
    input.expectedVersion,
    (enrolment) => {
      checkNotWithdrawn(enrolment);
      if (completedAt.getTime() < enrolment.session.startsAt.getTime()) {
        throw invalidField('input.completedAt', 'must not be before the session starts');
      }
      enrolment.completedAt = completedAt;
      // Completing a session means having attended it.
      enrolment.attendedAt ??= completedAt;
    },
    { action: 'trainingEnrolment.record_completion', populate: ['session'] },
  );
}

/** Withdraws an enrolment: it frees its place and leaves the lists, kept for history. */
export const withdrawEnrolment = (em: EntityManager, actor: Actor, id: string, expectedVersion: number) =>
  archiveRecord(em, actor, TrainingEnrolment, id, expectedVersion, 'trainingEnrolment.archive');
