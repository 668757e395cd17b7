/**
 * The public awareness hub as a reader in a region sees it (published spotlights in rank order with their
 * advisories and the region's crisis resources), and the cache headers it answers with over HTTP.
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
  TEST_PASSWORD,
} from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { Campaign, ProgrammingWindow } from '../campaigns/campaign.entity.js';
import { newEntity } from '../common/catalogue.js';
import { Creator, CreatorStatus } from '../creators/creator.entity.js';
import { ContactChannel, ContactMethod } from '../crisis-resources/crisis-resource.entity.js';
import { RecognitionStatus } from '../recognitions/recognition.entity.js';
import type { AwarenessVideo } from '../videos/awareness-video.entity.js';
import { PUBLIC_CACHE_CONTROL } from './public-cache.plugin.js';

const HUB = /* GraphQL */ `
  query Hub($campaign: String!, $region: String) {
    hub(campaign: $campaign, region: $region) {
      region
      campaign { slug name }
      programmingWindows { nodes { title } }
      spotlights {
        nodes {
          rank
          citation
          creator { handle displayName }
          featuredVideos {
            nodes {
              title
              advisory {
                required
                requiresOptIn
                warningText
                crisisResources(region: "GB") { nodes { name } }
              }
            }
          }
        }
      }
      partners { nodes { name } }
      crisisResources { nodes { name contacts { channel value } } }
    }
  }
`;

interface HubData {
  hub: {
    region: string | null;
    campaign: { slug: string; name: string };
    programmingWindows: { nodes: { title: string }[] };
    spotlights: {
      nodes: {
        rank: number;
        citation: string;
        creator: { handle: string; displayName: string };
        featuredVideos: {
          nodes: {
            title: string;
            advisory: {
              required: boolean;
              requiresOptIn: boolean;
              warningText: string | null;
              crisisResources: { nodes: { name: string }[] };
            };
          }[];
        };
      }[];
    };
    partners: { nodes: { name: string }[] };
    crisisResources: { nodes: { name: string; contacts: { channel: string; value: string }[] }[] };
  } | null;
}

const RESOURCES_ONLY = /* GraphQL */ `
  query HubResources($campaign: String!, $region: String) {
    hub(campaign: $campaign, region: $region) { region crisisResources { nodes { name } } }
  }
`;

const SPOTLIGHT_HANDLES = /* GraphQL */ `
  query HubSpotlights($campaign: String!) {
    hub(campaign: $campaign) { spotlights { nodes { rank creator { handle } } } }
  }
`;

const SAMARITANS = 'Samaritans';
// Sorts after Samaritans by name, so only its eating-disorder topic can put it first beside such a video.
const ED_LINE = 'Stepping Stones Eating Disorder Line (fictional)';
const LIFELINE = '988 Suicide & Crisis Lifeline';
const BEFRIENDERS = 'Befrienders Worldwide';

const call = (value: string) =>
  Object.assign(new ContactMethod(), { channel: ContactChannel.CALL, value, instructions: null });

async function published(
  em: EntityManager,
  campaign: Campaign,
  rank: number,
  citation: string,
  featured?: (creator: Creator, video: AwarenessVideo) => Promise<AwarenessVideo[]>,
) {
  const { creator, video } = await buildEligibleCreator(em);
  const recognition = await buildRecognition(em, {
    creator,
    campaign,
    citation,
    featured: featured ? await featured(creator, video) : [video],
    status: RecognitionStatus.PUBLISHED,
    rank,
    reviewerNotes: 'Signed off: hopeful framing, helpline named.',
    publishedAt: new Date('2023-05-03T09:00:00Z'),
  });
  return { creator, video, recognition };
}

describe("a reader's awareness hub", () => {
  let app: TestApp;
  let campaign: Campaign;
  let first: { creator: Creator; edVideo: AwarenessVideo; calmVideo: AwarenessVideo };
  let second: Creator;
  let third: Creator;

  beforeAll(async () => {
    app = await createTestApp();
    const em = app.orm.em.fork();
    campaign = await buildCampaign(em, { name: 'Mental Health Awareness Month (test)' });
    const partner = await buildOrganisation(em, { name: 'Made Up Minds (fictional)' });
    campaign.partners.add(partner);
    em.persist(
      newEntity(ProgrammingWindow, {
        campaign,
        title: 'Creators and experts live',
        description: 'Daily lives with partner organisations.',
        startsAt: new Date('2023-05-10T17:00:00Z'),
        endsAt: new Date('2023-05-16T21:00:00Z'),
        timeZone: 'Europe/London',
      }),
    );
    await em.flush();

    // Ranks set directly, created out of order: the hub must sort them.
    second = (await published(em, campaign, 2, 'Second: patient videos about anxiety at school.')).creator;
    let edVideo!: AwarenessVideo;
    let calmVideo!: AwarenessVideo;
    const firstCreator = (
      await published(em, campaign, 1, 'First: honest, hopeful recovery stories.', async (creator, video) => {
        calmVideo = video;
        edVideo = await buildVideo(em, {
          creator,
          title: 'What recovery from an eating disorder looked like for me',
          topics: [Topic.EATING_DISORDERS],
          publishedAt: new Date('2023-05-04T12:00:00Z'),
        });
        return [edVideo, video];
      })
    ).creator;
    first = { creator: firstCreator, edVideo, calmVideo };
    third = (
      await published(em, campaign, 3, 'Third: grief, talked about gently.', async (creator, video) => {
        const archived = await buildVideo(em, {
          creator,
          title: 'An archived video',
          archivedAt: new Date(),
        });
        return [video, archived];
      })
    ).creator;

    for (const status of [RecognitionStatus.APPROVED, RecognitionStatus.NOMINATED]) {
      await buildRecognition(em, {
        campaign,
        status,
        citation: `Not yet public (${status}).`,
        reviewerNotes: 'private note',
      });
    }
    await buildRecognition(em, {
      campaign,
      status: RecognitionStatus.WITHDRAWN,
      citation: 'Taken down.',
      rank: null,
      liveSlot: null,
      publishedAt: new Date('2023-05-02T09:00:00Z'),
      withdrawnAt: new Date('2023-05-05T09:00:00Z'),
    });

    await buildCrisisResource(em, {
      name: SAMARITANS,
      organisationName: 'Samaritans',
      contacts: [call('116 123')],
      regions: ['GB', 'IE'],
    });
    await buildCrisisResource(em, {
      name: ED_LINE,
      organisationName: 'A fictional eating-disorder charity',
      regions: ['GB'],
      topics: [Topic.EATING_DISORDERS],
    });
    await buildCrisisResource(em, { name: LIFELINE, contacts: [call('988')], regions: ['US'] });
    await buildCrisisResource(em, { name: BEFRIENDERS, regions: [], isGlobal: true });
  });
  afterAll(() => app?.close());

  const hubOf = async (variables: Record<string, unknown>, extra = {}) =>
    dataOf(await app.run<HubData>(HUB, variables, null, extra)).hub;

  it('shows a GB reader exactly the published spotlights in rank order, with public profiles, citations and featured videos', async () => {
    const hub = await hubOf({ campaign: campaign.slug, region: 'GB' });
    expect(hub?.region).toBe('GB');
    expect(hub?.campaign).toEqual({ slug: campaign.slug, name: campaign.name });
    expect(hub?.spotlights.nodes.map((s) => [s.rank, s.creator.handle, s.citation])).toEqual([
      [1, first.creator.handle, 'First: honest, hopeful recovery stories.'],
      [2, second.handle, 'Second: patient videos about anxiety at school.'],
      [3, third.handle, 'Third: grief, talked about gently.'],
    ]);
    expect(hub?.spotlights.nodes[0]?.creator).toEqual({
      handle: first.creator.handle,
      displayName: first.creator.displayName,
    });
    // The archived featured video of the third spotlight is left out.
    expect(hub?.spotlights.nodes.map((s) => s.featuredVideos.nodes.length)).toEqual([2, 1, 1]);
    expect(JSON.stringify(hub)).not.toContain('private note');
    expect(JSON.stringify(hub)).not.toContain('An archived video');
  });

  it("puts an advisory with opt-in and the region's eating-disorder line first on a featured eating-disorder video", async () => {
    const hub = await hubOf({ campaign: campaign.slug, region: 'GB' });
    const videos = hub?.spotlights.nodes[0]?.featuredVideos.nodes ?? [];
    expect(videos.map((v) => v.title)).toEqual([first.edVideo.title, first.calmVideo.title]);
    const [ed, calm] = videos;
    expect(ed?.advisory).toMatchObject({ required: true, requiresOptIn: true });
    expect(ed?.advisory.warningText).toMatch(/eating disorders/);
    expect(ed?.advisory.crisisResources.nodes.map((r) => r.name)).toEqual([ED_LINE, SAMARITANS]);
    expect(calm?.advisory).toMatchObject({ required: false, requiresOptIn: false, warningText: null });
  });

  it("shows the campaign's partners, programming windows and the GB crisis resources", async () => {
    const hub = await hubOf({ campaign: campaign.slug, region: 'GB' });
    expect(hub?.partners.nodes).toEqual([{ name: 'Made Up Minds (fictional)' }]);
    expect(hub?.programmingWindows.nodes).toEqual([{ title: 'Creators and experts live' }]);
    expect(hub?.crisisResources.nodes).toEqual([
      { name: SAMARITANS, contacts: [{ channel: 'CALL', value: '116 123' }] },
      { name: ED_LINE, contacts: [{ channel: 'CALL', value: '0800 000 000' }] },
    ]);
  });

  it('falls back to the global directory for a region with no resources of its own', async () => {
    const result = dataOf(
      await app.run<HubData>(RESOURCES_ONLY, { campaign: campaign.slug, region: 'FR' }),
    ).hub;
    expect(result?.region).toBe('FR');
    expect(result?.crisisResources.nodes).toEqual([{ name: BEFRIENDERS }]);
  });

  it('refuses a region that is not an ISO 3166-1 code as BAD_USER_INPUT', async () => {
    const result = await app.run<HubData>(RESOURCES_ONLY, { campaign: campaign.slug, region: 'XX' });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.data?.hub ?? null).toBeNull();
  });

  it("uses the deployment's trusted region header when the reader names no region", async () => {
    const hinted = dataOf(
      await app.run<HubData>(RESOURCES_ONLY, { campaign: campaign.slug }, null, { regionHint: 'US' }),
    ).hub;
    expect(hinted?.region).toBe('US');
    expect(hinted?.crisisResources.nodes).toEqual([{ name: LIFELINE }]);
    const unknown = dataOf(await app.run<HubData>(RESOURCES_ONLY, { campaign: campaign.slug })).hub;
    expect(unknown?.region).toBeNull();
    expect(unknown?.crisisResources.nodes).toEqual([{ name: BEFRIENDERS }]);
  });

  it('answers null for an unknown or an archived campaign', async () => {
    const em = app.orm.em.fork();
    const archived = await buildCampaign(em, { archivedAt: new Date() });
    await published(em, archived, 1, 'In an archived campaign.');
    expect(await hubOf({ campaign: 'no-such-campaign', region: 'GB' })).toBeNull();
    expect(await hubOf({ campaign: archived.slug, region: 'GB' })).toBeNull();
  });

  it('stops showing a published spotlight once its creator is suspended', async () => {
    const em = app.orm.em.fork();
    const other = await buildCampaign(em);
    const kept = await published(em, other, 2, 'Stays up.');
    const suspended = await published(em, other, 1, 'Comes down with the suspension.');
    const handles = async () =>
      dataOf(
        await app.run<{ hub: { spotlights: { nodes: { rank: number; creator: { handle: string } }[] } } }>(
          SPOTLIGHT_HANDLES,
          { campaign: other.slug },
        ),
      ).hub.spotlights.nodes.map((s) => s.creator.handle);
    expect(await handles()).toEqual([suspended.creator.handle, kept.creator.handle]);

    await em.nativeUpdate(Creator, { id: suspended.creator.id }, { status: CreatorStatus.SUSPENDED });
    expect(await handles()).toEqual([kept.creator.handle]);
  });

  describe('over HTTP', () => {
    let url: string;

    beforeAll(async () => {
      url = await app.listen();
    });

    const post = async (
      body: { query: string; variables?: Record<string, unknown>; operationName?: string },
      cookie?: string,
      accept = 'application/graphql-response+json, application/json',
    ) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as {
        data?: unknown;
        errors?: { extensions?: { code?: string } }[];
      };
      return { response, json };
    };
    const hubRequest = (region = 'GB') => ({
      query: RESOURCES_ONLY,
      variables: { campaign: campaign.slug, region },
    });

    it('lets browsers keep an anonymous hub for a minute and CDNs longer, varying by cookie, region header and Accept', async () => {
      const { response, json } = await post(hubRequest());
      expect(json.errors).toBeUndefined();
      expect(response.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
      const vary = (response.headers.get('vary') ?? '').toLowerCase().split(/\s*,\s*/);
      expect(vary).toEqual(expect.arrayContaining(['cookie', app.config.regionHeader.toLowerCase()]));
      // The content type follows the Accept header, so a shared cache must key on it too.
      expect(vary).toContain('accept');
      expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      const legacy = await post(hubRequest(), undefined, 'application/json');
      expect(legacy.response.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
      expect(legacy.response.headers.get('content-type')).toMatch(/^application\/json/);
    });

    it('never lets a cache keep a hub fetched with a staff session', async () => {
      const publisher = await app.staff(StaffRole.PUBLISHER);
      const signIn = await post({
        query:
          'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { email } } }',
        variables: { e: publisher.email, p: TEST_PASSWORD },
      });
      expect(signIn.response.headers.get('cache-control')).toBe('private, no-store');
      const cookie = (signIn.response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect(cookie).toMatch(/^beacon_session=./);

      const { response, json } = await post(hubRequest(), cookie);
      expect(json.errors).toBeUndefined();
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    });

    it('never lets a cache keep a hub asked together with `me`, or a mutation', async () => {
      const withMe = await post({
        query: `query($campaign: String!) { hub(campaign: $campaign, region: "GB") { region } me { email } }`,
        variables: { campaign: campaign.slug },
      });
      expect(withMe.json.errors).toBeUndefined();
      expect(withMe.response.headers.get('cache-control')).toBe('private, no-store');

      const twoOperations = `
        query ReadHub($campaign: String!) { hub(campaign: $campaign, region: "GB") { region } }
        mutation Leave { signOut }
      `;
      const mutation = await post({
        query: twoOperations,
        variables: { campaign: campaign.slug },
        operationName: 'Leave',
      });
      expect(mutation.json.errors).toBeUndefined();
      expect(mutation.response.headers.get('cache-control')).toBe('private, no-store');
      // The same document's query alone is cacheable: the operation run decides, not the document.
      const query = await post({
        query: twoOperations,
        variables: { campaign: campaign.slug },
        operationName: 'ReadHub',
      });
      expect(query.response.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    });

    it('never lets a cache keep a failed hub query', async () => {
      const { response, json } = await post(hubRequest('XX'));
      expect(json.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    });
  });
});
