/**
 * Staff preview a recognition's public hub card, at any stage, for a reader in a region: the same card the
 * hub renders (it runs through the hub's own resolvers), with the region's crisis resources throughout.
 */
import { Topic } from '@beacon/shared';
import type { EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCampaign,
  buildCrisisResource,
  buildEligibleCreator,
  buildRecognition,
  buildVideo,
} from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { encodeGlobalId } from '../common/node.js';
import { CreatorStatus } from '../creators/creator.entity.js';
import { type Recognition, RecognitionStatus } from '../recognitions/recognition.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';

const CARD = /* GraphQL */ `
  fragment Card on Spotlight {
    rank
    citation
    publishedAt
    creator { handle displayName bio region profileUrl }
    featuredVideos {
      nodes {
        title
        url
        advisory { required requiresOptIn minimumAge warningText crisisResources { nodes { name } } }
      }
    }
  }
`;

const HUB = /* GraphQL */ `
  query Hub($campaign: String!, $region: String) {
    hub(campaign: $campaign, region: $region) {
      region
      crisisResources { nodes { name } }
      spotlights { nodes { ...Card } }
    }
  }
  ${CARD}
`;

const PREVIEW = /* GraphQL */ `
  query Preview($id: ID!, $region: String) {
    spotlightPreview(recognitionId: $id, region: $region) {
      region
      shownInHub
      notShownBecause
      crisisResources { nodes { name } }
      spotlight { ...Card }
    }
  }
  ${CARD}
`;

type Card = {
  rank: number;
  publishedAt: string;
  featuredVideos: {
    nodes: { title: string; advisory: { crisisResources: { nodes: { name: string }[] } } }[];
  };
};
type HubData = {
  hub: {
    region: string | null;
    crisisResources: { nodes: { name: string }[] };
    spotlights: { nodes: Card[] };
  };
};
type PreviewData = {
  spotlightPreview: {
    region: string | null;
    shownInHub: boolean;
    notShownBecause: string[];
    crisisResources: { nodes: { name: string }[] };
    spotlight: Card;
  } | null;
};

const ED_LINE = 'Stepping Stones Eating Disorder Line (fictional)';

async function eligibleWithVideos(em: EntityManager) {
  const { creator, video } = await buildEligibleCreator(em);
  const ed = await buildVideo(em, {
    creator,
    title: 'What recovery from an eating disorder looked like for me',
    topics: [Topic.EATING_DISORDERS],
    publishedAt: new Date('2023-05-04T12:00:00Z'),
  });
  const archived = await buildVideo(em, { creator, title: 'An archived video', archivedAt: new Date() });
  return { creator, featured: [ed, video, archived] };
}

describe("a staff preview of a recognition's hub card", () => {
  let app: TestApp;
  let viewer: StaffUser;
  let campaign: Campaign;
  let live: Recognition;
  let scheduled: Recognition;

  beforeAll(async () => {
    app = await createTestApp();
    viewer = await app.staff(StaffRole.VIEWER);
    const em = app.orm.em.fork();
    campaign = await buildCampaign(em);
    const first = await eligibleWithVideos(em);
    live = await buildRecognition(em, {
      ...first,
      campaign,
      citation: 'Honest, hopeful recovery stories that always point to help.',
      status: RecognitionStatus.PUBLISHED,
      rank: 1,
      publishedAt: new Date('2023-05-03T09:00:00Z'),
    });
    const second = await eligibleWithVideos(em);
    scheduled = await buildRecognition(em, {
      ...second,
      campaign,
      citation: 'Gentle videos about grief, with a helpline in every one.',
      status: RecognitionStatus.SCHEDULED,
      scheduledFor: new Date('2030-05-10T08:00:00Z'),
      scheduledTimeZone: 'Europe/London',
    });
    await buildCrisisResource(em, { name: 'Samaritans', regions: ['GB', 'IE'] });
    await buildCrisisResource(em, { name: ED_LINE, regions: ['GB'], topics: [Topic.EATING_DISORDERS] });
    await buildCrisisResource(em, { name: '988 Suicide & Crisis Lifeline', regions: ['US'] });
    await buildCrisisResource(em, { name: 'Befrienders Worldwide', regions: [], isGlobal: true });
  });
  afterAll(() => app?.close());

  const preview = async (id: string, region?: string) =>
    dataOf(await app.run<PreviewData>(PREVIEW, { id, region }, viewer)).spotlightPreview;

  it('is exactly the card the hub shows a reader in the same region, for a published spotlight', async () => {
    for (const region of ['GB', 'US', 'FR']) {
      const hub = dataOf(await app.run<HubData>(HUB, { campaign: campaign.slug, region })).hub;
      const seen = await preview(live.globalId, region);
      expect(hub.spotlights.nodes).toHaveLength(1);
      expect(seen?.spotlight).toEqual(hub.spotlights.nodes[0]);
      expect(seen?.region).toBe(hub.region);
      expect(seen?.crisisResources).toEqual(hub.crisisResources);
      expect(seen).toMatchObject({ shownInHub: true, notShownBecause: [] });
    }
  });

  it("puts the region's lines beside each sensitive video, the eating-disorder line first in GB, leaving archived videos out", async () => {
    const gb = await preview(live.globalId, 'GB');
    const videos = gb?.spotlight.featuredVideos.nodes ?? [];
    expect(videos.map((v) => v.title)).toEqual([
      'What recovery from an eating disorder looked like for me',
      expect.stringMatching(/^Video /),
    ]);
    expect(videos[0]?.advisory).toMatchObject({ required: true, requiresOptIn: true });
    expect(videos[0]?.advisory.crisisResources.nodes.map((r) => r.name)).toEqual([ED_LINE, 'Samaritans']);
    const us = await preview(live.globalId, 'US');
    expect(us?.spotlight.featuredVideos.nodes[0]?.advisory.crisisResources.nodes.map((r) => r.name)).toEqual([
      '988 Suicide & Crisis Lifeline',
    ]);
  });

  it('previews a spotlight not yet published at the next rank and its scheduled instant, saying the hub does not show it', async () => {
    const seen = await preview(scheduled.globalId, 'GB');
    expect(seen?.spotlight.rank).toBe(2);
    expect(new Date(seen?.spotlight.publishedAt ?? 0).toISOString()).toBe('2030-05-10T08:00:00.000Z');
    expect(seen).toMatchObject({ shownInHub: false, notShownBecause: ['it is not published (scheduled)'] });
    expect(seen?.spotlight.featuredVideos.nodes[0]?.advisory.crisisResources.nodes[0]?.name).toBe(ED_LINE);
  });

  it('says why the hub leaves out a published spotlight whose creator is suspended', async () => {
    const em = app.orm.em.fork();
    const other = await buildCampaign(em);
    const { creator, featured } = await eligibleWithVideos(em);
    const rec = await buildRecognition(em, {
      creator,
      featured,
      campaign: other,
      status: RecognitionStatus.PUBLISHED,
      rank: 1,
      publishedAt: new Date(),
    });
    creator.status = CreatorStatus.SUSPENDED;
    await em.flush();
    expect(await preview(rec.globalId)).toMatchObject({
      shownInHub: false,
      notShownBecause: ['the creator is suspended'],
    });
  });

  it('is for staff only, refuses an ID of another type or a bad region, and answers null for no such recognition', async () => {
    expect(codesOf(await app.run(PREVIEW, { id: live.globalId }))).toEqual(['UNAUTHENTICATED']);
    const wrongType = await app.run(PREVIEW, { id: campaign.globalId }, viewer);
    expect(codesOf(wrongType)).toEqual(['BAD_USER_INPUT']);
    expect(wrongType.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'recognitionId', message: 'is not a Recognition ID' },
    ]);
    expect(codesOf(await app.run(PREVIEW, { id: live.globalId, region: 'XX' }, viewer))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const missing = encodeGlobalId('Recognition', '00000000-0000-7000-8000-000000000000');
    expect(await preview(missing)).toBeNull();
  });
});

describe("the hub's crisis resources beside videos", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.close());

  it("follow the hub's region when the advisory names none, and each hub in one request keeps its own", async () => {
    const em = app.orm.em.fork();
    const campaign = await buildCampaign(em);
    const { creator, featured } = await eligibleWithVideos(em);
    await buildRecognition(em, {
      creator,
      featured,
      campaign,
      status: RecognitionStatus.PUBLISHED,
      rank: 1,
      publishedAt: new Date(),
    });
    await buildCrisisResource(em, { name: 'Samaritans', regions: ['GB'] });
    await buildCrisisResource(em, { name: '988 Suicide & Crisis Lifeline', regions: ['US'] });
    await buildCrisisResource(em, { name: 'Befrienders Worldwide', regions: [], isGlobal: true });
    const lines = `spotlights { nodes { featuredVideos(first: 1) { nodes { advisory { crisisResources { nodes { name } } } } } } }`;
    const query = `query($c: String!) { gb: hub(campaign: $c, region: "GB") { ${lines} } us: hub(campaign: $c, region: "US") { ${lines} } anywhere: hub(campaign: $c) { ${lines} } }`;
    type Lines = {
      spotlights: {
        nodes: {
          featuredVideos: { nodes: { advisory: { crisisResources: { nodes: { name: string }[] } } }[] };
        }[];
      };
    };
    const data = dataOf(await app.run<Record<'gb' | 'us' | 'anywhere', Lines>>(query, { c: campaign.slug }));
    const names = (hub: Lines) =>
      hub.spotlights.nodes[0]?.featuredVideos.nodes[0]?.advisory.crisisResources.nodes.map((r) => r.name);
    expect(names(data.gb)).toEqual(['Samaritans']);
    expect(names(data.us)).toEqual(['988 Suicide & Crisis Lifeline']);
    expect(names(data.anywhere)).toEqual(['Befrienders Worldwide']);
  });
});
