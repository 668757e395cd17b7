/**
 * What the public hub shows: published spotlights of public creators, in rank order, and the preview of
 * one recognition's card as the hub would show it (for staff, at any stage), from the same conditions.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Campaign, ProgrammingWindow } from '../campaigns/campaign.entity.js';
import { PUBLIC_CAMPAIGN } from '../campaigns/campaign.service.js';
import { type LoadedOrder, sortLoaded } from '../common/connection.js';
import {
  collectionRecords,
  PARAMETER,
  preparedRead,
  type RecordAudience,
  recordReader,
  recordsOf,
  recordsSelect,
  runPrepared,
} from '../common/read-records.js';
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
 * Their SQL is built once per database and audience (`preparedRead`) and run with each request's values;
 * an anonymous reader's records leave out staff-only columns (`RecordAudience`).
 */

/** A public campaign with its programming windows and partners, as the hub's first statement reads it. */
export interface HubCampaign {
  campaign: Campaign;
  windows: ProgrammingWindow[];
  partners: Organisation[];
}

/**
 * The public campaign of `slug` with its programming windows and partners, in one statement, as records
 * for `audience`.
 */
export async function publicHubCampaign(
  em: EntityManager,
  slug: string,
  audience: RecordAudience = 'staff',
): Promise<HubCampaign | null> {
  const read = preparedRead(em, `hub.campaign.${audience}`, (sql) =>
    sql
      .createQueryBuilder(Campaign, 'c')
      .select(
        recordsSelect(
          em,
          { c: Campaign },
          {
            w: collectionRecords(em, Campaign, 'c', 'programmingWindows', 'w', audience),
            o: collectionRecords(em, Campaign, 'c', 'partners', 'o', audience),
          },
          audience,
        ),
      )
      .where({ $and: [{ slug: PARAMETER }, PUBLIC_CAMPAIGN] }),
  );
  const [row] = await runPrepared(em, read, slug.trim());
  if (!row) return null;
  return {
    campaign: recordReader(em, Campaign, audience)(row.c) as Campaign,
    windows: recordsOf(em, ProgrammingWindow, row.w, audience),
    partners: recordsOf(em, Organisation, row.o, audience),
  };
}

/** The hub's spotlight order, rank first; the statement's rows come in no particular order. */
export const SPOTLIGHT_ORDER: LoadedOrder<Spotlight> = {
  key: (s) => [s.rank, s.recognitionId],
  directions: ['asc', 'asc'],
};

/**
 * The spotlights a campaign's hub shows, in rank order (`SPOTLIGHT_ORDER`), each with its creator and its
 * featured videos already loaded, in one statement, as records for `audience`. The public-featured filter
 * and order are the hub's (`publicFeaturedVideos`).
 */
export async function hubSpotlights(
  em: EntityManager,
  campaignId: string,
  audience: RecordAudience = 'staff',
): Promise<Spotlight[]> {
  const read = preparedRead(em, `hub.spotlights.${audience}`, (sql) =>
    sql
      .createQueryBuilder(Recognition, 'r')
      .select(
        recordsSelect(
          em,
          { r: Recognition, cr: Creator },
          { v: collectionRecords(em, Recognition, 'r', 'featuredVideos', 'v', audience) },
          audience,
        ),
      )
      .join('r.creator', 'cr')
      .where(inHub(PARAMETER) as object),
  );
  const rows = await runPrepared(em, read, campaignId);
  const recognition = recordReader(em, Recognition, audience);
  const creator = recordReader(em, Creator, audience);
  const spotlights = rows.map((row) =>
    Object.assign(Spotlight.of(recognition(row.r) as Recognition), {
      loadedCreator: creator(row.cr) as Creator,
      loadedVideos: publicFeaturedVideos(recordsOf(em, AwarenessVideo, row.v, audience)),
    }),
  );
  return sortLoaded(spotlights, SPOTLIGHT_ORDER);
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
