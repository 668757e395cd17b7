/**
 * The one way catalogue records change: inside a transaction, with the expected version checked, and an
 * audit event (before/after) written in the same flush. Services describe what changes; this does the rest.
 */
import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/core';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import type { Context } from './context.js';
import { notFound, staleVersion } from './errors.js';
import { type BaseRecord, expectGlobalId } from './node.js';

export interface Actor {
  readonly user: Context['user'];
  readonly requestId: string | null;
}

export const actorOf = (ctx: Context): Actor => ({ user: ctx.user, requestId: ctx.requestId });

/** `creator.update` from `Creator` + `update`. */
function actionName(entity: EntityClass<object>, verb: string): string {
  const name = entity.name;
  return `${name.charAt(0).toLowerCase()}${name.slice(1)}.${verb}`;
}

export async function createRecord<T extends BaseRecord>(
  em: EntityManager,
  actor: Actor,
  entity: EntityClass<T>,
  build: (tx: EntityManager) => Promise<T> | T,
): Promise<T> {
  return em.transactional(async (tx) => {
    const record = await build(tx);
    tx.persist(record);
    recordAudit(tx, {
      actor: actor.user,
      action: actionName(entity, 'create'),
      targetType: entity.name,
      targetId: record.id,
      after: snapshot(record),
      requestId: actor.requestId,
    });
    return record;
  });
}

/** Loads a record by its global ID, or fails with NOT_FOUND (BAD_USER_INPUT for an ID of another type). */
export async function findByGlobalId<T extends BaseRecord>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string,
  path: string,
  populate: readonly string[] = [],
): Promise<T> {
  const id = expectGlobalId(globalId, entity.name, path);
  const found = await em.findOne(entity, { id } as FilterQuery<T>, { populate: populate as never });
  if (!found) throw notFound(entity.name, globalId);
  return found;
}

export async function updateRecord<T extends BaseRecord>(
  em: EntityManager,
  actor: Actor,
  entity: EntityClass<T>,
  globalId: string,
  expectedVersion: number,
  apply: (record: T, tx: EntityManager) => Promise<void> | void,
  options: { verb?: string; action?: string; reason?: string | null; populate?: readonly string[] } = {},
): Promise<T> {
  return em.transactional(async (tx) => {
    const record = await findByGlobalId(tx, entity, globalId, 'input.id', options.populate);
    // A save racing this one between read and write is caught by the versioned UPDATE (OptimisticLockError,
    // answered as CONFLICT); this check answers the common case with both versions named.
    if (record.version !== expectedVersion) throw staleVersion(entity.name, expectedVersion, record.version);
    const before = snapshot(record);
    await apply(record, tx);
    tx.persist(record);
    await tx.flush();
    recordAudit(tx, {
      actor: actor.user,
      action: options.action ?? actionName(entity, options.verb ?? 'update'),
      targetType: entity.name,
      targetId: record.id,
      before,
      after: snapshot(record),
      reason: options.reason ?? null,
      requestId: actor.requestId,
    });
    return record;
  });
}

/** Archives a record (hidden from public reads, kept for history). Archiving twice changes nothing. */
export async function archiveRecord<T extends BaseRecord & { archivedAt: Date | null }>(
  em: EntityManager,
  actor: Actor,
  entity: EntityClass<T>,
  globalId: string,
  expectedVersion: number,
): Promise<T> {
  return updateRecord(
    em,
    actor,
    entity,
    globalId,
    expectedVersion,
    (record) => {
      record.archivedAt ??= new Date();
    },
    { verb: 'archive' },
  );
}

/** A new, unsaved entity with the given fields (defaults for the rest). */
export function newEntity<T extends object>(entity: new () => T, data: Partial<T>): T {
  return Object.assign(new entity(), data);
}

/** Copies the fields of `patch` that the client sent (not undefined) onto the record. */
export function assignDefined<T extends object>(record: T, patch: Partial<T>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (record as Record<string, unknown>)[key] = value;
  }
}
