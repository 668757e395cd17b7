/**
 * The one way Beacon changes what staff see: every change runs inside `auditedWrite`, which opens the
 * transaction (or joins the caller's), hands the work an `AuditTrail`, and refuses to commit a change that
 * recorded no audit event. Audit events are flushed with the change they describe, so the log and the data
 * never disagree, and their action names are the typed `AuditAction`s of audit-actions.ts.
 *
 * Version checks for records addressed by global ID are in `updateRecord` (catalogue.ts), built on this.
 */
import type { EntityManager } from '@mikro-orm/core';
import { auditEventOf, snapshot } from '../audit/audit.service.js';
import type { AuditAction } from '../audit/audit-actions.js';
import type { Context } from './context.js';
import { type Node, typeNameOf } from './node.js';

/** Who makes a change: a staff member in a request, or Beacon itself (`BEACON`: scheduler, start-up jobs). */
export interface Actor {
  readonly user: Context['user'];
  readonly requestId: string | null;
}

export const actorOf = (ctx: Context): Actor => ({ user: ctx.user, requestId: ctx.requestId });

/** Beacon itself: scheduled publishing, start-up alignment, operators' tools. */
export const BEACON: Actor = { user: null, requestId: null };

export interface AuditChange {
  readonly before?: object | null;
  readonly after?: object | null;
  readonly reason?: string | null;
}

/** The audit events of one audited write; each is persisted in the write's transaction. */
export class AuditTrail {
  #recorded = 0;

  constructor(
    private readonly tx: EntityManager,
    private readonly actor: Actor,
  ) {}

  /** How many events this write has recorded so far. */
  get size(): number {
    return this.#recorded;
  }

  /** Records one change to `target`, with whatever before/after the caller describes it by. */
  record(action: AuditAction, target: Node, change: AuditChange = {}): void {
    this.tx.persist(
      auditEventOf({
        actor: this.actor.user,
        action,
        targetType: typeNameOf(target),
        targetId: target.id,
        before: change.before ?? null,
        after: change.after ?? null,
        reason: change.reason ?? null,
        requestId: this.actor.requestId,
      }),
    );
    this.#recorded += 1;
  }

  /** Records the creation of `record` (its stored fields as `after`). */
  created(action: AuditAction, record: Node, reason: string | null = null): void {
    this.record(action, record, { after: snapshot(record), reason });
  }

  /**
   * Applies `apply` to `record` and records it with its fields before and after; the change is flushed
   * first, so `after` holds what was stored (the new version included).
   */
  async changed<T extends Node>(
    action: AuditAction,
    record: T,
    apply: () => Promise<void> | void,
    reason: string | null = null,
  ): Promise<void> {
    const before = snapshot(record);
    await apply();
    this.tx.persist(record);
    await this.tx.flush();
    this.record(action, record, { before, after: snapshot(record), reason });
  }
}

/** The trail of the audited write each open transaction belongs to, so nested writes join it. */
const openTrails = new WeakMap<EntityManager, AuditTrail>();

/**
 * Runs `work` in one transaction with an audit trail; called with the transaction of another audited
 * write, it joins that write (same transaction, same trail). A write that records no audit event is a bug
 * in Beacon, not the client's doing: it is rolled back and surfaces as an internal error.
 */
export function auditedWrite<R>(
  em: EntityManager,
  actor: Actor,
  work: (tx: EntityManager, audit: AuditTrail) => Promise<R>,
): Promise<R> {
  const open = openTrails.get(em);
  if (open) return work(em, open);
  return em.transactional(async (tx) => {
    const audit = new AuditTrail(tx, actor);
    openTrails.set(tx, audit);
    const result = await work(tx, audit);
    if (audit.size === 0) throw new Error('An audited write recorded no audit event; rolled back');
    return result;
  });
}
