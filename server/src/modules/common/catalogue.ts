/**
 * The common shapes of an audited write (audited-write.ts): creating a record, changing one addressed by
 * global ID with its expected version checked, archiving. Services describe what changes; these do the
 * rest in one transaction with one audit event.
 */
import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/core';
import type { AuditAction } from '../audit/audit-actions.js';
import { type Actor, type AuditTrail, auditedWrite } from './audited-write.js';
import { notFound, staleVersion } from './domain-error.js';
import { type BaseRecord, entityTypeName, expectGlobalId } from './node.js';

export { type Actor, actorOf } from './audited-write.js';

export async function createRecord<T extends BaseRecord>(
  em: EntityManager,
  actor: Actor,
  action: AuditAction,
  build: (tx: EntityManager) => Promise<T> | T,
): Promise<T> {
  return auditedWrite(em, actor, async (tx, audit) => {
    const record = await build(tx);
    tx.persist(record);
    audit.created(action, record);
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
  const type = entityTypeName(entity);
  const id = expectGlobalId(globalId, type, path);
  const found = await em.findOne(entity, { id } as FilterQuery<T>, { populate: populate as never });
  if (!found) throw notFound(type, globalId);
  return found;
}

/** Fails with CONFLICT, naming both versions, unless `record` is still at `expectedVersion`. */
export function checkVersion(record: BaseRecord, expectedVersion: number): void {
  if (record.version !== expectedVersion) {
    throw staleVersion(
      entityTypeName(record.constructor as EntityClass<object>),
      expectedVersion,
      record.version,
    );
  }
}

export interface UpdateOptions {
  readonly action: AuditAction;
  readonly reason?: string | null;
  readonly populate?: readonly string[];
}

export async function updateRecord<T extends BaseRecord>(
  em: EntityManager,
  actor: Actor,
  entity: EntityClass<T>,
  globalId: string,
  expectedVersion: number,
  /** The change; `audit` is for records it changes besides this one (each gets its own event). */
  apply: (record: T, tx: EntityManager, audit: AuditTrail) => Promise<void> | void,
  options: UpdateOptions,
): Promise<T> {
  return auditedWrite(em, actor, async (tx, audit) => {
    const record = await findByGlobalId(tx, entity, globalId, 'input.id', options.populate);
    // A save racing this one between read and write is caught by the versioned UPDATE (OptimisticLockError,
    // answered as CONFLICT); this check answers the common case with both versions named.
    checkVersion(record, expectedVersion);
    await audit.changed(options.action, record, () => apply(record, tx, audit), options.reason ?? null);
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
  action: AuditAction,
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
    { action },
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
