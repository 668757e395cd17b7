/**
 * What the public hub shows: published spotlights of public creators, in rank order, and the preview of
 * one recognition's card as the hub would show it (for staff, at any stage), from the same conditions.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Campaign } from '../campaigns/campaign.entity.js';
import { PUBLIC_CAMPAIGN } from '../campaigns/campaign.service.js';
import { CreatorStatus } from '../creators/creator.entity.js';
import { PUBLIC_CREATOR } from '../creators/creator.service.js';
import { Recognition, RecognitionStatus } from '../recognitions/recognition.entity.js';
import { Spotlight } from './hub.types.js';

/** The recognitions a campaign's hub shows: the one definition the hub and the preview both use. */
const inHub = (campaignId: string): FilterQuery<Recognition> => ({
  campaign: campaignId,
  status: RecognitionStatus.PUBLISHED,
  archivedAt: null,
  creator: PUBLIC_CREATOR,
});

export function publishedSpotlights(em: EntityManager, campaignId: string): Promise<Recognition[]> {
  return em.find(Recognition, inHub(campaignId), { orderBy: { rank: 'asc', id: 'asc' } });
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
