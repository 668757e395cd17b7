/**
 * Signals that a member's sessions or role changed (signed out, deactivated, role changed), so their live
 * subscriptions are checked at once instead of at the next timer tick. With `REDIS_URL` the signal reaches
 * every instance (common/live-events.ts); without it, or while Redis is down, other processes find out from
 * their own timers (see live-sessions.ts).
 */
import { announceLive, onLive } from '../common/live-events.js';

export const staffAccessChanged = {
  /** Announces, after commit, that `userId`'s access changed. */
  emit(userId: string): void {
    announceLive('STAFF_ACCESS_CHANGED', userId);
  },
  /** Listens; returns a function that stops listening. */
  listen(listener: (userId: string) => void): () => void {
    return onLive<string>('STAFF_ACCESS_CHANGED', listener);
  },
};
