/**
 * Factories, not fixtures: each builds one saved record with plausible fictional values, creating any
 * parent it needs that the test did not pass. Overrides win.
 */
import { randomBytes } from 'node:crypto';
import { ContentStrategy, Topic } from '@beacon/shared';
import type { EntityManager } from '@mikro-orm/core';
import { Campaign } from '../modules/campaigns/campaign.entity.js';
import { newEntity } from '../modules/common/catalogue.js';
import { ConsentScope, Creator, SpotlightConsent } from '../modules/creators/creator.entity.js';
import {
  ContactChannel,
  ContactMethod,
  CrisisResource,
} from '../modules/crisis-resources/crisis-resource.entity.js';
import { AdCreditGrant, GrantStatus } from '../modules/grants/ad-credit-grant.entity.js';
import { Organisation, OrganisationKind } from '../modules/organisations/organisation.entity.js';
import { Recognition, RecognitionStatus } from '../modules/recognitions/recognition.entity.js';
import { RecognitionNote, reviewNoteKindFor } from '../modules/recognitions/recognition-note.entity.js';
import { hashPassword } from '../modules/staff/staff.service.js';
import { StaffRole } from '../modules/staff/staff-role.js';
import { StaffUser } from '../modules/staff/staff-user.entity.js';
import { TrainingEnrolment } from '../modules/training/training-enrolment.entity.js';
import {
  TrainingAudience,
  TrainingOccasion,
  TrainingSession,
  TrainingTopic,
} from '../modules/training/training-session.entity.js';
import { AwarenessVideo } from '../modules/videos/awareness-video.entity.js';

const unique = () => randomBytes(4).toString('hex');

async function save<T extends object>(em: EntityManager, entity: T): Promise<T> {
  await em.persistAndFlush(entity);
  return entity;
}

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export async function buildStaff(em: EntityManager, overrides: Partial<StaffUser> = {}): Promise<StaffUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = unique();
  return save(
    em,
    newEntity(StaffUser, {
      email: `staff-${id}@beacon.test`,
      displayName: `Staff ${id}`,
      role: StaffRole.EDITOR,
      passwordHash: await passwordHash,
      ...overrides,
    }),
  );
}

export async function buildCreator(em: EntityManager, overrides: Partial<Creator> = {}): Promise<Creator> {
  const id = unique();
  return save(
    em,
    newEntity(Creator, {
      handle: `creator_${id}`,
      displayName: `Creator ${id}`,
      bio: 'Talks about looking after your mental health.',
      region: 'GB',
      languages: ['en'],
      topics: [Topic.ANXIETY],
      followerCount: 1000,
      profileUrl: `https://video.example/@creator_${id}`,
      consent: Object.assign(new SpotlightConsent(), {
        givenAt: new Date('2023-04-01T00:00:00Z'),
        scope: ConsentScope.SPOTLIGHT,
        withdrawnAt: null,
      }),
      ...overrides,
    }),
  );
}

export async function buildVideo(
  em: EntityManager,
  overrides: Partial<AwarenessVideo> = {},
): Promise<AwarenessVideo> {
  const creator = overrides.creator ?? (await buildCreator(em));
  const id = unique();
  return save(
    em,
    newEntity(AwarenessVideo, {
      creator,
      title: `Video ${id}`,
      caption: 'Five things that help on a hard day.',
      url: `https://video.example/v/${id}`,
      publishedAt: new Date('2023-05-02T12:00:00Z'),
      durationSeconds: 60,
      strategy: ContentStrategy.EDUCATIONAL,
      topics: [Topic.ANXIETY],
      hashtags: ['mentalhealthawareness'],
      ...overrides,
    }),
  );
}

export async function buildOrganisation(
  em: EntityManager,
  overrides: Partial<Organisation> = {},
): Promise<Organisation> {
  const id = unique();
  return save(
    em,
    newEntity(Organisation, {
      name: `Organisation ${id}`,
      kind: OrganisationKind.NON_PROFIT,
      website: `https://org-${id}.example`,
      description: 'A fictional partner for tests.',
      focusTopics: [Topic.GENERAL_WELLBEING],
      regionsServed: ['US'],
      ...overrides,
    }),
  );
}

export async function buildCampaign(em: EntityManager, overrides: Partial<Campaign> = {}): Promise<Campaign> {
  const id = unique();
  return save(
    em,
    newEntity(Campaign, {
      slug: `campaign-${id}`,
      name: `Campaign ${id}`,
      hashtag: '#MentalHealthAwareness',
      theme: 'Looking after each other.',
      startsOn: '2023-05-01',
      endsOn: '2023-05-31',
      spotlightCapacity: 10,
      ...overrides,
    }),
  );
}

export async function buildGrant(
  em: EntityManager,
  overrides: Partial<AdCreditGrant> = {},
): Promise<AdCreditGrant> {
  return save(
    em,
    newEntity(AdCreditGrant, {
      organisation: overrides.organisation ?? (await buildOrganisation(em)),
      campaign: overrides.campaign ?? (await buildCampaign(em)),
      amountMinor: 25_000_000,
      currency: 'USD',
      status: GrantStatus.PLEDGED,
      ...overrides,
    }),
  );
}

export async function buildSession(
  em: EntityManager,
  overrides: Partial<TrainingSession> = {},
): Promise<TrainingSession> {
  const id = unique();
  return save(
    em,
    newEntity(TrainingSession, {
      title: `Safe messaging ${id}`,
      topic: TrainingTopic.SAFE_MESSAGING_SUICIDE,
      audience: TrainingAudience.CREATORS,
      occasion: TrainingOccasion.WORLD_MENTAL_HEALTH_DAY,
      startsAt: new Date('2023-09-20T15:00:00Z'),
      endsAt: new Date('2023-09-20T16:30:00Z'),
      timeZone: 'Europe/London',
      capacity: 50,
      ...overrides,
    }),
  );
}

export async function buildEnrolment(
  em: EntityManager,
  overrides: Partial<TrainingEnrolment> = {},
): Promise<TrainingEnrolment> {
  const session = overrides.session ?? (await buildSession(em));
  const creator =
    overrides.creator === undefined && overrides.organisation == null
      ? await buildCreator(em)
      : (overrides.creator ?? null);
  return save(em, newEntity(TrainingEnrolment, { session, creator, ...overrides }));
}

export async function buildCrisisResource(
  em: EntityManager,
  overrides: Partial<CrisisResource> = {},
): Promise<CrisisResource> {
  const id = unique();
  return save(
    em,
    newEntity(CrisisResource, {
      name: `Helpline ${id}`,
      organisationName: 'A fictional helpline',
      contacts: [
        Object.assign(new ContactMethod(), {
          channel: ContactChannel.CALL,
          value: '0800 000 000',
          instructions: null,
        }),
      ],
      regions: ['GB'],
      isGlobal: false,
      topics: [],
      hours: '24/7',
      languages: ['en'],
      lastVerifiedAt: new Date(),
      ...overrides,
    }),
  );
}

/** A creator who meets every spotlight condition: consent, active, recent safe-messaging training, one video. */
export async function buildEligibleCreator(
  em: EntityManager,
  overrides: Partial<Creator> = {},
): Promise<{ creator: Creator; video: AwarenessVideo }> {
  const creator = await buildCreator(em, overrides);
  await buildEnrolment(em, {
    creator,
    session: await buildSession(em, { topic: TrainingTopic.SAFE_MESSAGING_SUICIDE }),
    attendedAt: new Date(Date.now() - 30 * 86_400_000),
    completedAt: new Date(Date.now() - 30 * 86_400_000),
  });
  const video = await buildVideo(em, {
    creator,
    caption: 'Small steps that helped me on hard days. You are not alone.',
  });
  return { creator, video };
}

/**
 * A recognition; `reviewerNotes` adds the review decision's note to its thread, as a reviewer would have
 * (its kind follows the status).
 */
export async function buildRecognition(
  em: EntityManager,
  overrides: Partial<Recognition> & { featured?: AwarenessVideo[]; reviewerNotes?: string } = {},
): Promise<Recognition> {
  const { featured, reviewerNotes, ...rest } = overrides;
  let creator = rest.creator;
  let videos = featured;
  if (!creator) {
    const eligible = await buildEligibleCreator(em);
    creator = eligible.creator;
    videos ??= [eligible.video];
  }
  const campaign = rest.campaign ?? (await buildCampaign(em));
  const recognition = newEntity(Recognition, {
    citation: 'For patient, hopeful videos that help young people talk about how they feel.',
    nominatedBy: rest.nominatedBy ?? (await buildStaff(em, { role: StaffRole.EDITOR })),
    status: RecognitionStatus.NOMINATED,
    liveSlot: `${creator.id}:${campaign.id}`,
    ...rest,
    creator,
    campaign,
  });
  if (videos) recognition.featuredVideos.set(videos);
  await save(em, recognition);
  if (reviewerNotes) {
    await save(
      em,
      newEntity(RecognitionNote, {
        recognition,
        author: recognition.reviewedBy,
        kind: reviewNoteKindFor(recognition.status),
        body: reviewerNotes,
      }),
    );
  }
  return recognition;
}
