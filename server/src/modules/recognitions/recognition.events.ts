/**
 * Recognition changes as events, for the staff subscription. Announced after commit only, so subscribers
 * never see a change that was rolled back.
 */
import { createPubSub } from '@graphql-yoga/subscription';
import type { Recognition } from './recognition.entity.js';

export const RECOGNITION_CHANGED = 'RECOGNITION_CHANGED';

export interface RecognitionChange {
  recognitionId: string;
  campaignId: string;
  status: string;
  version: number;
}

export const recognitionPubSub = createPubSub<{ [RECOGNITION_CHANGED]: [RecognitionChange] }>();

export function announceRecognitionChange(recognition: Recognition): void {
  recognitionPubSub.publish(RECOGNITION_CHANGED, {
    recognitionId: recognition.id,
    campaignId: recognition.campaign.id,
    status: recognition.status,
    version: recognition.version,
  });
}
