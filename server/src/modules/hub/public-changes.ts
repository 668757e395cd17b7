/**
 * Which committed writes change what a public reader can see, announced after commit and before the write's
 * response, so the public response cache (public-response-cache.ts) and a CDN (cdn-purge.ts) drop what they
 * hold before staff are told the change is done: a reader never sees a spotlight after its withdrawal was
 * acknowledged.
 *
 * One ORM subscriber sees every flush, whichever service made it (mutations, the scheduler, imports), so
 * the write paths call nothing: a new write path is covered without anyone remembering to. It decides from
 * the entity type (staff-only types never count; any other type counts, so a new public entity is covered
 * by default) and, for recognitions, from the status (only a published spotlight, or one leaving that
 * state, is public). Changes are held per root transaction and announced in `afterTransactionCommit`
 * (MikroORM runs it for the outermost transaction only), or in `afterFlush` for a flush outside one; a
 * rolled-back transaction announces nothing.
 *
 * The channel is an interface: the in-process one calls its listeners directly; with `REDIS_URL` the Redis
 * one also tells every other instance (pub/sub), so their caches empty too.
 */
import { randomUUID } from 'node:crypto';
import type {
  ChangeSet,
  EntityManager,
  EventSubscriber,
  FlushEventArgs,
  TransactionEventArgs,
  UnitOfWork,
} from '@mikro-orm/core';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { CreatorStatus } from '../creators/creator.entity.js';
import { RecognitionStatus } from '../recognitions/recognition.entity.js';

/** A committed change a public reader could see. */
export interface PublicChange {
  /** Entity types changed, for logs and metrics. */
  readonly entities: readonly string[];
  /**
   * Surrogate keys (`campaign:<id>`, `creator:<id>`) of public responses that showed someone who has just
   * been taken down (a spotlight withdrawn or archived, consent withdrawn, a creator suspended or archived):
   * a CDN must drop them now rather than when they expire.
   */
  readonly takedownKeys: readonly string[];
}

export type PublicChangeListener = (change: PublicChange) => void | Promise<void>;

/** Where public changes are announced: this process now; every instance, through Redis, later. */
export interface PublicChangeChannel {
  /** Tells every listener; resolves once this process's listeners have run. */
  announce(change: PublicChange): Promise<void>;
  /** Returns a function that stops listening. */
  listen(listener: PublicChangeListener): () => void;
}

export class InProcessPublicChanges implements PublicChangeChannel {
  private readonly listeners = new Set<PublicChangeListener>();

  async announce(change: PublicChange): Promise<void> {
    for (const listener of this.listeners) await listener(change);
  }

  listen(listener: PublicChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * Entity types no public query can reach: changing them never changes a public answer. Every other type
 * counts (training and grants too, conservatively), so a type added later is public until listed here.
 */
export const STAFF_ONLY_ENTITIES: ReadonlySet<string> = new Set([
  'AuditEvent',
  'StaffUser',
  'StaffSession',
  'RecognitionNote',
  'CreatorImport',
  'CreatorImportRow',
]);

/** Surrogate keys of the public responses that can show a campaign or a creator. */
export const campaignKey = (id: string) => `campaign:${id}`;
export const creatorKey = (id: string) => `creator:${id}`;

const idOf = (ref: unknown): string | null =>
  ref && typeof ref === 'object' && 'id' in ref ? String((ref as { id: unknown }).id) : null;

interface Pending {
  entities: Set<string>;
  takedownKeys: Set<string>;
}

/** Adds what one change set means for public readers to `pending` (nothing when no reader can see it). */
function judge(cs: ChangeSet<object>, pending: Pending): void {
  const type = cs.meta.className;
  if (STAFF_ONLY_ENTITIES.has(type)) return;
  const entity = cs.entity as Record<string, unknown>;
  const before = (cs.originalEntity ?? {}) as Record<string, unknown>;
  if (type === 'Recognition') {
    const wasLive = before.status === RecognitionStatus.PUBLISHED && before.archivedAt == null;
    const isLive = entity.status === RecognitionStatus.PUBLISHED && entity.archivedAt == null;
    // Nominations, reviews and approvals are staff business; only the published set is public.
    if (!wasLive && !isLive && cs.type !== 'delete') return;
    if (wasLive && (!isLive || cs.type === 'delete')) {
      const campaign = idOf(entity.campaign);
      const creator = idOf(entity.creator);
      if (campaign) pending.takedownKeys.add(campaignKey(campaign));
      if (creator) pending.takedownKeys.add(creatorKey(creator));
    }
  }
  if (type === 'Creator') {
    const consent = entity.consent as { withdrawnAt?: Date | null } | null | undefined;
    const hidden =
      entity.status !== CreatorStatus.ACTIVE || entity.archivedAt != null || consent?.withdrawnAt != null;
    if (hidden || cs.type === 'delete') pending.takedownKeys.add(creatorKey(String(entity.id)));
  }
  pending.entities.add(type);
}

/**
 * The outermost transaction of a (possibly nested, savepoint) transaction context: MikroORM links a
 * savepoint to its parent under a `parentTransaction` symbol, and runs commit hooks for the outermost only.
 */
function rootTransaction(trx: object): object {
  let current = trx;
  for (;;) {
    const parentSymbol = Object.getOwnPropertySymbols(current).find(
      (s) => s.description === 'parentTransaction',
    );
    const parent = parentSymbol ? (current as Record<symbol, unknown>)[parentSymbol] : undefined;
    // Knex transactions are functions with properties, not plain objects.
    if (!parent || (typeof parent !== 'object' && typeof parent !== 'function')) return current;
    current = parent;
  }
}

/** Watches every flush and announces committed public changes on `channel`. */
export class PublicChangeSubscriber implements EventSubscriber {
  private readonly byTransaction = new WeakMap<object, Pending>();
  private readonly byFlush = new WeakMap<UnitOfWork, Pending>();

  constructor(private readonly channel: PublicChangeChannel) {}

  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const found: Pending = { entities: new Set(), takedownKeys: new Set() };
    for (const cs of uow.getChangeSets()) judge(cs as ChangeSet<object>, found);
    for (const collection of uow.getCollectionUpdates()) {
      const owner = collection.owner as object;
      const type = owner.constructor.name;
      if (STAFF_ONLY_ENTITIES.has(type)) continue;
      if (type === 'Recognition' && (owner as { status?: unknown }).status !== RecognitionStatus.PUBLISHED)
        continue;
      found.entities.add(type);
    }
    if (found.entities.size === 0) return;
    const target = this.pendingFor(em, uow);
    for (const e of found.entities) target.entities.add(e);
    for (const k of found.takedownKeys) target.takedownKeys.add(k);
  }

  /** A flush outside a transaction ran in its own, already committed when this runs. */
  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    if (em.isInTransaction()) return;
    const pending = this.byFlush.get(uow);
    if (!pending) return;
    this.byFlush.delete(uow);
    await this.announce(pending);
  }

  async afterTransactionCommit({ transaction }: TransactionEventArgs): Promise<void> {
    if (!transaction) return;
    const pending = this.byTransaction.get(rootTransaction(transaction));
    if (!pending) return;
    this.byTransaction.delete(rootTransaction(transaction));
    await this.announce(pending);
  }

  async afterTransactionRollback({ transaction }: TransactionEventArgs): Promise<void> {
    if (transaction) this.byTransaction.delete(rootTransaction(transaction));
  }

  private pendingFor(em: EntityManager, uow: UnitOfWork): Pending {
    const trx = em.isInTransaction() ? em.getTransactionContext<object>() : undefined;
    const map = trx ? this.byTransaction : this.byFlush;
    const key = trx ? rootTransaction(trx) : uow;
    let pending = (map as WeakMap<object, Pending>).get(key);
    if (!pending) {
      pending = { entities: new Set(), takedownKeys: new Set() };
      (map as WeakMap<object, Pending>).set(key, pending);
    }
    return pending;
  }

  private announce(pending: Pending): Promise<void> {
    return this.channel.announce({
      entities: [...pending.entities].sort(),
      takedownKeys: [...pending.takedownKeys].sort(),
    });
  }
}

/**
 * Public changes shared by every instance through Redis pub/sub (on `REDIS_URL`): each instance announces
 * its own changes to its listeners directly (its cache, its CDN purge) and publishes them; the others hear
 * them and empty their caches. The CDN is purged once, by the instance that made the change.
 *
 * Safety first when Redis fails: an instance that cannot hear the others cannot trust its cache, so
 * `hearsEveryInstance` turns false the moment the subscribing connection drops (and is false until it first
 * subscribes), and the response cache is bypassed until it is subscribed again, then emptied (it may have
 * missed changes meanwhile). A change whose publish failed is owed: once Redis answers again, a catch-all
 * message empties every other instance's cache.
 */
export class RedisPublicChanges implements PublicChangeChannel {
  private readonly local = new InProcessPublicChanges();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly instance = randomUUID();
  private readonly healthListeners = new Set<(hearsEveryInstance: boolean) => void>();
  private subscribed = false;
  /** Whether it has ever subscribed (so a first subscription is not logged as a recovery). */
  private everSubscribed = false;
  private owed = false;
  private closing = false;

  constructor(
    url: string,
    private readonly channel: string,
    private readonly logger: Logger,
  ) {
    const options = { connectTimeout: 2_000, retryStrategy: (times: number) => Math.min(times * 250, 5_000) };
    this.publisher = new Redis(url, { ...options, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    // Never gives a command up while Redis is away: SUBSCRIBE waits for it.
    this.subscriber = new Redis(url, { ...options, maxRetriesPerRequest: null });
    for (const client of [this.publisher, this.subscriber])
      client.on('error', (error) => logger.debug({ err: error }, 'public changes: Redis error'));
    this.subscriber.on('message', (_channel: string, message: string) => {
      let parsed: { from?: string; entities?: string[] };
      try {
        parsed = JSON.parse(message) as typeof parsed;
      } catch {
        return;
      }
      if (parsed.from === this.instance) return;
      // The instance that made the change has told the CDN; here only caches are emptied.
      void this.local.announce({ entities: parsed.entities ?? [], takedownKeys: [] });
    });
    this.subscriber.on('close', () => this.setSubscribed(false));
    // ioredis subscribes again on its own after a reconnection; subscribing here too (idempotent, and
    // answered after ioredis's own) says when messages flow again.
    this.subscriber.on('ready', () => void this.subscribe());
    this.publisher.on('ready', () => {
      if (this.owed) void this.publish(['*']);
    });
  }

  /** Whether changes made on other instances reach this one now (Redis connected and subscribed). */
  get hearsEveryInstance(): boolean {
    return this.subscribed;
  }

  /** Called with `hearsEveryInstance` each time it changes; returns a function that stops it. */
  onHealth(listener: (hearsEveryInstance: boolean) => void): () => void {
    this.healthListeners.add(listener);
    return () => this.healthListeners.delete(listener);
  }

  /**
   * Waits (at most `timeoutMs`) for the first subscription; a Redis that does not answer is logged, and this
   * instance works on its own (its cache bypassed) until it does.
   */
  async connect(timeoutMs = 2_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), timeoutMs);
    });
    const outcome = await Promise.race([this.subscribe(), late]);
    clearTimeout(timer);
    if (outcome === 'late' || !this.subscribed)
      this.logger.warn(
        'public changes: Redis is unreachable; this instance serves no cached public answers until it answers',
      );
  }

  private async subscribe(): Promise<void> {
    try {
      await this.subscriber.subscribe(this.channel);
      if (this.subscriber.status === 'ready') this.setSubscribed(true);
    } catch (error) {
      if (!this.closing) this.logger.debug({ err: error }, 'public changes: could not subscribe yet');
    }
  }

  private setSubscribed(subscribed: boolean): void {
    if (this.closing || subscribed === this.subscribed) return;
    this.subscribed = subscribed;
    if (subscribed && this.everSubscribed)
      this.logger.info('public changes: Redis answers again; instances share invalidations');
    if (subscribed) this.everSubscribed = true;
    else
      this.logger.warn(
        'public changes: lost Redis; cached public answers are bypassed until it answers again',
      );
    for (const listener of this.healthListeners) listener(subscribed);
  }

  async announce(change: PublicChange): Promise<void> {
    await this.local.announce(change);
    await this.publish(change.entities);
  }

  private async publish(entities: readonly string[]): Promise<void> {
    try {
      await this.publisher.publish(this.channel, JSON.stringify({ from: this.instance, entities }));
      this.owed = false;
    } catch (error) {
      this.owed = true;
      this.logger.warn(
        { err: error },
        'public changes: could not tell other instances through Redis; will tell them when it answers',
      );
    }
  }

  listen(listener: PublicChangeListener): () => void {
    return this.local.listen(listener);
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const client of [this.subscriber, this.publisher]) {
      client.removeAllListeners('ready');
      if (client.status === 'ready') await client.quit().catch(() => undefined);
      client.disconnect();
    }
  }
}
