/**
 * What the public hub shows: published spotlights of public creators, in rank order, and the preview of
 * one recognition's card as the hub would show it (for staff, at any stage), from the same conditions.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Campaign, ProgrammingWindow } from '../campaigns/campaign.entity.js';
import { PUBLIC_CAMPAIGN } from '../campaigns/campaign.service.js';
import { PARAMETER, preparedRead, recordReader, runPrepared } from '../common/read-records.js';
import { Creator, CreatorStatus } from '../creators/creator.entity.js';
import { PUBLIC_CREATOR } from '../creators/creator.service.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { publicFeaturedVideos } from '../recognitions/featured-videos.js';
import { Recognition, RecognitionStatus } from '../recognitions/recognition.entity.js';
import { AwarenessVideo } from '../videos/awareness-video.entity.js';
import { Spotlight } from './hub.types.js';

/** The recognitions a campaign's hub shows: the one definition the hub and the preview both use. */
const inHub = (campaignId: string): FilterQuery<Recognition> => ({
  campaign: campaignId,
  status: RecognitionStatus.PUBLISHED,
  archivedAt: null,
  creator: PUBLIC_CREATOR,
});

/*
 * The hub's read path. A hub is one campaign, its windows and partners, its spotlights with their creators
 * and featured videos, and the reader's crisis resources: three statements in all (the campaign with its
 * windows and partners joined; the spotlights with creators and featured videos joined; the resources,
 * crisis-resource.service.ts), whatever the number of spotlights, videos or resources. Each is read once
 * per request, on the first field that needs it, and the hub's resolvers page what they hold in memory
 * instead of asking a batch loader per field.
 *
 * A public read changes nothing, so the first two statements read rows into read-only records
 * (read-records.ts) rather than MikroORM entities: no hydration, identity map or change tracking per row.
 * Their SQL is built once per database (`preparedRead`) and run with each request's values.
 */

/** A public campaign with its programming windows and partners, as the hub's first statement reads it. */
export interface HubCampaign {
  campaign: Campaign;
  windows: ProgrammingWindow[];
  partners: Organisation[];
}

/** Rows joined one-to-many, each child once, in the order first met. */
function distinct<T extends { id: string }>(items: (T | null)[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (item && !seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}

/** The public campaign of `slug` with its programming windows and partners, in one joined statement. */
export async function publicHubCampaign(em: EntityManager, slug: string): Promise<HubCampaign | null> {
  const read = preparedRead(em, 'hub.campaign', (sql) =>
    sql
      .createQueryBuilder(Campaign, 'c')
      .select('*')
      .leftJoinAndSelect('c.programmingWindows', 'w')
      .leftJoinAndSelect('c.partners', 'o')
      .where({ $and: [{ slug: PARAMETER }, PUBLIC_CAMPAIGN] }),
  );
  const rows = await runPrepared(em, read, slug.trim());
  const first = rows[0];
  if (!first) return null;
  const windows = recordReader(em, ProgrammingWindow, 'w');
  const partners = recordReader(em, Organisation, 'o');
  return {
    campaign: recordReader(em, Campaign)(first) as Campaign,
    windows: distinct(rows.map(windows)),
    partners: distinct(rows.map(partners)),
  };
}

/**
 * The spotlights a campaign's hub shows, in rank order, each with its creator and its featured videos
 * already loaded, in one joined statement. The public-featured filter and order are the hub's
 * (`publicFeaturedVideos`).
 */
export async function hubSpotlights(em: EntityManager, campaignId: string): Promise<Spotlight[]> {
  const read = preparedRead(em, 'hub.spotlights', (sql) =>
    sql
      .createQueryBuilder(Recognition, 'r')
      .select('*')
      .joinAndSelect('r.creator', 'cr')
      .leftJoinAndSelect('r.featuredVideos', 'v')
      .where(inHub(PARAMETER) as object)
      .orderBy({ rank: 'asc', id: 'asc' }),
  );
  const rows = await runPrepared(em, read, campaignId);
  const recognitions = recordReader(em, Recognition);
  const creators = recordReader(em, Creator, 'cr');
  const videos = recordReader(em, AwarenessVideo, 'v');
  const spotlights = new Map<
    string,
    { recognition: Recognition; creator: Creator; videos: AwarenessVideo[] }
  >();
  for (const row of rows) {
    const id = String(row.id);
    let spotlight = spotlights.get(id);
    if (!spotlight) {
      spotlight = {
        recognition: recognitions(row) as Recognition,
        creator: creators(row) as Creator,
        videos: [],
      };
      spotlights.set(id, spotlight);
    }
    const video = videos(row);
    if (video) spotlight.videos.push(video);
  }
  return [...spotlights.values()].map(({ recognition, creator, videos: featured }) =>
    Object.assign(Spotlight.of(recognition), {
      loadedCreator: creator,
      loadedVideos: publicFeaturedVideos(distinct(featured)),
    }),
  );
}

export interface SpotlightPreviewParts {
  spotlight: Spotlight;
  shownInHub: boolean;
  notShownBecause: string[];
}

/**
 * The hub card of `recognition` as it is, or as it would be once published: a spotlight not yet live takes
 * the next rank and its scheduled instant (else now). Says whether the hub shows it now, and if not, why.
 */
export async function previewSpotlight(
  em: EntityManager,
  recognition: Recognition,
): Promise<SpotlightPreviewParts> {
  await em.populate(recognition, ['creator', 'campaign']);
  const campaignId = recognition.campaign.id;
  const [shownCount, last, publicCampaign] = await Promise.all([
    em.count(Recognition, { $and: [{ id: recognition.id }, inHub(campaignId)] }),
    em.findOne(Recognition, inHub(campaignId), { orderBy: { rank: 'desc' } }),
    em.count(Campaign, { $and: [{ id: campaignId }, PUBLIC_CAMPAIGN] }),
  ]);
  const shownInHub = shownCount > 0 && publicCampaign > 0;
  const live = recognition.status === RecognitionStatus.PUBLISHED;
  const spotlight = Spotlight.of(recognition);
  if (!live) {
    spotlight.rank = (last?.rank ?? 0) + 1;
    spotlight.publishedAt = recognition.scheduledFor ?? new Date();
  }
  const creator = recognition.creator;
  const reasons = [
    ...(live ? [] : [`it is not published (${recognition.status.toLowerCase().replaceAll('_', ' ')})`]),
    ...(recognition.archivedAt ? ['the recognition is archived'] : []),
    ...(creator.archivedAt ? ['the creator is archived'] : []),
    ...(creator.status !== CreatorStatus.ACTIVE ? ['the creator is suspended'] : []),
    ...(publicCampaign === 0 ? ['the campaign is archived'] : []),
  ];
  return { spotlight, shownInHub, notShownBecause: shownInHub ? [] : reasons };
}
