import { ContentStrategy, checkSafeMessaging, SENSITIVE_TOPICS } from '@beacon/shared';
import type { EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign, ProgrammingWindow } from '../../modules/campaigns/campaign.entity.js';
import { Creator, CreatorStatus } from '../../modules/creators/creator.entity.js';
import { ContactChannel, CrisisResource } from '../../modules/crisis-resources/crisis-resource.entity.js';
import { AdCreditGrant } from '../../modules/grants/ad-credit-grant.entity.js';
import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { TrainingEnrolment } from '../../modules/training/training-enrolment.entity.js';
import { TrainingSession, TrainingTopic } from '../../modules/training/training-session.entity.js';
import { AwarenessVideo } from '../../modules/videos/awareness-video.entity.js';
import { createTestApp, dataOf, type TestApp } from '../../test/test-app.js';
import { seedDemoProgramme } from './demo-programme.js';

const SLUGS = ['mental-health-awareness-month-2023', 'wellbeing-guides-2021', 'world-mental-health-day-2022'];

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

describe('demo programme seed', () => {
  let app: TestApp;
  let firstCounts: Record<string, number>;

  beforeAll(async () => {
    app = await createTestApp();
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
    expect(firstCounts).toMatchObject({ campaigns: 3, creators: await em.count(Creator) });
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

  it('adds nothing when run again, and leaves every existing record untouched', async () => {
    const before = await databaseState(app.orm.em.fork());
    const again = await seedDemoProgramme(app.orm.em.fork(), { onlyIfEmpty: false });
    expect(again).toEqual({ seeded: true, counts: firstCounts });
    expect(await databaseState(app.orm.em.fork())).toEqual(before);
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
