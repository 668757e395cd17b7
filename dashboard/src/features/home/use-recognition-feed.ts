/**
 * Keeps a screen current while other staff act: subscribes to `recognitionChanged` (one campaign's, or
 * every campaign's when none is given). The cache rule for the event (common/graphql/cache.ts) refetches
 * the recognition lists and counts on screen; pair it with <LiveIndicator/> so people know updates flow.
 */
import { useSubscription } from 'urql';
import { RecognitionChangedSubscription } from './home.operations';

export function useRecognitionFeed(campaignId?: string | null): void {
  useSubscription({
    query: RecognitionChangedSubscription,
    variables: { campaignId: campaignId ?? null },
  });
}
