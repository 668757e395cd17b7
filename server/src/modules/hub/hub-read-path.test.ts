/**
 * The hub's read path: one anonymous hub, whatever it holds, costs the database three statements (the
 * campaign with its windows and partners, the spotlights with their creators and featured videos, the
 * reader's crisis resources), so a busy hub does not slow down as a campaign fills up.
 */
import { Topic } from '@beacon/shared';
import type { EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCampaign,
  buildCrisisResource,
  buildEligibleCreator,
  buildOrganisation,
  buildRecognition,
  buildVideo,
} from '../../test/factories.js';
import { createTestApp, dataOf, type TestApp } from '../../test/test-app.js';
import { Campaign, ProgrammingWindow } from '../campaigns/campaign.entity.js';
import { newEntity } from '../common/catalogue.js';
import { RecognitionStatus } from '../recognitions/recognition.entity.js';

/** What the in-app hub asks for on one screen (the benchmark's query). */
const FULL_HUB = /* GraphQL */ `
  query FullHub($campaign: String!, $region: String) {
    hub(campaign: $campaign, region: $region) {
      region
      campaign { id slug name hashtag theme description startsOn endsOn }
      programmingWindows(first: 10) { nodes { id title startsAt endsAt timeZone } }
      spotlights(first: 10) {
        nodes {
          rank
          citation
          publishedAt
          creator { id handle displayName bio region languages topics followerCount profileUrl }
          featuredVideos(first: 3) {
            nodes {
              id title url publishedAt topics
              metrics { views likes shares }
              advisory {
                required requiresOptIn warningText
                crisisResources(first: 3) { nodes { id name contacts { channel value } } }
              }
            }
          }
        }
      }
      partners(first: 20) { nodes { id name } }
      crisisResources(first: 5) { nodes { id name hours lastVerifiedAt } }
    }
  }
`;

interface FullHubData {
  hub: {
    programmingWindows: { nodes: unknown[] };
    spotlights: { nodes: { rank: number; featuredVideos: { nodes: unknown[] } }[] };
    partners: { nodes: unknown[] };
    crisisResources: { nodes: { name: string }[] };
  } | null;
}

async function addSpotlights(em: EntityManager, campaign: Campaign, ranks: number[]) {
  for (const rank of ranks) {
    const { creator, video } = await buildEligibleCreator(em);
    const second = await buildVideo(em, { creator, topics: [Topic.GRIEF] });
    await buildRecognition(em, {
      creator,
      campaign,
      featured: [video, second],
      status: RecognitionStatus.PUBLISHED,
      rank,
      citation: `Spotlight ${rank}: steady, hopeful videos.`,
      publishedAt: new Date('2023-05-03T09:00:00Z'),
    });
  }
}

async function addPartnersAndWindows(em: EntityManager, campaign: Campaign, count: number) {
  for (let i = 0; i < count; i++) {
    campaign.partners.add(await buildOrganisation(em));
    em.persist(
      newEntity(ProgrammingWindow, {
        campaign,
        title: `Live session ${i}`,
        description: 'Creators and experts, live.',
        startsAt: new Date(Date.UTC(2023, 4, 10 + i, 17)),
        endsAt: new Date(Date.UTC(2023, 4, 10 + i, 19)),
        timeZone: 'Europe/London',
      }),
    );
  }
  await em.flush();
}

async function addResources(em: EntityManager, count: number) {
  for (let i = 0; i < count; i++) {
    await buildCrisisResource(em, { name: `GB line ${i} (fictional)`, regions: ['GB'] });
  }
}

describe('the hub read path', () => {
  let app: TestApp;
  let campaign: Campaign;

  beforeAll(async () => {
    app = await createTestApp();
    const em = app.orm.em.fork();
    campaign = await buildCampaign(em);
    await addPartnersAndWindows(em, campaign, 1);
    await addSpotlights(em, campaign, [1]);
    await addResources(em, 1);
    await buildCrisisResource(em, { name: 'Global directory (fictional)', regions: [], isGlobal: true });
  });
  afterAll(() => app?.close());

  const countedHub = async (region: string) => {
    app.resetQueryCount();
    const data = dataOf(await app.run<FullHubData>(FULL_HUB, { campaign: campaign.slug, region })).hub;
    return { statements: app.queryCount(), hub: data };
  };

  it('reads a small hub in at most three SQL statements', async () => {
    const { statements, hub } = await countedHub('GB');
    expect(hub?.spotlights.nodes).toHaveLength(1);
    expect(hub?.crisisResources.nodes.map((r) => r.name)).toEqual(['GB line 0 (fictional)']);
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(3);
  });

  it('reads a full hub, with many spotlights, videos, partners and resources, in the same statements', async () => {
    const before = (await countedHub('GB')).statements;
    const em = app.orm.em.fork();
    const full = await em.findOneOrFail(Campaign, { id: campaign.id }, { populate: ['partners'] });
    await addPartnersAndWindows(em, full, 6);
    await addSpotlights(em, campaign, [2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await addResources(em, 8);

    const { statements, hub } = await countedHub('GB');
    expect(hub?.spotlights.nodes.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(hub?.spotlights.nodes.every((s) => s.featuredVideos.nodes.length === 2)).toBe(true);
    expect(hub?.partners.nodes).toHaveLength(7);
    expect(hub?.programmingWindows.nodes).toHaveLength(7);
    expect(hub?.crisisResources.nodes).toHaveLength(5);
    expect(statements).toBe(before);
    expect(statements).toBeLessThanOrEqual(3);
  });

  it('lists spotlights in rank order whatever order they were published in, and pages on by cursor', async () => {
    const em = app.orm.em.fork();
    const late = await buildCampaign(em);
    await addSpotlights(em, late, [3, 1, 2]);
    const PAGE = /* GraphQL */ `
      query Page($campaign: String!, $after: String) {
        hub(campaign: $campaign) {
          spotlights(first: 2, after: $after) {
            edges { cursor node { rank } }
            pageInfo { hasNextPage endCursor }
          }
        }
      }
    `;
    type PageData = {
      hub: {
        spotlights: {
          edges: { cursor: string; node: { rank: number } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const first = dataOf(await app.run<PageData>(PAGE, { campaign: late.slug })).hub.spotlights;
    expect(first.edges.map((e) => e.node.rank)).toEqual([1, 2]);
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[1]?.cursor });
    const rest = dataOf(
      await app.run<PageData>(PAGE, { campaign: late.slug, after: first.pageInfo.endCursor }),
    ).hub.spotlights;
    expect(rest.edges.map((e) => e.node.rank)).toEqual([3]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('falls back to the global directory within the same statements', async () => {
    const { statements, hub } = await countedHub('NZ');
    expect(hub?.crisisResources.nodes.map((r) => r.name)).toEqual(['Global directory (fictional)']);
    expect(statements).toBeLessThanOrEqual(3);
  });
});
