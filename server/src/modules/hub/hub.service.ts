/** What the public hub shows: published spotlights of public creators, in rank order. */
import type { EntityManager } from '@mikro-orm/core';
import { PUBLIC_CREATOR } from '../creators/creator.service.js';
import { Recognition, RecognitionStatus } from '../recognitions/recognition.entity.js';

export function publishedSpotlights(em: EntityManager, campaignId: string): Promise<Recognition[]> {
  return em.find(
    Recognition,
    { campaign: campaignId, status: RecognitionStatus.PUBLISHED, archivedAt: null, creator: PUBLIC_CREATOR },
    { orderBy: { rank: 'asc', id: 'asc' } },
  );
}
