/** Creator queries and changes. Public clients see active, unarchived creators only. */

import { normaliseHandle } from '@beacon/shared';
import { type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { indexedTextSearch, jsonArrayContains } from '../../db/dialect.js';
import { locks, withLock } from '../../db/locks.js';
import {
  type Actor,
  archiveRecord,
  assignDefined,
  createRecord,
  newEntity,
  updateRecord,
} from '../common/catalogue.js';
import type { ConnectionArgs, ListCount } from '../common/connection.js';
import { paginate } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { conflict, forbidden } from '../common/domain-error.js';
import { allOf } from '../common/filters.js';
import { expectGlobalId } from '../common/node.js';
import { readsStaffData } from '../common/visibility.js';
import type { Recognition } from '../recognitions/recognition.entity.js';
import { announceRecognitionChange } from '../recognitions/recognition.events.js';
import { withdrawForConsent } from '../recognitions/recognition.service.js';
import { Creator, CreatorStatus, SpotlightConsent } from './creator.entity.js';
import {
  type ConsentInput,
  type CreateCreatorInput,
  type CreatorFilter,
  CreatorOrder,
  type UpdateCreatorInput,
} from './creator.inputs.js';

/** What anyone may see: creators in good standing that are not archived. */
export const PUBLIC_CREATOR: FilterQuery<Creator> = { status: CreatorStatus.ACTIVE, archivedAt: null };

const ORDERS: Record<CreatorOrder, QueryOrderMap<Creator>> = {
  [CreatorOrder.HANDLE]: { handle: 'asc', id: 'asc' },
  [CreatorOrder.NAME]: { nameSortKey: 'asc', id: 'asc' },
  [CreatorOrder.FOLLOWERS]: { followerCount: 'desc', id: 'asc' },
  [CreatorOrder.NEWEST]: { createdAt: 'desc', id: 'desc' },
};

export function creatorVisibility(
  ctx: Context,
  filter: CreatorFilter | null | undefined,
): FilterQuery<Creator> {
  const staffOnly =
    filter?.status != null || filter?.hasActiveConsent != null || filter?.includeArchived === true;
  if (!readsStaffData(ctx)) {
    if (staffOnly) throw forbidden('Filtering by status, consent or archived creators is for staff only');
    return PUBLIC_CREATOR;
  }
  return allOf<Creator>(
    filter?.includeArchived ? {} : { archivedAt: null },
    filter?.status ? { status: filter.status } : {},
  );
}

export async function listCreators(
  ctx: Context,
  filter: CreatorFilter | null | undefined,
  order: CreatorOrder,
  args: ConnectionArgs,
) {
  const consent: FilterQuery<Creator> =
    filter?.hasActiveConsent == null
      ? {}
      : filter.hasActiveConsent
        ? { consent: { givenAt: { $ne: null }, withdrawnAt: null } }
        : { $or: [{ consent: { givenAt: null } }, { consent: { withdrawnAt: { $ne: null } } }] };
  creatorVisibility(ctx, filter); // refuses staff-only filters before any SQL runs
  const search = await indexedTextSearch<Creator>(ctx.em, 'creator', filter?.search);
  const where = () =>
    allOf<Creator>(
      creatorVisibility(ctx, filter),
      search(),
      jsonArrayContains(ctx.em, 'topics', filter?.topic),
      filter?.region ? { region: filter.region } : {},
      consent,
    );
  return paginate(ctx.em, Creator, where, ORDERS[order], args, { count: creatorCount(ctx, filter) });
}

/**
 * `totalCount` of a creator list: the database's maintained count when nothing narrows the list beyond
 * who may see what, else a count bounded at `TOTAL_COUNT_BOUND` (connection.ts).
 */
function creatorCount(ctx: Context, filter: CreatorFilter | null | undefined): ListCount {
  const narrowed =
    !!filter?.search?.trim() ||
    filter?.topic != null ||
    filter?.region != null ||
    filter?.hasActiveConsent != null ||
    filter?.status != null;
  if (narrowed) return { bounded: true };
  if (!readsStaffData(ctx)) return { maintained: 'creator.public' };
  return { maintained: filter?.includeArchived ? 'creator' : 'creator.unarchived' };
}

export async function creatorByHandle(ctx: Context, handle: string): Promise<Creator | null> {
  const where = allOf<Creator>(
    { handle: normaliseHandle(handle) },
    readsStaffData(ctx) ? {} : PUBLIC_CREATOR,
  );
  return ctx.em.findOne(Creator, where);
}

async function ensureHandleFree(em: EntityManager, handle: string, exceptId?: string): Promise<void> {
  const taken = await em.findOne(Creator, { handle, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  if (taken) throw conflict(`The handle @${handle} is already taken`, { field: 'input.handle' });
}

function consentOf(input: ConsentInput): SpotlightConsent {
  return Object.assign(new SpotlightConsent(), {
    givenAt: input.givenAt ?? new Date(),
    scope: input.scope,
    withdrawnAt: null,
  });
}

/** A new creator from a validated input: the one way both `createCreator` and a bulk import build one. */
export function creatorFrom(input: CreateCreatorInput): Creator {
  return newEntity(Creator, {
    handle: normaliseHandle(input.handle),
    displayName: input.displayName.trim(),
    bio: input.bio,
    region: input.region,
    languages: input.languages,
    topics: [...new Set(input.topics)],
    followerCount: input.followerCount,
    profileUrl: input.profileUrl,
    consent: input.consent ? consentOf(input.consent) : null,
  });
}

export function createCreator(em: EntityManager, actor: Actor, input: CreateCreatorInput): Promise<Creator> {
  return createRecord(em, actor, 'creator.create', async (tx) => {
    const creator = creatorFrom(input);
    await ensureHandleFree(tx, creator.handle);
    return creator;
  });
}

export function updateCreator(em: EntityManager, actor: Actor, input: UpdateCreatorInput): Promise<Creator> {
  return updateRecord(
    em,
    actor,
    Creator,
    input.id,
    input.expectedVersion,
    async (creator, tx) => {
      const handle = input.handle === undefined ? undefined : normaliseHandle(input.handle);
      if (handle !== undefined && handle !== creator.handle) await ensureHandleFree(tx, handle, creator.id);
      assignDefined(creator, {
        handle,
        displayName: input.displayName?.trim(),
        bio: input.bio,
        region: input.region,
        languages: input.languages,
        topics: input.topics ? [...new Set(input.topics)] : undefined,
        followerCount: input.followerCount,
        profileUrl: input.profileUrl,
        status: input.status,
      });
    },
    { action: 'creator.update' },
  );
}

export const archiveCreator = (em: EntityManager, actor: Actor, id: string, expectedVersion: number) =>
  archiveRecord(em, actor, Creator, id, expectedVersion, 'creator.archive');

export function recordConsent(
  em: EntityManager,
  actor: Actor,
  id: string,
  expectedVersion: number,
  consent: ConsentInput,
) {
  return updateRecord(
    em,
    actor,
    Creator,
    id,
    expectedVersion,
    (creator) => {
      creator.consent = consentOf(consent);
    },
    { action: 'creator.record_consent' },
  );
}

/**
 * Withdraws consent. The creator's published and scheduled spotlights are withdrawn in the same
 * transaction, each with its own audit event, and announced once committed.
 */
export async function withdrawConsent(em: EntityManager, actor: Actor, id: string, expectedVersion: number) {
  let withdrawn: Recognition[] = [];
  // Under the creator's spotlight lock: a publish racing this one either lands first (and is withdrawn
  // here) or waits and finds the consent gone.
  const lock = locks.creatorSpotlights(expectGlobalId(id, 'Creator', 'input.id'));
  const creator = await withLock(em, lock, (locked) =>
    updateRecord(
      locked,
      actor,
      Creator,
      id,
      expectedVersion,
      async (record, tx, audit) => {
        if (!record.consent || record.consent.withdrawnAt) return;
        record.consent = Object.assign(new SpotlightConsent(), {
          ...record.consent,
          withdrawnAt: new Date(),
        });
        withdrawn = await withdrawForConsent(tx, audit, actor, record);
      },
      { action: 'creator.withdraw_consent' },
    ),
  );
  for (const recognition of withdrawn) announceRecognitionChange(recognition);
  return creator;
}
