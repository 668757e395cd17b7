import { ContentStrategy, checkSafeMessaging, SafetySeverity, SENSITIVE_TOPICS } from '@beacon/shared';
import type { EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign, ProgrammingWindow } from '../../modules/campaigns/campaign.entity.js';
import { Creator, CreatorStatus } from '../../modules/creators/creator.entity.js';
import { ContactChannel, CrisisResource } from '../../modules/crisis-resources/crisis-resource.entity.js';
import { AdCreditGrant } from '../../modules/grants/ad-credit-grant.entity.js';
import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { checkEligibility, failedChecks } from '../../modules/recognitions/eligibility.js';
import { Recognition, RecognitionStatus } from '../../modules/recognitions/recognition.entity.js';
import { RecognitionNote, RecognitionNoteKind } from '../../modules/recognitions/recognition-note.entity.js';
import { SignInGuard } from '../../modules/staff/sign-in-guard.js';
import { signIn } from '../../modules/staff/staff.service.js';
import { StaffRole } from '../../modules/staff/staff-role.js';
import { StaffUser } from '../../modules/staff/staff-user.entity.js';
import { TrainingEnrolment } from '../../modules/training/training-enrolment.entity.js';
import { TrainingSession, TrainingTopic } from '../../modules/training/training-session.entity.js';
import { AwarenessVideo } from '../../modules/videos/awareness-video.entity.js';
import { buildCampaign, buildCreator, buildRecognition, TEST_PASSWORD } from '../../test/factories.js';
import { createTestApp, dataOf, type TestApp } from '../../test/test-app.js';
import { seedDemoProgramme } from './demo-programme.js';
import { DEMO_NOW, DEMO_STAFF } from './demo-spotlights.js';

const SLUGS = ['mental-health-awareness-month-2023', 'wellbeing-guides-2021', 'world-mental-health-day-2022'];
const [MAY_2023, , OCT_2022] = SLUGS as [string, string, string];
const DEMO_EMAILS: readonly string[] = Object.values(DEMO_STAFF).map((s) => s.email);

const ENTITIES = {
  campaigns: Campaign,
  programmingWindows: ProgrammingWindow,
  organisations: Organisation,
  adCreditGrants: AdCreditGrant,
  crisisResources: CrisisResource,
  creators: Creator,
  awarenessVideos: AwarenessVideo,
  trainingSessions: TrainingSession,
  trainingEnrolments: TrainingEnrolment,
  staffUsers: StaffUser,
  recognitions: Recognition,
} as const;

/** Rows and the sum of record versions per kind: any insert or update changes one of them. */
async function databaseState(em: EntityManager) {
  const state: Record<string, { rows: number; versions: number }> = {};
  for (const [kind, entity] of Object.entries(ENTITIES)) {
    const records: { version: number }[] = await em.find(entity as never, {});
    state[kind] = { rows: records.length, versions: records.reduce((sum, r) => sum + r.version, 0) };
  }
  return state;
}

/** The seeded spotlights of a campaign, with everything the checks below read. */
function spotlightsOf(em: EntityManager, slug: string) {
  return em.find(
    Recognition,
    { campaign: { slug } },
    {
      populate: [
        'creator',
        'campaign',
        'featuredVideos',
        'nominatedBy',
        'reviewedBy',
        'approvedBy',
        'publishedBy',
      ],
      orderBy: { rank: 'asc', nominatedAt: 'asc' },
    },
  );
}

describe('demo programme seed', () => {
  let app: TestApp;
  let admin: StaffUser;
  let firstCounts: Record<string, number>;

  beforeAll(async () => {
    app = await createTestApp();
    // The real admin, as a first start creates it before seeding.
    admin = await app.staff(StaffRole.ADMIN, { email: 'admin@beacon.test' });
    const result = await seedDemoProgramme(app.orm.em.fork(), { onlyIfEmpty: true });
    expect(result.seeded).toBe(true);
    firstCounts = result.counts;
  });
  afterAll(() => app?.close());

  it('loads the three campaigns with their windows and partners into an empty database', async () => {
    const em = app.orm.em.fork();
    const campaigns = await em.find(
      Campaign,
      {},
      { populate: ['partners', 'programmingWindows'], orderBy: { slug: 'asc' } },
    );
    expect(campaigns.map((c) => c.slug)).toEqual(SLUGS);
    const [month2023, guides2021] = campaigns;
    expect(month2023?.spotlightCapacity).toBe(10);
    expect(month2023?.partners.getItems().map((o) => o.name)).toHaveLength(7);
    expect(month2023?.programmingWindows.length).toBeGreaterThan(1);
    const window2021 = guides2021?.programmingWindows.getItems()[0];
    expect(window2021?.startsAt.toISOString()).toBe('2021-09-10T00:00:00.000Z');
    expect(window2021?.endsAt.toISOString().slice(0, 10)).toBe('2021-09-16');
    expect(firstCounts).toMatchObject({
      campaigns: 3,
      creators: await em.count(Creator),
      staffUsers: 3,
      recognitions: 17,
    });
  });

  it('loads at least 30 fictional creators and 100 videos covering every strategy and sensitive topic', async () => {
    const em = app.orm.em.fork();
    const creators = await em.find(Creator, {});
    const videos = await em.find(AwarenessVideo, {});
    expect(creators.length).toBeGreaterThanOrEqual(30);
    expect(creators.every((c) => c.profileUrl === `https://www.example-video.app/@${c.handle}`)).toBe(true);
    expect(creators.some((c) => c.status === CreatorStatus.SUSPENDED)).toBe(true);
    expect(creators.some((c) => c.consent === null)).toBe(true);
    expect(creators.some((c) => c.consent?.withdrawnAt)).toBe(true);
    expect(videos.length).toBeGreaterThanOrEqual(100);
    expect(new Set(videos.map((v) => v.strategy))).toEqual(new Set(Object.values(ContentStrategy)));
    const covered = new Set(videos.flatMap((v) => v.topics));
    for (const topic of SENSITIVE_TOPICS) expect(covered, topic).toContain(topic);
  });

  it('gives every demo caption a content warning and a help resource, with nothing the safe-messaging check flags', async () => {
    const videos = await app.orm.em.fork().find(AwarenessVideo, {});
    const flagged = videos
      .map((v) => ({ url: v.url, findings: checkSafeMessaging(v.caption, { topics: v.topics }) }))
      .filter((v) => v.findings.length > 0);
    expect(flagged).toEqual([]);
    const sensitive = videos.filter((v) => v.topics.some((t) => SENSITIVE_TOPICS.includes(t)));
    expect(sensitive.every((v) => v.caption.startsWith('Content warning:'))).toBe(true);
  });

  it('grants the seven fund organisations over $2 million in 2023, every split marked illustrative', async () => {
    const grants = await app.orm.em
      .fork()
      .find(AdCreditGrant, { campaign: { slug: 'mental-health-awareness-month-2023' } });
    expect(grants).toHaveLength(7);
    expect(grants.reduce((sum, g) => sum + g.amountMinor, 0)).toBeGreaterThan(200_000_000);
    expect(grants.every((g) => Number.isInteger(g.amountMinor) && g.currency === 'USD')).toBe(true);
    expect(
      grants.every((g) => g.illustrative && /no per-organisation split was published/.test(g.note)),
    ).toBe(true);
  });

  it('loads the crisis resources by region with a global fallback directory', async () => {
    const resources = await app.orm.em.fork().find(CrisisResource, {}, { orderBy: { name: 'asc' } });
    const byName = new Map(resources.map((r) => [r.name, r]));
    expect(byName.get('988 Suicide & Crisis Lifeline')?.contacts.map((c) => [c.channel, c.value])).toEqual(
      expect.arrayContaining([
        [ContactChannel.CALL, '988'],
        [ContactChannel.TEXT, '988'],
      ]),
    );
    expect(byName.get('Crisis Text Line')?.contacts[0]?.instructions).toBe('Text HOME to 741741');
    expect(byName.get('Samaritans')?.regions).toEqual(['GB', 'IE']);
    expect(byName.get('Samaritans of Singapore')?.contacts[0]?.value).toBe('1767');
    expect(byName.get('Lifeline')?.contacts[0]?.value).toBe('13 11 14');
    const global = resources.filter((r) => r.isGlobal);
    expect(global.map((r) => [r.regions, r.contacts[0]?.value])).toEqual([
      [[], 'https://www.befrienders.org'],
    ]);
    expect(resources.every((r) => r.lastVerifiedAt.toISOString() === '2026-10-01T00:00:00.000Z')).toBe(true);
  });

  it('records a recent safe-messaging training completion for most creators', async () => {
    const completions = await app.orm.em.fork().find(TrainingEnrolment, {
      session: { topic: TrainingTopic.SAFE_MESSAGING_SUICIDE, startsAt: { $gte: new Date('2026-01-01') } },
      completedAt: { $ne: null },
      creator: { $ne: null },
    });
    expect(completions.length).toBeGreaterThan((firstCounts.creators ?? 0) / 2);
  });

  it('adds three demo staff accounts nobody can sign in to, and leaves the real admin alone', async () => {
    const em = app.orm.em.fork();
    const staff = await em.find(StaffUser, {}, { orderBy: { email: 'asc' } });
    expect(staff.map((s) => [s.email, s.role])).toEqual([
      ['admin@beacon.test', StaffRole.ADMIN],
      [DEMO_STAFF.editor.email, StaffRole.EDITOR],
      [DEMO_STAFF.publisher.email, StaffRole.PUBLISHER],
      [DEMO_STAFF.reviewer.email, StaffRole.SAFETY_REVIEWER],
    ]);
    expect(staff.find((s) => s.id === admin.id)?.version).toBe(admin.version);
    const demo = staff.filter((s) => DEMO_EMAILS.includes(s.email));
    expect(demo.map((s) => s.displayName).sort()).toEqual([
      'Demo Editor',
      'Demo Publisher',
      'Demo Safety Reviewer',
    ]);
    expect(demo.every((s) => s.passwordHash === null && s.invitationTokenHash === null)).toBe(true);
    const protection = { guard: new SignInGuard(app.beacon.rateLimits), clientIp: '127.0.0.1' };
    for (const email of DEMO_EMAILS) {
      await expect(
        signIn(em, email, TEST_PASSWORD, { sessionTtlMs: 60_000, demoStaffAllowed: true, ...protection }),
      ).rejects.toThrow(/email or password/);
    }
    expect(firstCounts.staffUsers).toBe(3);
  });

  it('spotlights exactly 10 distinct, eligible creators in May 2023, ranked 1 to 10', async () => {
    const em = app.orm.em.fork();
    const spotlights = await spotlightsOf(em, MAY_2023);
    expect(spotlights.map((r) => [r.status, r.rank])).toEqual(
      Array.from({ length: 10 }, (_, i) => [RecognitionStatus.PUBLISHED, i + 1]),
    );
    expect(new Set(spotlights.map((r) => r.creator.id)).size).toBe(10);
    const checks = await checkEligibility(em, spotlights, DEMO_NOW);
    for (const [i, r] of spotlights.entries()) {
      expect(failedChecks(checks[i] ?? []), r.creator.handle).toEqual([]);
      expect(r.liveSlot).toBe(`${r.creator.id}:${r.campaign.id}`);
    }
  });

  it('features one to three videos the creator posted during the campaign, before the nomination', async () => {
    const em = app.orm.em.fork();
    const spotlights = [...(await spotlightsOf(em, MAY_2023)), ...(await spotlightsOf(em, OCT_2022))];
    for (const r of spotlights) {
      const videos = r.featuredVideos.getItems();
      expect(videos.length, r.creator.handle).toBeGreaterThanOrEqual(1);
      expect(videos.length, r.creator.handle).toBeLessThanOrEqual(3);
      for (const v of videos) {
        expect(v.creator.id).toBe(r.creator.id);
        expect(v.publishedAt.toISOString().slice(0, 7)).toBe(r.campaign.startsOn.slice(0, 7));
        expect(v.publishedAt.getTime()).toBeLessThan(r.nominatedAt.getTime());
      }
    }
  });

  it('gives every spotlight a review trail with four eyes, in lifecycle order', async () => {
    const em = app.orm.em.fork();
    const spotlights = [...(await spotlightsOf(em, MAY_2023)), ...(await spotlightsOf(em, OCT_2022))];
    expect(spotlights).toHaveLength(firstCounts.recognitions ?? 0);
    for (const r of spotlights) {
      expect(r.nominatedBy.email).toBe(DEMO_STAFF.editor.email);
      expect(r.reviewedBy?.email ?? null).toBe(r.reviewedAt ? DEMO_STAFF.reviewer.email : null);
      expect(r.approvedBy?.email ?? null).toBe(r.approvedAt ? DEMO_STAFF.publisher.email : null);
      expect(r.publishedBy?.email ?? null).toBe(r.publishedAt ? DEMO_STAFF.publisher.email : null);
      const steps = [r.nominatedAt, r.reviewedAt, r.approvedAt, r.publishedAt].filter((d) => d !== null);
      expect(steps.map((d) => d.getTime())).toEqual(steps.map((d) => d.getTime()).sort((a, b) => a - b));
      expect(new Set(steps.map((d) => d.getTime())).size).toBe(steps.length);
      expect(steps.every((d) => d.toISOString().slice(0, 7) === r.campaign.startsOn.slice(0, 7))).toBe(true);
    }
    const published = spotlights.filter((r) => r.status === RecognitionStatus.PUBLISHED);
    expect(published).toHaveLength(13);
    for (const r of published) {
      const people = [r.nominatedBy.id, r.reviewedBy?.id, r.publishedBy?.id];
      expect(new Set(people).size, r.creator.handle).toBe(3);
      expect(r.approvedBy?.id).not.toBe(r.nominatedBy.id);
    }
  });

  it('publishes only citations with no blocking safe-messaging finding', async () => {
    const published = await app.orm.em.fork().find(Recognition, { status: RecognitionStatus.PUBLISHED });
    for (const r of published) {
      expect(r.citation.length).toBeGreaterThanOrEqual(20);
      expect(r.citation.length).toBeLessThanOrEqual(2000);
      expect(r.safetyFindings.filter((f) => f.severity === SafetySeverity.BLOCK)).toEqual([]);
      expect(checkSafeMessaging(r.citation).filter((f) => f.severity === SafetySeverity.BLOCK)).toEqual([]);
    }
  });

  it('leaves World Mental Health Day 2022 room to publish, with a review queue for staff', async () => {
    const em = app.orm.em.fork();
    const spotlights = await spotlightsOf(em, OCT_2022);
    const byStatus = (status: RecognitionStatus) => spotlights.filter((r) => r.status === status);
    expect(byStatus(RecognitionStatus.PUBLISHED).map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(byStatus(RecognitionStatus.PUBLISHED).length).toBeLessThan(
      spotlights[0]?.campaign.spotlightCapacity ?? 0,
    );
    for (const status of [
      RecognitionStatus.SAFETY_REVIEWED,
      RecognitionStatus.NOMINATED,
      RecognitionStatus.RETURNED_FOR_CHANGES,
      RecognitionStatus.REJECTED,
    ]) {
      expect(byStatus(status), status).toHaveLength(1);
    }
    expect(spotlights).toHaveLength(7);
    expect(new Set(spotlights.map((r) => r.creator.id)).size).toBe(7);
    const [returned] = byStatus(RecognitionStatus.RETURNED_FOR_CHANGES);
    const [rejected] = byStatus(RecognitionStatus.REJECTED);
    expect(rejected?.liveSlot).toBeNull();
    // Each review decision's note opens the nomination's thread, written by the reviewer.
    const notes = await em.find(
      RecognitionNote,
      { recognition: { $in: [returned?.id, rejected?.id] as string[] } },
      { populate: ['author'] },
    );
    const noteOf = (id: string | undefined) => notes.find((n) => n.recognition.id === id);
    expect(noteOf(returned?.id)).toMatchObject({
      kind: RecognitionNoteKind.RETURNED_FOR_CHANGES,
      body: 'Please add a helpline to the citation.',
      author: { email: DEMO_STAFF.reviewer.email },
    });
    expect(noteOf(rejected?.id)?.kind).toBe(RecognitionNoteKind.REJECTED);
    expect(spotlights.filter((r) => r.rank !== null)).toHaveLength(3);
    const live = spotlights.filter((r) => r.status !== RecognitionStatus.REJECTED);
    expect(live.every((r) => r.liveSlot === `${r.creator.id}:${r.campaign.id}`)).toBe(true);
  });

  it('shows the 10 May 2023 spotlights in rank order in the public hub', async () => {
    const result = dataOf(
      await app.run<{ hub: { spotlights: { nodes: { rank: number; creator: { handle: string } }[] } } }>(
        'query { hub(campaign: "mental-health-awareness-month-2023", region: "GB") { spotlights(first: 20) { nodes { rank creator { handle } } } } }',
      ),
    );
    const nodes = result.hub.spotlights.nodes;
    expect(nodes.map((n) => n.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(nodes.map((n) => n.creator.handle)).size).toBe(10);
  });

  it('adds nothing when run again, and leaves every existing record untouched', async () => {
    const before = await databaseState(app.orm.em.fork());
    const notesBefore = await app.orm.em.fork().count(RecognitionNote);
    const again = await seedDemoProgramme(app.orm.em.fork(), { onlyIfEmpty: false });
    expect(again).toEqual({ seeded: true, counts: firstCounts });
    expect(await databaseState(app.orm.em.fork())).toEqual(before);
    expect(await app.orm.em.fork().count(RecognitionNote)).toBe(notesBefore);
  });

  it('does nothing on server start when campaigns already exist', async () => {
    const before = await databaseState(app.orm.em.fork());
    expect(await seedDemoProgramme(app.orm.em.fork(), { onlyIfEmpty: true })).toEqual({
      seeded: false,
      counts: {},
    });
    expect(await databaseState(app.orm.em.fork())).toEqual(before);
  });

  it('shows the three campaigns to a public client', async () => {
    const result = dataOf(
      await app.run<{ campaigns: { nodes: { slug: string }[] } }>('{ campaigns { nodes { slug } } }'),
    );
    expect(result.campaigns.nodes.map((c) => c.slug).sort()).toEqual(SLUGS);
  });
});

describe('demo programme seed on a database staff already work in', () => {
  let app: TestApp;
  afterAll(() => app?.close());

  it('keeps staff decisions on seeded pairs and never pushes a campaign past its capacity', async () => {
    app = await createTestApp();
    const em = app.orm.em.fork();
    const campaign = await buildCampaign(em, { slug: MAY_2023, spotlightCapacity: 10 });
    const kai = await buildCreator(em, { handle: 'calm.with.kai' });
    const withdrawn = await buildRecognition(em, {
      creator: kai,
      campaign,
      featured: [],
      status: RecognitionStatus.WITHDRAWN,
      liveSlot: null,
      withdrawalReason: 'The creator asked us to take it down.',
    });
    for (let rank = 1; rank <= 8; rank++) {
      await buildRecognition(em, { campaign, status: RecognitionStatus.PUBLISHED, rank });
    }

    const { counts } = await seedDemoProgramme(app.orm.em.fork(), { onlyIfEmpty: false });

    const after = await spotlightsOf(app.orm.em.fork(), MAY_2023);
    const published = after.filter((r) => r.status === RecognitionStatus.PUBLISHED);
    expect(published.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(published.slice(8).map((r) => [r.creator.handle, r.nominatedBy.email])).toEqual([
      ['priya.unmasked', DEMO_STAFF.editor.email],
      ['gentle.steps.tane', DEMO_STAFF.editor.email],
    ]);
    const kept = after.find((r) => r.id === withdrawn.id);
    expect([kept?.status, kept?.version]).toEqual([RecognitionStatus.WITHDRAWN, withdrawn.version]);
    // Kai's withdrawn one, the two that fitted, and the seven of 2022.
    expect(counts.recognitions).toBe(10);
    const again = await seedDemoProgramme(app.orm.em.fork(), { onlyIfEmpty: false });
    expect(again.counts).toEqual(counts);
    expect(await app.orm.em.fork().count(Recognition, { campaign: campaign.id })).toBe(after.length);
  });
});
