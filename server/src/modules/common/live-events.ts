/**
 * Live events: what graphql-ws subscribers hear (a recognition changed) and what re-checks a member's live
 * sockets (their sessions or role changed). They are announced after commit, in whichever server process
 * made the change; with `REDIS_URL` set they also travel through Redis pub/sub (by
 * `@graphql-yoga/redis-event-target` on ioredis), so a subscriber on one instance hears changes made on
 * every other.
 *
 * The process keeps one event target. This process's listeners hear its own events at once, in the process,
 * whether Redis answers or not; the Redis copy carries the process's id, so the process that sent it skips
 * it when it comes back. Redis down therefore degrades, never breaks: writes go on, each instance's
 * subscribers still hear that instance's changes, changes made on other instances meanwhile are not heard
 * (a live board catches up at its next refresh), and delivery resumes by itself when Redis answers again
 * (ioredis reconnects and subscribes again). A publish that fails is logged, never thrown into the write
 * that announced it.
 */
import { randomUUID } from 'node:crypto';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** Every live event type; each is one Redis channel, `<BEACON_REDIS_KEY_PREFIX>:live:<type>`. */
export const LIVE_EVENT_TYPES = ['RECOGNITION_CHANGED', 'STAFF_ACCESS_CHANGED'] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];

/** What travels through Redis: the event's detail, and which process sent it. */
interface Envelope {
  readonly origin: string;
  readonly detail: unknown;
}

interface Bridge {
  readonly url: string;
  readonly keyPrefix: string;
  users: number;
  forward(type: string, detail: unknown): void;
  close(): Promise<void>;
}

/**
 * An EventTarget (what `createPubSub` takes) whose events reach this process's listeners at once and, while
 * shared, every other process's through Redis.
 */
class LiveEventTarget extends EventTarget {
  /** Tells other processes' copies from this one's own. */
  readonly origin = randomUUID();
  bridge: Bridge | null = null;

  override dispatchEvent(event: Event): boolean {
    const delivered = super.dispatchEvent(event);
    if (this.bridge && LIVE_EVENT_TYPES.includes(event.type as LiveEventType))
      this.bridge.forward(event.type, (event as CustomEvent).detail);
    return delivered;
  }

  /** An event heard from another process: this process's listeners only. */
  deliverFromElsewhere(type: string, detail: unknown): void {
    super.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

/** The process's live events (one per process: type-graphql's schema and its pubsub are per process). */
export const liveEvents = new LiveEventTarget();

/** Announces a live event (after the change it describes has committed). */
export function announceLive(type: LiveEventType, detail: unknown): void {
  liveEvents.dispatchEvent(new CustomEvent(type, { detail }));
}

/** Listens to one type of live event; returns a function that stops listening. */
export function onLive<T>(type: LiveEventType, listener: (detail: T) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<T>).detail);
  liveEvents.addEventListener(type, handler);
  return () => liveEvents.removeEventListener(type, handler);
}

export interface SharedLiveEventsOptions {
  readonly url: string;
  readonly keyPrefix: string;
  readonly logger: Logger;
  /** At most one "cannot publish" line per this many milliseconds. */
  readonly logIntervalMs?: number;
}

/**
 * Shares this process's live events through Redis until the returned `close` is called. Several apps in
 * one process (tests) share one bridge, counted; it closes with the last.
 */
export function shareLiveEvents(options: SharedLiveEventsOptions): { close(): Promise<void> } {
  const existing = liveEvents.bridge;
  if (existing) {
    if (existing.url !== options.url || existing.keyPrefix !== options.keyPrefix)
      options.logger.warn('live events are already shared through another Redis or prefix in this process');
    existing.users++;
    return { close: () => release(existing) };
  }
  const bridge = openBridge(options);
  liveEvents.bridge = bridge;
  return { close: () => release(bridge) };
}

async function release(bridge: Bridge): Promise<void> {
  bridge.users--;
  if (bridge.users > 0) return;
  if (liveEvents.bridge === bridge) liveEvents.bridge = null;
  await bridge.close();
}

function openBridge(options: SharedLiveEventsOptions): Bridge {
  const { url, keyPrefix, logger } = options;
  const logIntervalMs = options.logIntervalMs ?? 60_000;
  const channelOf = (type: string) => `${keyPrefix}:live:${type}`;
  const reconnect = { retryStrategy: (times: number) => Math.min(times * 250, 5_000), connectTimeout: 2_000 };
  // Publishing fails fast while Redis is away (no queue of stale events to replay on its return).
  const publisher = new Redis(url, { ...reconnect, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // The subscribing connection queues its SUBSCRIBE until Redis answers, and subscribes again after every
  // reconnection (ioredis's autoResubscribe); it never gives a command up, so nothing it sends can fail.
  const subscriber = new Redis(url, { ...reconnect, maxRetriesPerRequest: null });

  let lastWarning = Number.NEGATIVE_INFINITY;
  let degraded = false;
  let closing = false;
  const warn = (reason: string) => {
    if (closing) return;
    degraded = true;
    const now = Date.now();
    if (now - lastWarning < logIntervalMs) return;
    lastWarning = now;
    logger.warn(
      { reason },
      'live events: Redis is unreachable; subscribers hear only changes made on their own instance',
    );
  };
  for (const client of [publisher, subscriber]) client.on('error', (error: Error) => warn(error.message));
  subscriber.on('ready', () => {
    if (!degraded) return;
    degraded = false;
    logger.info('live events: Redis answers again; subscribers hear every instance');
  });

  // The library sends PUBLISH, SUBSCRIBE and UNSUBSCRIBE without awaiting them: hand it clients whose
  // commands never reject (a failure is logged), so a Redis outage cannot become an unhandled rejection.
  const quietly = <T>(command: Promise<T>, fallback: T) =>
    command.catch((error: Error) => {
      warn(error.message);
      return fallback;
    });
  const publishClient = {
    publish: (channel: string, message: string) => quietly(publisher.publish(channel, message), 0),
  } as unknown as Redis;
  const subscribeClient = {
    on: (event: 'message', handler: (channel: string, message: string) => void) =>
      subscriber.on(event, handler),
    subscribe: (channel: string) => quietly(subscriber.subscribe(channel), 0),
    unsubscribe: (channel: string) => quietly(subscriber.unsubscribe(channel), 0),
  } as unknown as Redis;
  const target = createRedisEventTarget<CustomEvent<Envelope>>({ publishClient, subscribeClient });
  const listeners = LIVE_EVENT_TYPES.map((type) => {
    const listener = (event: CustomEvent<Envelope>) => {
      const envelope = event.detail;
      if (!envelope || envelope.origin === liveEvents.origin) return;
      liveEvents.deliverFromElsewhere(type, envelope.detail);
    };
    target.addEventListener(channelOf(type), listener);
    return { type, listener };
  });

  return {
    url,
    keyPrefix,
    users: 1,
    forward(type, detail) {
      const envelope: Envelope = { origin: liveEvents.origin, detail };
      target.dispatchEvent(new CustomEvent(channelOf(type), { detail: envelope }));
    },
    async close() {
      closing = true;
      for (const { type, listener } of listeners) target.removeEventListener(channelOf(type), listener);
      for (const client of [subscriber, publisher]) {
        client.removeAllListeners('ready');
        if (client.status === 'ready') await client.quit().catch(() => undefined);
        client.disconnect();
      }
    },
  };
}
