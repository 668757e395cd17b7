/**
 * Loads the demo programme: the 2021-2023 campaigns and partners of the real programme (programme-data.ts)
 * and a fictional cast of creators with their videos and training (fictional-creators.ts).
 *
 * Idempotent: every record is looked up by its natural key (campaign slug, organisation name, creator handle,
 * video URL, resource name, session title, grant organisation + campaign, enrolment session + enrolee) and
 * only missing ones are created; existing records are left exactly as staff keep them. The same holds for the
 * spotlights (demo-spotlights.ts): demo staff by email, recognitions by creator + campaign, whatever their
 * status. All in one transaction, so a failed seed leaves nothing half-loaded.
 */
import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/core';
import { Campaign, ProgrammingWindow } from '../../modules/campaigns/campaign.entity.js';
import { newEntity } from '../../modules/common/catalogue.js';
import type { BaseRecord } from '../../modules/common/node.js';
import { Creator, SpotlightConsent } from '../../modules/creators/creator.entity.js';
import { ContactMethod, CrisisResource } from '../../modules/crisis-resources/crisis-resource.entity.js';
import { AdCreditGrant } from '../../modules/grants/ad-credit-grant.entity.js';
import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { Recognition, RecognitionStatus } from '../../modules/recognitions/recognition.entity.js';
import { RecognitionNote, reviewNoteKindFor } from '../../modules/recognitions/recognition-note.entity.js';
import { StaffUser } from '../../modules/staff/staff-user.entity.js';
import { TrainingEnrolment } from '../../modules/training/training-enrolment.entity.js';
import { TrainingSession } from '../../modules/training/training-session.entity.js';
import { AwarenessVideo } from '../../modules/videos/awareness-video.entity.js';
import {
  DEMO_STAFF,
  type DemoStaffKey,
  featuredVideosFor,
  SPOTLIGHTS,
  type SpotlightSeed,
} from './demo-spotlights.js';
import {
  buildCreatorEnrolments,
  buildDemoVideos,
  CREATORS,
  type CreatorSeed,
  profileUrl,
  type VideoSeed,
} from './fictional-creators.js';
import {
  CAMPAIGNS,
  CRISIS_RESOURCES,
  GRANTS,
  ORGANISATION_ENROLMENTS,
  ORGANISATIONS,
  RESOURCES_LAST_VERIFIED_AT,
  TRAINING_SESSIONS,
} from './programme-data.js';

export interface SeedResult {
  /** False when `onlyIfEmpty` found campaigns already there and did nothing. */
  seeded: boolean;
  /** How many records of each kind the demo programme has in the database after the run. */
  counts: Record<string, number>;
}

export async function seedDemoProgramme(
  em: EntityManager,
  options: { onlyIfEmpty: boolean },
): Promise<SeedResult> {
  return em.transactional(async (tx): Promise<SeedResult> => {
    if (options.onlyIfEmpty && (await tx.count(Campaign)) > 0) return { seeded: false, counts: {} };

    const organisations = await ensureOrganisations(tx);
    const campaigns = await ensureCampaigns(tx, organisations);
    const grants = await ensureGrants(tx, organisations, campaigns);
    const crisisResources = await ensureCrisisResources(tx);
    const creators = await ensureCreators(tx);
    const videos = await ensureVideos(tx, creators);
    const sessions = await ensureTrainingSessions(tx, organisations, campaigns);
    const enrolments = await ensureEnrolments(tx, sessions, creators, organisations);
    const staff = await ensureDemoStaff(tx);
    const recognitions = await ensureRecognitions(tx, { campaigns, creators, videos, staff });
    await tx.flush();

    return {
      seeded: true,
      counts: {
        organisations: organisations.size,
        campaigns: campaigns.size,
        programmingWindows: CAMPAIGNS.reduce((sum, c) => sum + c.windows.length, 0),
        adCreditGrants: grants,
        crisisResources,
        creators: creators.size,
        awarenessVideos: videos.size,
        trainingSessions: sessions.size,
        trainingEnrolments: enrolments,
        staffUsers: staff.size,
        recognitions,
      },
    };
  });
}

/**
 * Reads without tracking. The seed only ever adds records, so nothing it reads may be flushed back: a tracked
 * read of a record staff have edited could otherwise be written again (and its version bumped) on commit.
 */
const UNTRACKED = { disableIdentityMap: true } as const;

/**
 * The records of `entity` whose `key` matches a seed's, creating (and persisting) those that are missing.
 * Returns, by key, an unloaded reference to each existing record (enough to point new records at it) or the
 * new record, and the existing records as read (untracked, with `populate` loaded).
 */
async function ensureByKey<T extends BaseRecord, S>(
  tx: EntityManager,
  entity: EntityClass<T>,
  key: keyof T & string,
  seeds: readonly S[],
  keyOfSeed: (seed: S) => string,
  build: (seed: S) => T,
  populate: readonly string[] = [],
): Promise<{ byKey: Map<string, T>; existing: Map<string, T> }> {
  const found = await tx.find(entity, { [key]: { $in: seeds.map(keyOfSeed) } } as FilterQuery<T>, {
    ...UNTRACKED,
    populate: populate as never,
  });
  const existing = new Map<string, T>(found.map((record) => [String(record[key as never]), record as T]));
  const byKey = new Map<string, T>();
  for (const seed of seeds) {
    const at = keyOfSeed(seed);
    const record = existing.get(at);
    if (record) {
      byKey.set(at, tx.getReference(entity, record.id as never) as T);
    } else {
      const created = build(seed);
      tx.persist(created);
      byKey.set(at, created);
    }
  }
  return { byKey, existing };
}

/** Looks a seeded record up by key; a miss is a mistake in the seed data itself. */
function must<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (!found) throw new Error(`demo programme data refers to an unknown ${what}: ${key}`);
  return found;
}

async function ensureOrganisations(tx: EntityManager): Promise<Map<string, Organisation>> {
  const { byKey } = await ensureByKey(
    tx,
    Organisation,
    'name',
    ORGANISATIONS,
    (o) => o.name,
    (o) =>
      newEntity(Organisation, {
        name: o.name,
        kind: o.kind,
        website: o.website,
        description: o.description,
        focusTopics: [...o.focusTopics],
        regionsServed: [...o.regionsServed],
      }),
  );
  return byKey;
}

/** Campaigns by slug; an existing campaign gets whichever seeded partners and windows it lacks. */
async function ensureCampaigns(
  tx: EntityManager,
  organisations: Map<string, Organisation>,
): Promise<Map<string, Campaign>> {
  const { byKey: campaigns, existing } = await ensureByKey(
    tx,
    Campaign,
    'slug',
    CAMPAIGNS,
    (c) => c.slug,
    (c) =>
      newEntity(Campaign, {
        slug: c.slug,
        name: c.name,
        hashtag: c.hashtag,
        theme: c.theme,
        description: c.description,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        spotlightCapacity: c.spotlightCapacity,
      }),
    ['partners', 'programmingWindows'],
  );
  for (const seed of CAMPAIGNS) {
    const campaign = must(campaigns, seed.slug, 'campaign');
    const before = existing.get(seed.slug);
    const partnerIds = new Set(before?.partners.getItems().map((p) => p.id));
    const missingPartners = seed.partners
      .map((name) => must(organisations, name, 'organisation'))
      .filter((partner) => !partnerIds.has(partner.id));
    if (missingPartners.length > 0) {
      // Only a campaign that gains partners is loaded for change.
      const target = before
        ? await tx.findOneOrFail(Campaign, { id: campaign.id }, { populate: ['partners'] })
        : campaign;
      target.partners.add(missingPartners);
    }
    const windowTitles = new Set(before?.programmingWindows.getItems().map((w) => w.title));
    for (const window of seed.windows) {
      if (!windowTitles.has(window.title)) tx.persist(newEntity(ProgrammingWindow, { ...window, campaign }));
    }
  }
  return campaigns;
}

async function ensureGrants(
  tx: EntityManager,
  organisations: Map<string, Organisation>,
  campaigns: Map<string, Campaign>,
): Promise<number> {
  const grantKey = (organisationId: string, campaignId: string) => `${organisationId}|${campaignId}`;
  const existing = await tx.find(AdCreditGrant, { campaign: { $in: [...campaigns.values()] } }, UNTRACKED);
  const present = new Set(existing.map((g) => grantKey(g.organisation.id, g.campaign.id)));
  for (const seed of GRANTS) {
    const organisation = must(organisations, seed.organisation, 'organisation');
    const campaign = must(campaigns, seed.campaign, 'campaign');
    if (present.has(grantKey(organisation.id, campaign.id))) continue;
    tx.persist(
      newEntity(AdCreditGrant, {
        organisation,
        campaign,
        amountMinor: seed.amountMinor,
        currency: seed.currency,
        status: seed.status,
        illustrative: seed.illustrative,
        note: seed.note,
      }),
    );
  }
  return GRANTS.length;
}

async function ensureCrisisResources(tx: EntityManager): Promise<number> {
  const { byKey } = await ensureByKey(
    tx,
    CrisisResource,
    'name',
    CRISIS_RESOURCES,
    (r) => r.name,
    (r) =>
      newEntity(CrisisResource, {
        name: r.name,
        organisationName: r.organisationName,
        contacts: r.contacts.map((c) => newEntity(ContactMethod, { ...c })),
        regions: [...r.regions],
        isGlobal: r.isGlobal,
        topics: [...r.topics],
        hours: r.hours,
        languages: [...r.languages],
        lastVerifiedAt: RESOURCES_LAST_VERIFIED_AT,
      }),
  );
  return byKey.size;
}

async function ensureCreators(tx: EntityManager): Promise<Map<string, Creator>> {
  const { byKey } = await ensureByKey(tx, Creator, 'handle', CREATORS, (c) => c.handle, buildCreator);
  return byKey;
}

function buildCreator(seed: CreatorSeed): Creator {
  return newEntity(Creator, {
    handle: seed.handle,
    displayName: seed.displayName,
    bio: seed.bio,
    region: seed.region,
    languages: [...seed.languages],
    topics: [...seed.topics],
    followerCount: seed.followerCount,
    profileUrl: profileUrl(seed.handle),
    status: seed.status,
    consent: seed.consent ? newEntity(SpotlightConsent, { ...seed.consent }) : null,
  });
}

/** Videos by URL. */
async function ensureVideos(
  tx: EntityManager,
  creators: Map<string, Creator>,
): Promise<Map<string, AwarenessVideo>> {
  const { byKey } = await ensureByKey(
    tx,
    AwarenessVideo,
    'url',
    DEMO_VIDEOS,
    (v) => v.url,
    ({ creatorHandle, topics, hashtags, ...video }) =>
      newEntity(AwarenessVideo, {
        ...video,
        creator: must(creators, creatorHandle, 'creator'),
        topics: [...topics],
        hashtags: [...hashtags],
      }),
  );
  return byKey;
}

async function ensureTrainingSessions(
  tx: EntityManager,
  organisations: Map<string, Organisation>,
  campaigns: Map<string, Campaign>,
): Promise<Map<string, TrainingSession>> {
  const { byKey } = await ensureByKey(
    tx,
    TrainingSession,
    'title',
    TRAINING_SESSIONS,
    (s) => s.title,
    ({ facilitator, campaign, ...session }) =>
      newEntity(TrainingSession, {
        ...session,
        facilitator: facilitator ? must(organisations, facilitator, 'organisation') : null,
        campaign: campaign ? must(campaigns, campaign, 'campaign') : null,
      }),
  );
  return byKey;
}

/** Attendance is recorded as the session starts and completion as it ends. */
async function ensureEnrolments(
  tx: EntityManager,
  sessions: Map<string, TrainingSession>,
  creators: Map<string, Creator>,
  organisations: Map<string, Organisation>,
): Promise<number> {
  const enrolmentKey = (sessionId: string, enroleeId: string) => `${sessionId}|${enroleeId}`;
  const existing = await tx.find(TrainingEnrolment, { session: { $in: [...sessions.values()] } }, UNTRACKED);
  const present = new Set(
    existing.map((e) => enrolmentKey(e.session.id, e.creator?.id ?? e.organisation?.id ?? '')),
  );
  const wanted: {
    session: string;
    enrolee: Creator | Organisation;
    attended: boolean;
    completed: boolean;
  }[] = [
    ...buildCreatorEnrolments().map((e) => ({ ...e, enrolee: must(creators, e.creatorHandle, 'creator') })),
    ...ORGANISATION_ENROLMENTS.map((e) => ({
      ...e,
      enrolee: must(organisations, e.organisation, 'organisation'),
    })),
  ];

  for (const { session: title, enrolee, attended, completed } of wanted) {
    const session = must(sessions, title, 'training session');
    if (present.has(enrolmentKey(session.id, enrolee.id))) continue;
    const times = must(SESSION_TIMES, title, 'training session');
    tx.persist(
      newEntity(TrainingEnrolment, {
        session,
        creator: enrolee instanceof Creator ? enrolee : null,
        organisation: enrolee instanceof Organisation ? enrolee : null,
        attendedAt: attended ? times.startsAt : null,
        completedAt: completed ? times.endsAt : null,
      }),
    );
  }
  return wanted.length;
}

/** From the seed data, since existing sessions are only referenced, not read. */
const SESSION_TIMES = new Map(TRAINING_SESSIONS.map((s) => [s.title as string, s]));

/** Generated once: the videos are both seeded and picked from for the spotlights. */
const DEMO_VIDEOS: readonly VideoSeed[] = buildDemoVideos();

/**
 * The demo staff by role, created when their email is missing. Only their own emails are looked up, so no
 * other account (the real admin, invited staff) is read or touched. No password and no invitation: these
 * accounts exist so the seeded spotlights have a review trail, and nobody can sign in to them.
 */
async function ensureDemoStaff(tx: EntityManager): Promise<Map<DemoStaffKey, StaffUser>> {
  const seeds = Object.entries(DEMO_STAFF) as [DemoStaffKey, (typeof DEMO_STAFF)[DemoStaffKey]][];
  const { byKey } = await ensureByKey(
    tx,
    StaffUser,
    'email',
    seeds,
    ([, seed]) => seed.email,
    ([, seed]) =>
      newEntity(StaffUser, {
        email: seed.email,
        displayName: seed.displayName,
        role: seed.role,
        passwordHash: null,
        invitationTokenHash: null,
        invitationExpiresAt: null,
      }),
  );
  return new Map(seeds.map(([key, seed]) => [key, must(byKey, seed.email, 'staff member')]));
}

/**
 * The seeded spotlights, each created only when its creator has no recognition at all in its campaign (in
 * any status: staff may have withdrawn or rejected one, and that decision stands). A published one takes the
 * next free rank, as publishing does, and is left out when the campaign has no room, so the seed never
 * pushes a campaign past its spotlight capacity. Returns how many seeded spotlights are in place.
 */
async function ensureRecognitions(
  tx: EntityManager,
  loaded: {
    campaigns: Map<string, Campaign>;
    creators: Map<string, Creator>;
    videos: Map<string, AwarenessVideo>;
    staff: Map<DemoStaffKey, StaffUser>;
  },
): Promise<number> {
  const { campaigns, creators, videos, staff } = loaded;
  const slotKey = (creatorId: string, campaignId: string) => `${creatorId}:${campaignId}`;
  const campaignIds = [...campaigns.values()].map((c) => c.id);
  const existing = await tx.find(Recognition, { campaign: { $in: campaignIds } }, UNTRACKED);
  const present = new Set(existing.map((r) => slotKey(r.creator.id, r.campaign.id)));
  // Capacity as staff keep it; a campaign created in this run has the seed's.
  const stored = await tx.find(Campaign, { id: { $in: campaignIds } }, UNTRACKED);
  const capacity = new Map(
    CAMPAIGNS.map((c) => [must(campaigns, c.slug, 'campaign').id, c.spotlightCapacity]),
  );
  for (const campaign of stored) capacity.set(campaign.id, campaign.spotlightCapacity);
  const publishedRanks = new Map<string, number[]>();
  for (const r of existing) {
    if (r.status !== RecognitionStatus.PUBLISHED) continue;
    publishedRanks.set(r.campaign.id, [...(publishedRanks.get(r.campaign.id) ?? []), r.rank ?? 0]);
  }

  const editor = must(staff, 'editor', 'staff member');
  const reviewer = must(staff, 'reviewer', 'staff member');
  const publisher = must(staff, 'publisher', 'staff member');
  let inPlace = 0;
  for (const seed of [...SPOTLIGHTS].sort(byRank)) {
    const campaign = must(campaigns, seed.campaign, 'campaign');
    const creator = must(creators, seed.creatorHandle, 'creator');
    const slot = slotKey(creator.id, campaign.id);
    if (present.has(slot)) {
      inPlace += 1;
      continue;
    }
    let rank: number | null = null;
    if (seed.status === RecognitionStatus.PUBLISHED) {
      const ranks = publishedRanks.get(campaign.id) ?? [];
      if (ranks.length >= (capacity.get(campaign.id) ?? 0)) continue;
      rank = Math.max(0, ...ranks) + 1;
      publishedRanks.set(campaign.id, [...ranks, rank]);
    }
    const dates = must(CAMPAIGN_DATES, seed.campaign, 'campaign');
    const featured = featuredVideosFor(seed, dates, DEMO_VIDEOS).map((v) => must(videos, v.url, 'video'));
    if (featured.length === 0) throw new Error(`demo spotlight of ${seed.creatorHandle} features no video`);
    const recognition = newEntity(Recognition, {
      creator,
      campaign,
      citation: seed.citation,
      status: seed.status,
      rank,
      nominatedBy: editor,
      nominatedAt: seed.nominatedAt,
      reviewedBy: seed.reviewedAt ? reviewer : null,
      reviewedAt: seed.reviewedAt,
      approvedBy: seed.approvedAt ? publisher : null,
      approvedAt: seed.approvedAt,
      publishedBy: seed.publishedAt ? publisher : null,
      publishedAt: seed.publishedAt,
      liveSlot: ENDED.has(seed.status) ? null : slot,
    });
    recognition.featuredVideos.set(featured);
    tx.persist(recognition);
    if (seed.reviewerNotes) {
      // The review decision's note opens the nomination's thread, written by the reviewer when they decided.
      tx.persist(
        newEntity(RecognitionNote, {
          recognition,
          author: reviewer,
          kind: reviewNoteKindFor(seed.status),
          body: seed.reviewerNotes,
          createdAt: seed.reviewedAt ?? seed.nominatedAt,
        }),
      );
    }
    present.add(slot);
    inPlace += 1;
  }
  return inPlace;
}

/** Statuses that free the creator's slot in the campaign (no live nomination). */
const ENDED = new Set([RecognitionStatus.REJECTED, RecognitionStatus.WITHDRAWN]);

/** Published spotlights in rank order (the sort is stable), so ranks are handed out as the seed numbers them. */
const byRank = (a: SpotlightSeed, b: SpotlightSeed): number =>
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);

const CAMPAIGN_DATES = new Map(CAMPAIGNS.map((c) => [c.slug as string, c]));
