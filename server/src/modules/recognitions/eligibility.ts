/**
 * Whether a creator may be spotlighted: one function returning named checks, each passed or failed with a
 * reason. Staff see it on every recognition; approve and publish (and a scheduled publish when it fires)
 * refuse unless every check passes.
 */

import { deriveAdvisory, SafetySeverity } from '@beacon/shared';
import type { EntityManager } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { describeEnum } from '../common/enums.js';
import { allOf, jsonArrayContains } from '../common/filters.js';
import { CreatorStatus } from '../creators/creator.entity.js';
import { CrisisResource } from '../crisis-resources/crisis-resource.entity.js';
import { TrainingEnrolment } from '../training/training-enrolment.entity.js';
import { TrainingTopic } from '../training/training-session.entity.js';
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
}

const TRAINING_VALID_MS = 365 * 24 * 3_600_000;

const check = (name: EligibilityCheckName, passed: boolean, reason: string): EligibilityCheck =>
  Object.assign(new EligibilityCheck(), { name, passed, reason });

/** Every check for `recognition` at `now`. Loads what it needs; the recognition's relations may be references. */
export async function checkEligibility(
  em: EntityManager,
  recognition: Recognition,
  now = new Date(),
): Promise<EligibilityCheck[]> {
  await em.populate(recognition, ['creator', 'campaign', 'featuredVideos'], { refresh: false });
  const creator = recognition.creator;
  const campaign = recognition.campaign;
  const videos = recognition.featuredVideos.getItems();
  const checks: EligibilityCheck[] = [];

  const consent = creator.consent;
  checks.push(
    !consent?.givenAt
      ? check(EligibilityCheckName.CONSENT, false, 'No spotlight consent is on file')
      : consent.withdrawnAt
        ? check(
            EligibilityCheckName.CONSENT,
            false,
            `Consent was withdrawn on ${consent.withdrawnAt.toISOString().slice(0, 10)}`,
          )
        : check(
            EligibilityCheckName.CONSENT,
            true,
            `Consent (${consent.scope}) given on ${consent.givenAt.toISOString().slice(0, 10)}`,
          ),
  );

  checks.push(
    creator.archivedAt
      ? check(EligibilityCheckName.CREATOR_ACTIVE, false, 'The creator is archived')
      : creator.status !== CreatorStatus.ACTIVE
        ? check(EligibilityCheckName.CREATOR_ACTIVE, false, 'The creator is suspended')
        : check(EligibilityCheckName.CREATOR_ACTIVE, true, 'The creator is active'),
  );

  const trained = await em.findOne(
    TrainingEnrolment,
    {
      creator: creator.id,
      archivedAt: null,
      completedAt: { $gte: new Date(now.getTime() - TRAINING_VALID_MS), $lte: now },
      session: { topic: TrainingTopic.SAFE_MESSAGING_SUICIDE },
    },
    { orderBy: { completedAt: 'desc' }, populate: ['session'] },
  );
  checks.push(
    trained?.completedAt
      ? check(
          EligibilityCheckName.SAFE_MESSAGING_TRAINING,
          true,
          `Completed "${trained.session.title}" on ${trained.completedAt.toISOString().slice(0, 10)}`,
        )
      : check(
          EligibilityCheckName.SAFE_MESSAGING_TRAINING,
          false,
          'No safe-messaging training completed in the last 12 months',
        ),
  );

  const sensitive = videos.filter((v) => deriveAdvisory(v.topics).required);
  const problems: string[] = [];
  for (const video of videos) {
    if (video.creator.id !== creator.id) problems.push(`"${video.title}" is not by this creator`);
    if (video.archivedAt) problems.push(`"${video.title}" is archived`);
  }
  if (sensitive.length > 0) {
    const resources = await em.count(
      CrisisResource,
      allOf<CrisisResource>(
        { archivedAt: null },
        {
          $or: [{ isGlobal: true }, jsonArrayContains<CrisisResource>(em, 'regions', creator.region)],
        },
      ),
    );
    if (resources === 0)
      problems.push(`no crisis resource serves ${creator.region} and there is no global fallback`);
    for (const video of sensitive) {
      const advisory = deriveAdvisory(video.topics);
      if (!(video.advisoryWarningOverride ?? advisory.warningText))
        problems.push(`"${video.title}" has no warning text`);
    }
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
    ...recognition.safetyFindings
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

  const published = await em.count(Recognition, {
    campaign: campaign.id,
    status: RecognitionStatus.PUBLISHED,
    id: { $ne: recognition.id },
  });
  checks.push(
    published < campaign.spotlightCapacity
      ? check(
          EligibilityCheckName.CAMPAIGN_CAPACITY,
          true,
          `${published} of ${campaign.spotlightCapacity} spotlight places taken`,
        )
      : check(
          EligibilityCheckName.CAMPAIGN_CAPACITY,
          false,
          `All ${campaign.spotlightCapacity} spotlight places are taken`,
        ),
  );
  return checks;
}

export const failedChecks = (checks: readonly EligibilityCheck[]) => checks.filter((c) => !c.passed);
