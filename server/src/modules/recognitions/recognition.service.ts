/**
 * The spotlight workflow: nominate, edit, review, approve, schedule, publish, withdraw and reorder. Every
 * step is a transition of lifecycle.ts run inside one transaction with its version check, its four-eyes
 * rule, eligibility where it applies, and its audit event; the change is announced after commit.
 */
import type { EntityManager } from '@mikro-orm/core';
import { type InvariantLock, locks, takeLock, withLock } from '../../db/locks.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { type AuditTrail, auditedWrite, BEACON } from '../common/audited-write.js';
import { type Actor, checkVersion, findByGlobalId, newEntity, updateRecord } from '../common/catalogue.js';
import { conflict, DomainError, DomainErrorCode, invalidField, notFound } from '../common/domain-error.js';
import { isPostgres } from '../common/filters.js';
import { expectGlobalId } from '../common/node.js';
import { Creator } from '../creators/creator.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { AwarenessVideo } from '../videos/awareness-video.entity.js';
import {
  checkCandidates,
  checkEligibility,
  EligibilityCheckName,
  failedChecks,
  NominationEligibility,
} from './eligibility.js';
import { assertTransition, fourEyesRefusal, LIVE_STATES, TRANSITIONS, Transition } from './lifecycle.js';
import { citationFindings, Recognition, RecognitionStatus } from './recognition.entity.js';
import { announceRecognitionChange } from './recognition.events.js';
import type {
  AddRecognitionNoteInput,
  EditNominationInput,
  NominateInput,
  NominationEligibilityArgs,
  ReviewInput,
  ScheduleInput,
} from './recognition.inputs.js';
import { ReviewDecision } from './recognition.inputs.js';
import { RecognitionNote, RecognitionNoteKind } from './recognition-note.entity.js';

const liveSlotOf = (creatorId: string, campaignId: string) => `${creatorId}:${campaignId}`;

/**
 * The videos named by `ids`, in order, with one query: BAD_USER_INPUT for an ID of another type,
 * NOT_FOUND for one that does not exist.
 */
async function videosByGlobalIds(
  em: EntityManager,
  ids: readonly string[],
  path: string,
): Promise<AwarenessVideo[]> {
  const keys = ids.map((id, index) => expectGlobalId(id, 'AwarenessVideo', `${path}.${index}`));
  const found = new Map((await em.find(AwarenessVideo, { id: { $in: keys } })).map((v) => [v.id, v]));
  return keys.map((key, index) => {
    const video = found.get(key);
    if (!video) throw notFound('AwarenessVideo', ids[index]);
    return video;
  });
}

/** Why a video may not be featured with `creator`'s spotlight, or null when it may. */
const featureProblem = (creator: Creator, video: AwarenessVideo): string | null =>
  video.creator.id !== creator.id
    ? 'is not a video by this creator'
    : video.archivedAt
      ? 'is archived'
      : null;

async function featuredVideos(
  em: EntityManager,
  creator: Creator,
  ids: readonly string[],
): Promise<AwarenessVideo[]> {
  const videos = await videosByGlobalIds(em, ids, 'input.featuredVideoIds');
  for (const [index, video] of videos.entries()) {
    const problem = featureProblem(creator, video);
    if (problem) throw invalidField(`input.featuredVideoIds.${index}`, problem);
  }
  return videos;
}

const liveNominationOf = (em: EntityManager, creator: Creator, campaign: Campaign) =>
  em.findOne(Recognition, { creator: creator.id, campaign: campaign.id, status: { $in: [...LIVE_STATES] } });

/**
 * The eligibility checks for a nomination not yet made, with the very evaluation a recognition runs, and
 * what would stop `nominate` from accepting it now. Reads only: nothing is created or audited.
 */
export async function nominationEligibility(
  em: EntityManager,
  args: NominationEligibilityArgs,
): Promise<NominationEligibility> {
  const creator = await findByGlobalId(em, Creator, args.creatorId, 'creatorId');
  const campaign = await findByGlobalId(em, Campaign, args.campaignId, 'campaignId');
  const videos = await videosByGlobalIds(em, args.featuredVideoIds, 'featuredVideoIds');
  const citation = args.citation?.trim();
  const [checks = []] = await checkCandidates(em, [
    {
      creator,
      campaign,
      videos,
      citationFindings: citation ? citationFindings(citation) : [],
      holdsPublishedPlace: false,
    },
  ]);
  const live = await liveNominationOf(em, creator, campaign);
  const blockers = [
    ...(live ? [`@${creator.handle} already has a live nomination in ${campaign.name}`] : []),
    ...(campaign.archivedAt ? [`${campaign.name} is archived`] : []),
    ...videos.flatMap((video) => {
      const problem = featureProblem(creator, video);
      return problem ? [`"${video.title}" ${problem}`] : [];
    }),
  ];
  return Object.assign(new NominationEligibility(), {
    checks,
    eligible: failedChecks(checks).length === 0,
    liveNomination: live,
    nominationBlockers: blockers,
  });
}

/** A recognition by global ID for staff; null when there is none (as `creator(handle)` answers). */
export async function recognitionById(
  em: EntityManager,
  globalId: string,
  path = 'id',
): Promise<Recognition | null> {
  return em.findOne(Recognition, { id: expectGlobalId(globalId, 'Recognition', path) });
}

/**
 * A changed recognition read afresh for a live update: a subscription keeps one entity manager for its
 * life, so its identity map is cleared first, or every event would show the first one's state.
 */
export function recognitionAsChanged(em: EntityManager, id: string): Promise<Recognition> {
  em.clear();
  return em.findOneOrFail(Recognition, { id });
}

export async function nominate(em: EntityManager, actor: Actor, input: NominateInput): Promise<Recognition> {
  // The unique live slot would refuse a second live nomination anyway; under the lock the loser of a race
  // is told which nomination already holds the place, as it would be one moment later.
  const slot = locks.liveNomination(
    expectGlobalId(input.creatorId, 'Creator', 'input.creatorId'),
    expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId'),
  );
  const recognition = await auditedWrite(em, actor, async (tx, audit) => {
    await takeLock(tx, slot);
    const creator = await findByGlobalId(tx, Creator, input.creatorId, 'input.creatorId');
    const campaign = await findByGlobalId(tx, Campaign, input.campaignId, 'input.campaignId');
    if (campaign.archivedAt) throw invalidField('input.campaignId', 'is archived');
    const videos = await featuredVideos(tx, creator, input.featuredVideoIds);
    const live = await liveNominationOf(tx, creator, campaign);
    if (live) {
      throw conflict(`@${creator.handle} already has a live nomination in ${campaign.name}`, {
        existingId: live.globalId,
      });
    }
    const created = newEntity(Recognition, {
      creator,
      campaign,
      citation: input.citation.trim(),
      nominatedBy: actor.user as StaffUser,
      nominatedAt: new Date(),
      status: RecognitionStatus.NOMINATED,
      liveSlot: liveSlotOf(creator.id, campaign.id),
    });
    created.featuredVideos.set(videos);
    tx.persist(created);
    audit.created('recognition.nominate', created);
    return created;
  });
  announceRecognitionChange(recognition);
  return recognition;
}

interface StepOptions {
  reason?: string | null;
  /** The invariant locks the step's transaction takes, in order, before it reads anything. */
  lock?: InvariantLock | readonly InvariantLock[];
  apply?: (recognition: Recognition, tx: EntityManager) => Promise<void> | void;
}

/** Runs one lifecycle transition on the recognition with global ID `id`. */
async function step(
  em: EntityManager,
  actor: Actor,
  id: string,
  expectedVersion: number,
  transition: Transition,
  options: StepOptions = {},
): Promise<Recognition> {
  const rule = TRANSITIONS[transition];
  const write = (tx: EntityManager) =>
    updateRecord(
      tx,
      actor,
      Recognition,
      id,
      expectedVersion,
      async (rec, tx) => {
        assertTransition(transition, rec.status);
        if (rule.fourEyes && actor.user && rec.nominatedBy.id === actor.user.id) {
          throw fourEyesRefusal(transition, actor.user.globalId);
        }
        await options.apply?.(rec, tx);
        rec.status = rule.to;
        if (rule.to === RecognitionStatus.REJECTED || rule.to === RecognitionStatus.WITHDRAWN)
          rec.liveSlot = null;
      },
      { action: rule.action, reason: options.reason ?? null, populate: ['featuredVideos'] },
    );
  const recognition = await (options.lock ? withLock(em, options.lock, write) : write(em));
  announceRecognitionChange(recognition);
  return recognition;
}

/** Adds a note to the recognition's thread, in the caller's transaction (flushed with the change it goes with). */
function appendNote(
  tx: EntityManager,
  actor: Actor,
  rec: Recognition,
  kind: RecognitionNoteKind,
  body: string,
) {
  const note = newEntity(RecognitionNote, {
    recognition: rec,
    author: actor.user,
    kind,
    body,
    createdAt: new Date(),
  });
  tx.persist(note);
  return note;
}

export function editNomination(em: EntityManager, actor: Actor, input: EditNominationInput) {
  const note = input.note?.trim() || null;
  return step(em, actor, input.id, input.expectedVersion, Transition.EDIT, {
    reason: note,
    apply: async (rec, tx) => {
      if (input.citation !== undefined) rec.citation = input.citation.trim();
      if (input.featuredVideoIds !== undefined) {
        await tx.populate(rec, ['creator']);
        rec.featuredVideos.set(await featuredVideos(tx, rec.creator, input.featuredVideoIds));
      }
      if (note) {
        const kind =
          rec.status === RecognitionStatus.RETURNED_FOR_CHANGES
            ? RecognitionNoteKind.RESUBMITTED
            : RecognitionNoteKind.COMMENT;
        appendNote(tx, actor, rec, kind, note);
      }
    },
  });
}

const REVIEW_STEPS: Readonly<Record<ReviewDecision, { transition: Transition; kind: RecognitionNoteKind }>> =
  {
    [ReviewDecision.SIGN_OFF]: { transition: Transition.SIGN_OFF, kind: RecognitionNoteKind.SIGNED_OFF },
    [ReviewDecision.RETURN_FOR_CHANGES]: {
      transition: Transition.RETURN_FOR_CHANGES,
      kind: RecognitionNoteKind.RETURNED_FOR_CHANGES,
    },
    [ReviewDecision.REJECT]: { transition: Transition.REJECT, kind: RecognitionNoteKind.REJECTED },
  };

/** A safety review decision; its note (required to return or reject) joins the thread, never replacing one. */
export function review(em: EntityManager, actor: Actor, input: ReviewInput) {
  const notes = input.notes?.trim() || null;
  if (input.decision !== ReviewDecision.SIGN_OFF && !notes) {
    throw invalidField('input.notes', 'are required when returning or rejecting, so the nominator knows why');
  }
  const { transition, kind } = REVIEW_STEPS[input.decision];
  return step(em, actor, input.id, input.expectedVersion, transition, {
    reason: notes,
    apply: (rec, tx) => {
      rec.reviewedBy = actor.user;
      rec.reviewedAt = new Date();
      if (notes) appendNote(tx, actor, rec, kind, notes);
    },
  });
}

/**
 * A staff comment on a nomination's thread, at any stage. It changes no field of the recognition, so it
 * takes no version (a comment never makes someone else's decision stale); it is audited on the
 * recognition and announced, so open boards and threads refresh.
 */
export async function addNote(
  em: EntityManager,
  actor: Actor,
  input: AddRecognitionNoteInput,
): Promise<{ note: RecognitionNote; recognition: Recognition }> {
  const result = await auditedWrite(em, actor, async (tx, audit) => {
    const recognition = await findByGlobalId(tx, Recognition, input.recognitionId, 'input.recognitionId');
    const note = appendNote(tx, actor, recognition, RecognitionNoteKind.COMMENT, input.body.trim());
    audit.record('recognition.comment', recognition, {
      after: { note: { id: note.globalId, kind: note.kind, body: note.body } },
    });
    return { note, recognition };
  });
  announceRecognitionChange(result.recognition);
  return result;
}

/** Throws NOT_ELIGIBLE (or CAPACITY_REACHED when room is all that is missing) unless every check passes. */
async function requireEligible(tx: EntityManager, rec: Recognition): Promise<void> {
  const [checks = []] = await checkEligibility(tx, [rec]);
  const failed = failedChecks(checks);
  if (failed.length === 0) return;
  const details = { failedChecks: failed.map((c) => ({ name: c.name, reason: c.reason })) };
  if (failed.every((c) => c.name === EligibilityCheckName.CAMPAIGN_CAPACITY)) {
    throw new DomainError(
      DomainErrorCode.CAPACITY_REACHED,
      `The campaign's spotlight is full: ${failed[0]?.reason}`,
      details,
    );
  }
  throw new DomainError(
    DomainErrorCode.NOT_ELIGIBLE,
    `Not eligible: ${failed.map((c) => c.reason).join('; ')}`,
    details,
  );
}

export function approve(em: EntityManager, actor: Actor, id: string, expectedVersion: number) {
  return step(em, actor, id, expectedVersion, Transition.APPROVE, {
    apply: async (rec, tx) => {
      await requireEligible(tx, rec);
      rec.approvedBy = actor.user;
      rec.approvedAt = new Date();
    },
  });
}

export function schedule(em: EntityManager, actor: Actor, input: ScheduleInput) {
  if (input.publishAt.getTime() <= Date.now()) throw invalidField('input.publishAt', 'must be in the future');
  return step(em, actor, input.id, input.expectedVersion, Transition.SCHEDULE, {
    apply: (rec) => {
      rec.scheduledFor = input.publishAt;
      rec.scheduledTimeZone = input.timeZone;
      rec.scheduledBy = actor.user;
      rec.scheduleFailure = null;
    },
  });
}

/** Forgets a schedule entirely: instant, time zone and who set it. */
function clearSchedule(rec: Recognition): void {
  rec.scheduledFor = null;
  rec.scheduledTimeZone = null;
  rec.scheduledBy = null;
}

export function unschedule(em: EntityManager, actor: Actor, id: string, expectedVersion: number) {
  return step(em, actor, id, expectedVersion, Transition.UNSCHEDULE, { apply: clearSchedule });
}

async function markPublished(
  tx: EntityManager,
  rec: Recognition,
  publisher: StaffUser | null,
): Promise<void> {
  // Already held (publishNow and the scheduler take them first); taking them again changes nothing.
  await takeLock(tx, locks.campaignSpotlight(rec.campaign.id));
  await takeLock(tx, locks.creatorSpotlights(rec.creator.id));
  await requireEligible(tx, rec);
  const last = await tx.findOne(
    Recognition,
    { campaign: rec.campaign.id, status: RecognitionStatus.PUBLISHED },
    { orderBy: { rank: 'desc' } },
  );
  rec.rank = (last?.rank ?? 0) + 1;
  rec.publishedAt = new Date();
  rec.publishedBy = publisher;
  rec.scheduleFailure = null;
}

export async function publishNow(em: EntityManager, actor: Actor, id: string, expectedVersion: number) {
  // A recognition never changes campaign or creator, so which locks to take can be read before taking
  // them (in a fork of its own, so the locked transaction reads the recognition afresh).
  const rec = await recognitionById(em.fork(), id, 'input.id');
  if (!rec) throw notFound('Recognition', id);
  return step(em, actor, id, expectedVersion, Transition.PUBLISH, {
    lock: [locks.campaignSpotlight(rec.campaign.id), locks.creatorSpotlights(rec.creator.id)],
    apply: (rec, tx) => markPublished(tx, rec, actor.user),
  });
}

export function withdraw(
  em: EntityManager,
  actor: Actor,
  id: string,
  expectedVersion: number,
  reason: string,
) {
  return step(em, actor, id, expectedVersion, Transition.WITHDRAW, {
    reason,
    apply: (rec) => {
      rec.withdrawnAt = new Date();
      rec.withdrawnBy = actor.user;
      rec.withdrawalReason = reason;
      rec.rank = null;
    },
  });
}

/** Sets ranks 1..n in the order given; the list must hold exactly the campaign's published spotlights. */
export async function reorderSpotlight(
  em: EntityManager,
  actor: Actor,
  campaignGlobalId: string,
  expectedVersion: number,
  ids: readonly string[],
): Promise<Recognition[]> {
  const campaignId = expectGlobalId(campaignGlobalId, 'Campaign', 'input.campaignId');
  const ordered = await auditedWrite(em, actor, async (tx, audit) => {
    await takeLock(tx, locks.campaignSpotlight(campaignId));
    // The order belongs to the campaign: a reorder from a stale board must not silently win.
    const campaign = await tx.findOne(Campaign, { id: campaignId });
    if (!campaign) throw notFound('Campaign', campaignGlobalId);
    checkVersion(campaign, expectedVersion);
    campaign.updatedAt = new Date();
    const published = await tx.find(Recognition, {
      campaign: campaignId,
      status: RecognitionStatus.PUBLISHED,
    });
    const wanted = ids.map((id, index) => expectGlobalId(id, 'Recognition', `input.recognitionIds.${index}`));
    const have = new Set(published.map((r) => r.id));
    if (wanted.length !== have.size || wanted.some((id) => !have.has(id))) {
      throw invalidField(
        'input.recognitionIds',
        `must list exactly the ${have.size} published spotlights of the campaign`,
      );
    }
    const byId = new Map(published.map((r) => [r.id, r]));
    const before = published.map((r) => ({ id: r.globalId, rank: r.rank }));
    const result = wanted.map((id, index) => {
      const rec = byId.get(id) as Recognition;
      rec.rank = index + 1;
      return rec;
    });
    audit.record('campaign.reorder_spotlight', campaign, {
      before: { ranks: before },
      after: { ranks: result.map((r) => ({ id: r.globalId, rank: r.rank })) },
    });
    return result;
  });
  for (const rec of ordered) announceRecognitionChange(rec);
  return ordered;
}

/** The spotlights a creator's consent withdrawal takes down: published ones and those scheduled to publish. */
export const ENDED_BY_CONSENT_WITHDRAWAL = {
  status: { $in: [RecognitionStatus.PUBLISHED, RecognitionStatus.SCHEDULED] },
} as const;

/**
 * Withdraws a creator's published and scheduled spotlights, in the caller's audited write, when the
 * creator withdraws consent; each withdrawal is its own audit event saying why.
 */
export async function withdrawForConsent(
  tx: EntityManager,
  audit: AuditTrail,
  actor: Actor,
  creator: Creator,
): Promise<Recognition[]> {
  const live = await tx.find(Recognition, { creator: creator.id, ...ENDED_BY_CONSENT_WITHDRAWAL });
  const reason = 'The creator withdrew spotlight consent';
  for (const rec of live) {
    await audit.changed(
      'recognition.withdraw',
      rec,
      () => {
        rec.status = RecognitionStatus.WITHDRAWN;
        rec.withdrawnAt = new Date();
        rec.withdrawnBy = actor.user;
        rec.withdrawalReason = reason;
        rec.rank = null;
        rec.liveSlot = null;
      },
      reason,
    );
  }
  return live;
}

/**
 * Publishes one due scheduled spotlight, if any, re-running every eligibility check; a failed check
 * leaves it unpublished (back to approved) with the reason recorded. It takes the locks every publish
 * takes, in the same order (campaign, creator, then the recognition's row), and checks the spotlight is
 * still due once it holds them, so with several server processes each spotlight fires exactly once and a
 * publish by hand at the same instant waits rather than deadlocks. Returns what it did.
 */
export async function publishNextDue(
  em: EntityManager,
  now = new Date(),
): Promise<{ recognition: Recognition; published: boolean } | null> {
  const postgres = isPostgres(em);
  const dueParams = [RecognitionStatus.SCHEDULED, postgres ? now : now.getTime()];
  for (;;) {
    // Most ticks find nothing due: look without any lock first, so an idle scheduler never blocks writers.
    const [due] = await em
      .getConnection()
      .execute<{ id: string; campaign_id: string; creator_id: string }[]>(
        'select id, campaign_id, creator_id from recognition where status = ? and scheduled_for <= ? order by scheduled_for, id limit 1',
        dueParams,
        'all',
      );
    if (!due) return null;
    const outcome = await publishDue(
      em,
      due.id,
      [locks.campaignSpotlight(due.campaign_id), locks.creatorSpotlights(due.creator_id)],
      dueParams,
    );
    // Another process published it while this one waited for the locks: look for the next.
    if (outcome === 'taken') continue;
    announceRecognitionChange(outcome.recognition);
    return outcome;
  }
}

/** Publishes the due spotlight `id` under `held` (SQLite: the first makes this the writer), if still due. */
function publishDue(
  em: EntityManager,
  id: string,
  held: readonly InvariantLock[],
  dueParams: readonly unknown[],
): Promise<{ recognition: Recognition; published: boolean } | 'taken'> {
  return withLock(em, held, async (locked) => {
    const still = await locked
      .getConnection()
      .execute<{ id: string }[]>(
        `select id from recognition where id = ? and status = ? and scheduled_for <= ?${isPostgres(locked) ? ' for update' : ''}`,
        [id, ...dueParams],
        'all',
        locked.getTransactionContext(),
      );
    if (still.length === 0) return 'taken' as const;
    return auditedWrite(locked, BEACON, async (tx, audit) => {
      const rec = await tx.findOneOrFail(
        Recognition,
        { id },
        { populate: ['featuredVideos', 'scheduledBy'] },
      );
      try {
        await audit.changed('recognition.publish_scheduled', rec, async () => {
          await markPublished(tx, rec, rec.scheduledBy);
          rec.status = RecognitionStatus.PUBLISHED;
        });
        return { recognition: rec, published: true };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        await audit.changed(
          'recognition.schedule_failed',
          rec,
          () => {
            rec.status = RecognitionStatus.APPROVED;
            clearSchedule(rec);
            rec.scheduleFailure = error.message;
          },
          error.message,
        );
        return { recognition: rec, published: false };
      }
    });
  });
}
