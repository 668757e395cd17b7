/**
 * Eligibility before nominating: staff see the same named checks a recognition will show, and whether the
 * creator already has a live nomination, without anything being created or audited.
 */
import { randomUUID } from 'node:crypto';
import { Topic } from '@beacon/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign, buildCreator, buildEligibleCreator, buildVideo } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { encodeGlobalId } from '../common/node.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Recognition } from './recognition.entity.js';

const ELIGIBILITY = /* GraphQL */ `
  query Eligibility($creatorId: ID!, $campaignId: ID!, $featuredVideoIds: [ID!], $citation: String) {
    nominationEligibility(
      creatorId: $creatorId
      campaignId: $campaignId
      featuredVideoIds: $featuredVideoIds
      citation: $citation
    ) {
      eligible
      checks { name passed reason at }
      liveNomination { id status }
      nominationBlockers
    }
  }
`;

const NOMINATE = `mutation($input: NominateInput!) { nominateCreator(input: $input) { recognition { id eligibility { name passed reason at } } } }`;

type Check = { name: string; passed: boolean; reason: string; at: string | null };
type Eligibility = {
  nominationEligibility: {
    eligible: boolean;
    checks: Check[];
    liveNomination: { id: string; status: string } | null;
    nominationBlockers: string[];
  };
};

describe('eligibility before nominating', () => {
  let app: TestApp;
  let editor: StaffUser;
  let viewer: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    viewer = await app.staff(StaffRole.VIEWER);
  });
  afterAll(() => app?.close());

  const counts = async () => {
    const em = app.orm.em.fork();
    return { recognitions: await em.count(Recognition), audit: await em.count(AuditEvent) };
  };

  it('shows the very checks the recognition will show once nominated, creating and auditing nothing', async () => {
    const em = app.orm.em.fork();
    const { creator, video } = await buildEligibleCreator(em);
    const campaign = await buildCampaign(em);
    const citation = 'For hopeful, practical videos that always point people to help.';
    const before = await counts();
    const asked = dataOf(
      await app.run<Eligibility>(
        ELIGIBILITY,
        {
          creatorId: creator.globalId,
          campaignId: campaign.globalId,
          featuredVideoIds: [video.globalId],
          citation,
        },
        viewer,
      ),
    ).nominationEligibility;
    expect(asked.eligible).toBe(true);
    expect(asked.checks.map((c) => c.name)).toEqual([
      'CONSENT',
      'CREATOR_ACTIVE',
      'SAFE_MESSAGING_TRAINING',
      'VIDEO_ADVISORIES',
      'SAFE_MESSAGING',
      'CAMPAIGN_CAPACITY',
    ]);
    expect(asked.liveNomination).toBeNull();
    expect(asked.nominationBlockers).toEqual([]);
    expect(await counts()).toEqual(before);

    const nominated = dataOf(
      await app.run<{ nominateCreator: { recognition: { id: string; eligibility: Check[] } } }>(
        NOMINATE,
        {
          input: {
            creatorId: creator.globalId,
            campaignId: campaign.globalId,
            citation,
            featuredVideoIds: [video.globalId],
          },
        },
        editor,
      ),
    ).nominateCreator.recognition;
    expect(nominated.eligibility).toEqual(asked.checks);

    // Asked again, it names the live nomination that a second one would collide with.
    const again = dataOf(
      await app.run<Eligibility>(
        ELIGIBILITY,
        { creatorId: creator.globalId, campaignId: campaign.globalId, featuredVideoIds: [video.globalId] },
        viewer,
      ),
    ).nominationEligibility;
    expect(again.liveNomination).toEqual({ id: nominated.id, status: 'NOMINATED' });
    expect(again.nominationBlockers).toEqual([
      `@${creator.handle} already has a live nomination in ${campaign.name}`,
    ]);
  });

  it('dates consent and training with the instant itself, so a client can write the day in its own time zone', async () => {
    const em = app.orm.em.fork();
    const { creator, video } = await buildEligibleCreator(em);
    const campaign = await buildCampaign(em);
    const { checks } = dataOf(
      await app.run<Eligibility>(
        ELIGIBILITY,
        { creatorId: creator.globalId, campaignId: campaign.globalId, featuredVideoIds: [video.globalId] },
        viewer,
      ),
    ).nominationEligibility;
    const at = Object.fromEntries(checks.map((c) => [c.name, c.at]));
    // A DateTime: an ISO string over HTTP, a Date from the executed schema.
    const instant = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
    expect(instant(at.CONSENT)).toBe(creator.consent?.givenAt?.toISOString());
    expect(instant(at.SAFE_MESSAGING_TRAINING)).not.toBeNull();
    expect(at.CREATOR_ACTIVE).toBeNull();
    expect(at.CAMPAIGN_CAPACITY).toBeNull();
  });

  it('names each failing check, the draft citation included, and what would stop the nomination', async () => {
    const em = app.orm.em.fork();
    const creator = await buildCreator(em, { consent: null });
    const video = await buildVideo(em, { creator, topics: [Topic.EATING_DISORDERS] });
    const someoneElses = await buildVideo(em);
    const campaign = await buildCampaign(em, { archivedAt: new Date() });
    const result = dataOf(
      await app.run<Eligibility>(
        ELIGIBILITY,
        {
          creatorId: creator.globalId,
          campaignId: campaign.globalId,
          featuredVideoIds: [video.globalId, someoneElses.globalId],
          citation: 'He describes hanging himself from the bridge, and how he found help afterwards.',
        },
        editor,
      ),
    ).nominationEligibility;
    expect(result.eligible).toBe(false);
    const failed = result.checks.filter((c) => !c.passed).map((c) => c.name);
    expect(failed).toEqual(['CONSENT', 'SAFE_MESSAGING_TRAINING', 'VIDEO_ADVISORIES', 'SAFE_MESSAGING']);
    const byName = Object.fromEntries(result.checks.map((c) => [c.name, c]));
    expect(byName.SAFE_MESSAGING?.reason).toMatch(/^citation: /);
    expect(byName.VIDEO_ADVISORIES?.reason).toContain(`"${someoneElses.title}" is not by this creator`);
    expect(result.nominationBlockers).toEqual([
      `${campaign.name} is archived`,
      `"${someoneElses.title}" is not a video by this creator`,
    ]);
  });

  it('refuses IDs of the wrong type, unknown records, too many videos, and anonymous clients', async () => {
    const em = app.orm.em.fork();
    const { creator, video } = await buildEligibleCreator(em);
    const campaign = await buildCampaign(em);
    const ask = (variables: Record<string, unknown>, user: StaffUser | null = editor) =>
      app.run(
        ELIGIBILITY,
        { creatorId: creator.globalId, campaignId: campaign.globalId, ...variables },
        user,
      );

    const wrongType = await ask({ creatorId: campaign.globalId });
    expect(codesOf(wrongType)).toEqual(['BAD_USER_INPUT']);
    expect(wrongType.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'creatorId', message: 'is not a Creator ID' },
    ]);
    expect(codesOf(await ask({ creatorId: encodeGlobalId('Creator', randomUUID()) }))).toEqual(['NOT_FOUND']);
    expect(
      codesOf(await ask({ featuredVideoIds: [encodeGlobalId('AwarenessVideo', randomUUID())] })),
    ).toEqual(['NOT_FOUND']);
    const six = Array.from({ length: 6 }, () => encodeGlobalId('AwarenessVideo', randomUUID()));
    expect(codesOf(await ask({ featuredVideoIds: six }))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await ask({ featuredVideoIds: [video.globalId] }, null))).toEqual(['UNAUTHENTICATED']);
  });
});
