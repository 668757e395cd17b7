/**
 * Signals, within this process, that a member's sessions or role changed (signed out, deactivated, role
 * changed), so their live subscriptions are checked at once instead of at the next timer tick. Other
 * processes find out from their own timers (see live-sessions.ts).
 */
import { EventEmitter } from 'node:events';

export const staffAccessChanged = new EventEmitter<{ changed: [userId: string] }>();
staffAccessChanged.setMaxListeners(0);
