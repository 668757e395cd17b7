/**
 * What the public hub shows: published spotlights of public creators, in rank order, and the preview of
 * one recognition's card as the hub would show it (for staff, at any stage), from the same conditions.
 */
import { type EntityManager, type FilterQuery, LoadStrategy } from '@mikro-orm/core';
import { Campaign } from '../campaigns/campaign.entity.js';
import { PUBLIC_CAMPAIGN } from '../campaigns/campaign.service.js';
import { CreatorStatus } from '../creators/creator.entity.js';
import { PUBLIC_CREATOR } from '../creators/creator.service.js';
import { publicFeaturedVideos } from '../recognitions/featured-videos.js';
import { Recognition, RecognitionStatus } from '../recognitions/recognition.entity.js';
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
 */

/** The public campaign of `slug` with its programming windows and partners, in one joined statement. */
export function publicHubCampaign(em: EntityManager, slug: string): Promise<Campaign | null> {
  return em.findOne(
    Campaign,
    { $and: [{ slug: slug.trim() }, PUBLIC_CAMPAIGN] },
    { populate: ['programmingWindows', 'partners'], strategy: LoadStrategy.JOINED },
  );
}

/**
 * The spotlights a campaign's hub shows, in rank order, each with its creator and its featured videos
 * already loaded, in one joined statement. The public-featured filter and order are the hub's
 * (`publicFeaturedVideos`), applied by the resolver.
 */
export function hubSpotlights(em: EntityManager, campaignId: string): Promise<Spotlight[]> {
  return em
    .find(Recognition, inHub(campaignId), {
      populate: ['creator', 'featuredVideos'],
      strategy: LoadStrategy.JOINED,
      orderBy: { rank: 'asc', id: 'asc' },
    })
    .then((recognitions) =>
      recognitions.map((r) =>
        Object.assign(Spotlight.of(r), {
          loadedCreator: r.creator,
          loadedVideos: publicFeaturedVideos(r.featuredVideos.getItems()),
        }),
      ),
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
