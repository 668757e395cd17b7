/**
 * What must hold after any sequence of operations, for the fuzz suite: no campaign over its spotlight
 * capacity, every staff change audited in its own request, versions that only move forward, and grant
 * totals that are the sum of the live grants, in integer minor units.
 */
import type { EntityManager, EntityMetadata, MikroORM } from '@mikro-orm/core';
import { isAuditAction } from '../modules/audit/audit-actions.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Campaign } from '../modules/campaigns/campaign.entity.js';
import { encodeGlobalId, entityTypeName } from '../modules/common/node.js';
import { AdCreditGrant } from '../modules/grants/ad-credit-grant.entity.js';
import { Recognition, RecognitionStatus } from '../modules/recognitions/recognition.entity.js';
import type { Pool } from './operations.js';

const versioned = (orm: MikroORM): EntityMetadata[] =>
  Object.values(orm.getMetadata().getAll()).filter((meta) => meta.versionProperty && !meta.abstract);

/** Every versioned record: its global ID and version. */
export async function versionsOf(orm: MikroORM): Promise<Map<string, number>> {
  const em = orm.em.fork();
  const versions = new Map<string, number>();
  for (const meta of versioned(orm)) {
    const rows = (await em.find(meta.className, {}, { fields: ['id', 'version'] as never })) as {
      id: string;
      version: number;
    }[];
    for (const row of rows) versions.set(encodeGlobalId(entityTypeName(meta.class), row.id), row.version);
  }
  return versions;
}

/** Refreshes the pool of records the fuzzer aims at from the database. */
export async function refreshPool(orm: MikroORM, pool: Pool): Promise<void> {
  const versions = await versionsOf(orm);
  pool.byType.clear();
  for (const [globalId, version] of versions) {
    const type = Buffer.from(globalId, 'base64').toString('utf8').split(':')[0] as string;
    const list = pool.byType.get(type) ?? [];
    list.push({ globalId, version });
    pool.byType.set(type, list);
  }
}

/** Records staff may remove outright (the change is audited on their campaign, whose version moves on). */
const REMOVABLE = new Set(['ProgrammingWindow']);

/** Versions never go back, and no record that existed disappeared (Beacon archives, it does not delete). */
export function versionsMovedForward(before: Map<string, number>, after: Map<string, number>): string[] {
  const problems: string[] = [];
  for (const [id, version] of before) {
    const now = after.get(id);
    const type = Buffer.from(id, 'base64').toString('utf8').split(':')[0] as string;
    if (now === undefined && !REMOVABLE.has(type)) problems.push(`${id} disappeared`);
    else if (now !== undefined && now < version)
      problems.push(`${id} went from version ${version} back to ${now}`);
  }
  return problems;
}

export async function capacityHolds(em: EntityManager): Promise<string[]> {
  const problems: string[] = [];
  for (const campaign of await em.find(Campaign, {})) {
    const published = await em.count(Recognition, { campaign, status: RecognitionStatus.PUBLISHED });
    if (published > campaign.spotlightCapacity) {
      problems.push(`${campaign.slug}: ${published} published, capacity ${campaign.spotlightCapacity}`);
    }
  }
  return problems;
}

/**
 * What is wrong with the audit of successful staff changes: a request with no audit event of its own, an
 * event whose action is not one of the known `AuditAction`s, or one record audited twice by one request
 * (each record a change touches gets exactly one event).
 */
export async function unaudited(em: EntityManager, requestIds: readonly string[]): Promise<string[]> {
  if (requestIds.length === 0) return [];
  const events = await em.find(
    AuditEvent,
    { requestId: { $in: [...requestIds] } },
    { fields: ['requestId', 'action', 'targetType', 'targetId'] as never },
  );
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    if (!isAuditAction(event.action)) problems.push(`${event.requestId}: unknown action ${event.action}`);
    const target = `${event.requestId} ${event.targetType}:${event.targetId}`;
    if (seen.has(target)) problems.push(`${target} audited twice (${event.action})`);
    seen.add(target);
  }
  const audited = new Set(events.map((e) => e.requestId));
  return [...problems, ...requestIds.filter((id) => !audited.has(id)).map((id) => `${id}: no audit event`)];
}

/** The live grants of each campaign, summed per currency in integer minor units. */
export async function grantTotals(em: EntityManager): Promise<Map<string, Map<string, number>>> {
  const totals = new Map<string, Map<string, number>>();
  for (const grant of await em.find(AdCreditGrant, { archivedAt: null })) {
    if (!Number.isSafeInteger(grant.amountMinor))
      throw new Error(`grant ${grant.id} holds ${grant.amountMinor}`);
    const campaignId = encodeGlobalId('Campaign', grant.campaign.id);
    const byCurrency = totals.get(campaignId) ?? new Map<string, number>();
    byCurrency.set(grant.currency, (byCurrency.get(grant.currency) ?? 0) + grant.amountMinor);
    totals.set(campaignId, byCurrency);
  }
  return totals;
}
