/**
 * Recognition changes as events, for the staff subscription. Announced after commit only, so subscribers
 * never see a change that was rolled back; with `REDIS_URL` they reach subscribers on every instance
 * (common/live-events.ts).
 */
import { createPubSub } from '@graphql-yoga/subscription';
import { liveEvents } from '../common/live-events.js';
import type { Recognition } from './recognition.entity.js';

export const RECOGNITION_CHANGED = 'RECOGNITION_CHANGED';

export interface RecognitionChange {
  recognitionId: string;
  campaignId: string;
  status: string;
  version: number;
}

type RecognitionTopics = { [RECOGNITION_CHANGED]: [RecognitionChange] };

export const recognitionPubSub = createPubSub<RecognitionTopics>({
  // The process's live event target: a plain EventTarget that, when shared, also forwards through Redis.
  eventTarget: liveEvents as unknown as NonNullable<
    Parameters<typeof createPubSub<RecognitionTopics>>[0]
  >['eventTarget'],
});

export function announceRecognitionChange(recognition: Recognition): void {
  recognitionPubSub.publish(RECOGNITION_CHANGED, {
    recognitionId: recognition.id,
    campaignId: recognition.campaign.id,
    status: recognition.status,
    version: recognition.version,
  });
}
