/**
 * Whether a creator may be spotlighted: one evaluation returning named checks, each passed or failed with
 * a reason, for a recognition that exists or one about to be nominated. Staff see it on every recognition
 * and before nominating; approve and publish (and a scheduled publish when it fires) refuse unless every
 * check passes.
 */

import { SafetySeverity } from '@beacon/shared';
import type { EntityManager } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { describeEnum } from '../common/enums.js';
import { type Creator, CreatorStatus } from '../creators/creator.entity.js';
import { CrisisResource } from '../crisis-resources/crisis-resource.entity.js';
import type { StoredFinding } from '../safety/safety-finding.js';
import { TrainingEnrolment } from '../training/training-enrolment.entity.js';
import { TrainingTopic } from '../training/training-session.entity.js';
import type { AwarenessVideo } from '../videos/awareness-video.entity.js';
import { advisoryOf } from '../videos/content-advisory.js';
import { Recognition, RecognitionStatus } from './recognition.entity.js';

export enum EligibilityCheckName {
  CONSENT = 'CONSENT',
  CREATOR_ACTIVE = 'CREATOR_ACTIVE',
  SAFE_MESSAGING_TRAINING = 'SAFE_MESSAGING_TRAINING',
  VIDEO_ADVISORIES = 'VIDEO_ADVISORIES',
  SAFE_MESSAGING = 'SAFE_MESSAGING',
  CAMPAIGN_CAPACITY = 'CAMPAIGN_CAPACITY',
}

describeEnum(
  EligibilityCheckName,
  'EligibilityCheckName',
  'One condition a creator must meet to be spotlighted.',
  {
    CONSENT: 'Spotlight consent is on file and not withdrawn.',
    CREATOR_ACTIVE: 'The creator is in good standing and not archived.',
    SAFE_MESSAGING_TRAINING: 'The creator completed a safe-messaging training within the last 12 months.',
    VIDEO_ADVISORIES: 'Every featured video on a sensitive topic carries its advisory and crisis resources.',
    SAFE_MESSAGING: 'The citation and the featured videos have no blocking safe-messaging finding.',
    CAMPAIGN_CAPACITY: "The campaign's spotlight has room.",
  },
);

@ObjectType({ description: 'One eligibility condition and whether it holds now.' })
export class EligibilityCheck {
  @Field(() => EligibilityCheckName, { description: 'Which condition.' })
  name!: EligibilityCheckName;

  @Field({ description: 'Whether it holds.' })
  passed!: boolean;

  @Field({ description: 'Why it holds or not, for staff.' })
  reason!: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      "When the fact the reason dates happened (consent given or withdrawn, training completed), so a client can write it in its reader's time zone; null when the reason has no date.",
  })
  at!: Date | null;
}

const TRAINING_VALID_MS = 365 * 24 * 3_600_000;

const check = (
  name: EligibilityCheckName,
  passed: boolean,
  reason: string,
  at: Date | null = null,
): EligibilityCheck => Object.assign(new EligibilityCheck(), { name, passed, reason, at });

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * What the checks are about: a recognition that exists, or one a staff member is about to nominate. Both
 * go through the same evaluation, so the checks shown before nominating are the checks enforced later.
 */
export interface EligibilityCandidate {
  readonly creator: Creator;
  readonly campaign: Campaign;
  readonly videos: readonly AwarenessVideo[];
  /** Safe-messaging findings of the citation; none for a prospective nomination with no citation yet. */
  readonly citationFindings: readonly StoredFinding[];
  /** Whether the candidate already holds one of the campaign's published places (it does not count against itself). */
  readonly holdsPublishedPlace: boolean;
}

/** What the checks need beyond the candidates themselves, loaded once for a whole batch. */
interface EligibilityFacts {
  /** Each creator's latest safe-messaging completion within the validity window, with its session title. */
  training: Map<string, { completedAt: Date; title: string }>;
  /** Regions served by at least one live crisis resource, and whether a global one exists. */
  servedRegions: Set<string>;
  hasGlobalResource: boolean;
  /** Published spotlights per campaign. */
  published: Map<string, number>;
}

async function loadFacts(
  em: EntityManager,
  candidates: readonly EligibilityCandidate[],
  now: Date,
): Promise<EligibilityFacts> {
  const creatorIds = [...new Set(candidates.map((c) => c.creator.id))];
  const campaignIds = [...new Set(candidates.map((c) => c.campaign.id))];
  const completions = await em.find(
    TrainingEnrolment,
    {
      creator: { $in: creatorIds },
      archivedAt: null,
      completedAt: { $gte: new Date(now.getTime() - TRAINING_VALID_MS), $lte: now },
      session: { topic: TrainingTopic.SAFE_MESSAGING_SUICIDE },
    },
    { orderBy: { completedAt: 'desc' }, populate: ['session'] },
  );
  const training = new Map<string, { completedAt: Date; title: string }>();
  for (const e of completions) {
    const creatorId = e.creator?.id;
    if (creatorId && e.completedAt && !training.has(creatorId)) {
      training.set(creatorId, { completedAt: e.completedAt, title: e.session.title });
    }
  }
  // The directory is small (tens of rows): one read answers every region in the batch.
  const resources = await em.find(CrisisResource, { archivedAt: null });
  // A page of recognitions usually spans one campaign (boards filter by campaign): a count each.
  const published = new Map(
    await Promise.all(
      campaignIds.map(
        async (id) =>
          [id, await em.count(Recognition, { campaign: id, status: RecognitionStatus.PUBLISHED })] as const,
      ),
    ),
  );
  return {
    training,
    servedRegions: new Set(resources.flatMap((r) => r.regions)),
    hasGlobalResource: resources.some((r) => r.isGlobal),
    published,
  };
}

/** The checks for one candidate, from loaded facts; no I/O. */
function evaluate(candidate: EligibilityCandidate, facts: EligibilityFacts): EligibilityCheck[] {
  const { creator, campaign, videos } = candidate;
  const checks: EligibilityCheck[] = [];

  const consent = creator.consent;
  checks.push(
    !consent?.givenAt
      ? check(EligibilityCheckName.CONSENT, false, 'No spotlight consent is on file')
      : consent.withdrawnAt
        ? check(
            EligibilityCheckName.CONSENT,
            false,
            `Consent was withdrawn on ${day(consent.withdrawnAt)}`,
            consent.withdrawnAt,
          )
        : check(
            EligibilityCheckName.CONSENT,
            true,
            `Consent (${consent.scope}) given on ${day(consent.givenAt)}`,
            consent.givenAt,
          ),
  );

  checks.push(
    creator.archivedAt
      ? check(EligibilityCheckName.CREATOR_ACTIVE, false, 'The creator is archived')
      : creator.status !== CreatorStatus.ACTIVE
        ? check(EligibilityCheckName.CREATOR_ACTIVE, false, 'The creator is suspended')
        : check(EligibilityCheckName.CREATOR_ACTIVE, true, 'The creator is active'),
  );

  const trained = facts.training.get(creator.id);
  checks.push(
    trained
      ? check(
          EligibilityCheckName.SAFE_MESSAGING_TRAINING,
          true,
          `Completed "${trained.title}" on ${day(trained.completedAt)}`,
          trained.completedAt,
        )
      : check(
          EligibilityCheckName.SAFE_MESSAGING_TRAINING,
          false,
          'No safe-messaging training completed in the last 12 months',
        ),
  );

  const advisories = videos.map((video) => ({ video, advisory: advisoryOf(video) }));
  const sensitive = advisories.filter((a) => a.advisory.required);
  const problems: string[] = [];
  for (const { video } of advisories) {
    if (video.creator.id !== creator.id) problems.push(`"${video.title}" is not by this creator`);
    if (video.archivedAt) problems.push(`"${video.title}" is archived`);
  }
  if (sensitive.length > 0 && !facts.hasGlobalResource && !facts.servedRegions.has(creator.region)) {
    problems.push(`no crisis resource serves ${creator.region} and there is no global fallback`);
  }
  for (const { video, advisory } of sensitive) {
    if (!advisory.warningText) problems.push(`"${video.title}" has no warning text`);
  }
  checks.push(
    videos.length === 0
      ? check(EligibilityCheckName.VIDEO_ADVISORIES, false, 'No video is featured')
      : problems.length > 0
        ? check(EligibilityCheckName.VIDEO_ADVISORIES, false, problems.join('; '))
        : check(
            EligibilityCheckName.VIDEO_ADVISORIES,
            true,
            sensitive.length > 0
              ? `${sensitive.length} sensitive video(s) carry advisories and crisis resources`
              : 'No featured video is on a sensitive topic',
          ),
  );

  const blocking = [
    ...candidate.citationFindings
      .filter((f) => f.severity === SafetySeverity.BLOCK)
      .map((f) => `citation: ${f.message} ("${f.excerpt}")`),
    ...videos.flatMap((v) =>
      v.safetyFindings
        .filter((f) => f.severity === SafetySeverity.BLOCK)
        .map((f) => `"${v.title}" ${f.field.toLowerCase()}: ${f.message} ("${f.excerpt}")`),
    ),
  ];
  checks.push(
    blocking.length > 0
      ? check(EligibilityCheckName.SAFE_MESSAGING, false, blocking.join('; '))
      : check(
          EligibilityCheckName.SAFE_MESSAGING,
          true,
          'No blocking safe-messaging finding in the citation or featured videos',
        ),
  );

  // Places taken by others: this recognition's own place does not count against it.
  const taken = (facts.published.get(campaign.id) ?? 0) - (candidate.holdsPublishedPlace ? 1 : 0);
  checks.push(
    taken < campaign.spotlightCapacity
      ? check(
          EligibilityCheckName.CAMPAIGN_CAPACITY,
          true,
          `${taken} of ${campaign.spotlightCapacity} spotlight places taken`,
        )
      : check(
          EligibilityCheckName.CAMPAIGN_CAPACITY,
          false,
          `All ${campaign.spotlightCapacity} spotlight places are taken`,
        ),
  );
  return checks;
}

/** Every check for each candidate at `now`, in order, with the facts loaded once for them all. */
export async function checkCandidates(
  em: EntityManager,
  candidates: readonly EligibilityCandidate[],
  now = new Date(),
): Promise<EligibilityCheck[][]> {
  if (candidates.length === 0) return [];
  const facts = await loadFacts(em, candidates, now);
  return candidates.map((c) => evaluate(c, facts));
}

/** A stored recognition as the checks see it. Its relations must be loaded. */
export const candidateOf = (recognition: Recognition): EligibilityCandidate => ({
  creator: recognition.creator,
  campaign: recognition.campaign,
  videos: recognition.featuredVideos.getItems(),
  citationFindings: recognition.safetyFindings,
  holdsPublishedPlace: recognition.status === RecognitionStatus.PUBLISHED,
});

/**
 * Every check for each recognition at `now`, in order. A whole page of recognitions costs the same few
 * queries as one: relations are populated together and the facts are loaded once.
 */
export async function checkEligibility(
  em: EntityManager,
  recognitions: readonly Recognition[],
  now = new Date(),
): Promise<EligibilityCheck[][]> {
  if (recognitions.length === 0) return [];
  await em.populate([...recognitions], ['creator', 'campaign', 'featuredVideos'], { refresh: false });
  return checkCandidates(em, recognitions.map(candidateOf), now);
}

export const failedChecks = (checks: readonly EligibilityCheck[]) => checks.filter((c) => !c.passed);

@ObjectType({
  description:
    'Whether a creator could be spotlighted in a campaign with these videos, asked before nominating: nothing is created.',
})
export class NominationEligibility {
  @Field(() => [EligibilityCheck], {
    description:
      'The same named checks a recognition shows once nominated (approve and publish need all of them to pass).',
  })
  checks!: EligibilityCheck[];

  @Field({ description: 'True when every check passes now.' })
  eligible!: boolean;

  @Field(() => Recognition, {
    nullable: true,
    description:
      "The creator's live nomination in the campaign (nominated through published), if there is one: a second is refused.",
  })
  liveNomination!: Recognition | null;

  @Field(() => [String], {
    description:
      'Why `nominateCreator` would refuse these arguments now (a live nomination, an archived campaign, a video that is archived or by someone else); empty when it would accept them.',
  })
  nominationBlockers!: string[];
}
