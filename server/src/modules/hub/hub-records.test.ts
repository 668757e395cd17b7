/**
 * The hub reads its rows into read-only records (common/read-records.ts) instead of MikroORM entities. A
 * reader of the hub must not be able to tell: every persisted property of every record the hub's two
 * statements read (campaign, windows, partners, spotlights' recognitions, creators and featured videos)
 * holds what MikroORM's own hydration gives for the same row: dates as dates, JSON as values, embedded
 * metrics and consent as objects, booleans as booleans, many-to-ones as the related id. A new column
 * with a type the records convert differently fails here, on both engines.
 *
 * An anonymous reader's records (audience 'public') leave out the columns of staff-only fields: reading
 * one throws, the rest still match, and staff reading the same hub still get every field.
 */
import { Topic } from '@beacon/shared';
import type { EntityManager, EntityProperty } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCampaign,
  buildEligibleCreator,
  buildOrganisation,
  buildRecognition,
  buildVideo,
} from '../../test/factories.js';
import { createTestApp, dataOf, type TestApp } from '../../test/test-app.js';
import { Campaign, ProgrammingWindow } from '../campaigns/campaign.entity.js';
import { newEntity } from '../common/catalogue.js';
import { Creator } from '../creators/creator.entity.js';
import { RecognitionStatus } from '../recognitions/recognition.entity.js';
import { StaffRole } from '../staff/staff-role.js';
import { AwarenessVideo } from '../videos/awareness-video.entity.js';
import { hubSpotlights, publicHubCampaign } from './hub.service.js';

type Loose = Record<string, unknown>;

/** A persisted property's value as plain data: ids for relations, plain objects for embeddables. */
function plain(prop: EntityProperty, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (prop.kind === 'm:1' || prop.kind === '1:1') return (value as { id: unknown }).id;
  return JSON.parse(JSON.stringify(value));
}

/** Each persisted property of `record` against the same entity as MikroORM hydrates it in a fresh context. */
async function expectSameAsEntity(em: EntityManager, record: object, withheld: readonly string[] = []) {
  const entityClass = record.constructor as new () => object;
  const meta = em.getMetadata().get(entityClass.name);
  const id = (record as Loose).id;
  const entity = (await em.fork().findOneOrFail(entityClass, { id } as never)) as Loose;
  const compared: string[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.embedded) continue;
    if (!['scalar', 'embedded', 'm:1'].includes(prop.kind) && !(prop.kind === '1:1' && prop.owner)) continue;
    if (withheld.includes(prop.name)) continue;
    const mine = (record as Loose)[prop.name];
    const theirs = entity[prop.name];
    expect(plain(prop, mine), `${entityClass.name}.${prop.name}`).toEqual(plain(prop, theirs));
    if (theirs instanceof Date)
      expect(mine, `${entityClass.name}.${prop.name} is a Date`).toBeInstanceOf(Date);
    if (typeof theirs === 'boolean') expect(typeof mine, `${entityClass.name}.${prop.name}`).toBe('boolean');
    compared.push(prop.name);
  }
  return compared;
}

describe('the hub reads records that match the entities', () => {
  let app: TestApp;
  let campaign: Campaign;

  beforeAll(async () => {
    app = await createTestApp();
    const em = app.orm.em.fork();
    campaign = await buildCampaign(em);
    campaign.partners.add(await buildOrganisation(em));
    em.persist(
      newEntity(ProgrammingWindow, {
        campaign,
        title: 'Live session',
        description: 'Creators and experts, live.',
        startsAt: new Date(Date.UTC(2023, 4, 10, 17)),
        endsAt: new Date(Date.UTC(2023, 4, 10, 19)),
        timeZone: 'Europe/London',
      }),
    );
    await em.flush();
    for (const rank of [1, 2]) {
      const { creator, video } = await buildEligibleCreator(em);
      const second = await buildVideo(em, { creator, topics: [Topic.GRIEF, Topic.ANXIETY] });
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
  });
  afterAll(() => app?.close());

  it('reads the campaign, its windows and its partners as MikroORM would', async () => {
    const em = app.orm.em.fork();
    const hub = await publicHubCampaign(em, campaign.slug);
    expect(hub).not.toBeNull();
    if (!hub) return;
    expect(hub.windows).toHaveLength(1);
    expect(hub.partners).toHaveLength(1);
    const fields = await expectSameAsEntity(em, hub.campaign);
    expect(fields).toEqual(expect.arrayContaining(['slug', 'startsOn', 'version']));
    for (const record of [...hub.windows, ...hub.partners]) await expectSameAsEntity(em, record);
  });

  it('reads the spotlights, their creators and featured videos as MikroORM would', async () => {
    const em = app.orm.em.fork();
    const spotlights = await hubSpotlights(em, campaign.id);
    expect(spotlights.map((s) => s.rank)).toEqual([1, 2]);
    for (const spotlight of spotlights) {
      const creator = spotlight.loadedCreator as object;
      const videos = spotlight.loadedVideos ?? [];
      expect(videos).toHaveLength(2);
      const creatorFields = await expectSameAsEntity(em, creator);
      expect(creatorFields).toEqual(expect.arrayContaining(['handle', 'topics', 'consent']));
      for (const video of videos) {
        const videoFields = await expectSameAsEntity(em, video);
        expect(videoFields).toEqual(
          expect.arrayContaining(['title', 'topics', 'views', 'safetyFindings', 'creator']),
        );
      }
    }
  });

  it("leaves staff-only columns out of an anonymous reader's records, and reading one throws", async () => {
    const em = app.orm.em.fork();
    const spotlights = await hubSpotlights(em, campaign.id, 'public');
    expect(spotlights.map((s) => s.rank)).toEqual([1, 2]);
    const withheld = {
      creator: ['status', 'consent', 'safetyFindings'],
      video: ['safetyFindings'],
    };
    for (const spotlight of spotlights) {
      const creator = spotlight.loadedCreator as Creator;
      expect(creator).toBeInstanceOf(Creator);
      for (const name of withheld.creator) {
        expect(() => (creator as unknown as Loose)[name], `Creator.${name}`).toThrow(/staff-only/);
      }
      const fields = await expectSameAsEntity(em, creator, withheld.creator);
      expect(fields).toEqual(expect.arrayContaining(['handle', 'bio', 'topics', 'followerCount']));
      for (const video of spotlight.loadedVideos ?? []) {
        expect(video).toBeInstanceOf(AwarenessVideo);
        expect(() => video.safetyFindings).toThrow(/staff-only/);
        await expectSameAsEntity(em, video, withheld.video);
      }
    }
    // The campaign's types have no staff-only fields: nothing is left out.
    const hub = await publicHubCampaign(em, campaign.slug, 'public');
    if (hub) await expectSameAsEntity(em, hub.campaign);
  });

  it('still answers staff-only fields to staff reading the hub', async () => {
    const reviewer = await app.staff(StaffRole.SAFETY_REVIEWER);
    const hub = `query($slug: String!) {
      hub(campaign: $slug) { spotlights(first: 5) { nodes {
        creator { handle status consent { scope } safetyFindings { ruleId } }
        featuredVideos(first: 5) { nodes { title safetyFindings { ruleId } } }
      } } }
    }`;
    const data = dataOf(
      await app.run<{
        hub: {
          spotlights: {
            nodes: {
              creator: { status: string; consent: { scope: string } | null; safetyFindings: unknown[] };
              featuredVideos: { nodes: { safetyFindings: unknown[] }[] };
            }[];
          };
        };
      }>(hub, { slug: campaign.slug }, reviewer),
    );
    const nodes = data.hub.spotlights.nodes;
    expect(nodes).toHaveLength(2);
    for (const node of nodes) {
      expect(node.creator.status).toBe('ACTIVE');
      expect(node.creator.consent?.scope).toBeTruthy();
      expect(Array.isArray(node.creator.safetyFindings)).toBe(true);
      for (const video of node.featuredVideos.nodes) expect(Array.isArray(video.safetyFindings)).toBe(true);
    }
  });
});
