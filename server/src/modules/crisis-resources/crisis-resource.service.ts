/**
 * Crisis resources: which ones a reader is shown (their region's own, else the global directory, best topic
 * match first), which ones staff must re-check, and the catalogue changes. Nothing here logs the reader's
 * region or anything else about them.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { jsonArrayContains, textSearch } from '../../db/dialect.js';
import {
  type Actor,
  archiveRecord,
  assignDefined,
  createRecord,
  newEntity,
  updateRecord,
} from '../common/catalogue.js';
import {
  type ConnectionArgs,
  type ConnectionShape,
  type LoadedOrder,
  paginate,
  paginateLoaded,
  sortLoaded,
} from '../common/connection.js';
import { type Context, loadedOnce, loader, whenLoading } from '../common/context.js';
import type { Topic } from '../common/domain-enums.js';
import { forbidden, invalidField } from '../common/domain-error.js';
import { allOf } from '../common/filters.js';
import { preparedRead, recordReader, recordsSelect, runPrepared } from '../common/read-records.js';
import { CLOCK_SKEW_MS, isRegionCode } from '../common/validators.js';
import { visibilityPolicy, visibleWhere } from '../common/visibility.js';
import { ContactMethod, CrisisResource } from './crisis-resource.entity.js';
import type {
  ContactMethodInput,
  CreateCrisisResourceInput,
  CrisisResourceDirectoryFilter,
  MarkCrisisResourceVerifiedInput,
  UpdateCrisisResourceInput,
} from './crisis-resource.inputs.js';

/** A resource not verified for this long may have a changed number or hours: staff should re-check it. */
export const STALE_AFTER_DAYS = 180;

/** What anyone may see: resources staff have not archived. */
export const PUBLIC_CRISIS_RESOURCE: FilterQuery<CrisisResource> = { archivedAt: null };

/**
 * The staff directory lists archived and overdue resources beside live ones, so it has nothing to show a
 * public client: readers get `crisisResources`, which serves their region only.
 */
export const CRISIS_RESOURCE_DIRECTORY = visibilityPolicy<CrisisResource>(null);

const DAY_MS = 24 * 60 * 60 * 1000;

const staleCutoff = (now: Date) => new Date(now.getTime() - STALE_AFTER_DAYS * DAY_MS);

export function isStale(resource: CrisisResource, now = new Date()): boolean {
  return now.getTime() - resource.lastVerifiedAt.getTime() > STALE_AFTER_DAYS * DAY_MS;
}

// ------------------------------------------------------------------------------------------------ readers

/**
 * The region to serve: the one asked for (which must be a valid code), else the deployment's region hint
 * when it is one, else none (the global directory).
 */
export function readerRegion(ctx: Context, asked: string | null | undefined): string | null {
  if (asked != null) {
    if (!isRegionCode(asked)) {
      throw invalidField(
        'region',
        'must be an ISO 3166-1 alpha-2 region code in upper case, such as GB or US',
      );
    }
    return asked;
  }
  return isRegionCode(ctx.regionHint) ? ctx.regionHint : null;
}

/** The root field (by its response key) a resolver runs under, so regions stay scoped to one hub or preview. */
function rootKeyOf(info: GraphQLResolveInfo): string {
  let path: GraphQLResolveInfo['path'] = info.path;
  while (path.prev) path = path.prev;
  return String(path.key);
}

/**
 * Records the reader region a root field (the hub, a staff preview of a hub card) resolved, so crisis
 * resources below it that name no region of their own follow it: a reader in GB sees GB lines beside every
 * video of the hub, whatever other root fields the same request asks.
 */
export function scopeReaderRegion(ctx: Context, info: GraphQLResolveInfo, region: string | null): void {
  ctx.loaders.set(`readerRegion:${rootKeyOf(info)}`, region);
}

/** The region a nested list of crisis resources serves: its own argument, else its root field's reader's. */
export function nestedReaderRegion(
  ctx: Context,
  info: GraphQLResolveInfo,
  asked: string | null | undefined,
): string | null | undefined {
  if (asked != null) return asked;
  const key = `readerRegion:${rootKeyOf(info)}`;
  return ctx.loaders.has(key) ? (ctx.loaders.get(key) as string | null) : undefined;
}

/**
 * The live resources serving `region`; when it has none (or no region is known), the global ones. So the
 * list is never empty while a global resource exists.
 */
export async function resourcesForRegion(
  em: EntityManager,
  region: string | null,
): Promise<CrisisResource[]> {
  // One statement for both: the region's own and the global ones, then the choice in memory. The rows are
  // read-only records (read-records.ts): a reader's list changes nothing. One statement is kept per region
  // (a valid region code, `readerRegion`, so a few hundred at most).
  const read = preparedRead(em, `crisisResources:${region ?? 'global'}`, (sql) =>
    sql
      .createQueryBuilder(CrisisResource, 'r')
      .select(recordsSelect(em, { r: CrisisResource }))
      .where(
        allOf<CrisisResource>(
          PUBLIC_CRISIS_RESOURCE,
          region
            ? { $or: [jsonArrayContains(em, 'regions', region), { isGlobal: true }] }
            : { isGlobal: true },
        ) as object,
      ),
  );
  const resource = recordReader(em, CrisisResource);
  const candidates = (await runPrepared(em, read)).map((row) => resource(row.r) as CrisisResource);
  const own = region ? candidates.filter((r) => r.regions.includes(region)) : [];
  return own.length > 0 ? own : candidates.filter((r) => r.isGlobal);
}

/**
 * 0: specialises in one of the topics asked; 1: serves any crisis; 2: specialises in other topics. With no
 * topics asked every resource matches.
 */
function topicRank(resource: CrisisResource, topics: ReadonlySet<Topic>): number {
  if (topics.size === 0) return 0;
  if (resource.topics.some((t) => topics.has(t))) return 0;
  return resource.topics.length === 0 ? 1 : 2;
}

const regionKey = (reader: string | null) => `crisisResources:${reader ?? 'global'}`;

/**
 * The page of `region`'s resources for a reader (`readerRegion`), best match for `topics` first. Made once
 * per request for each region, topic set and page (every advisory of a hub asks for one of a few), and
 * handed back as a value, not a promise, once the region's resources are loaded (`loadedOnce`).
 */
export function listForReader(
  ctx: Context,
  region: string | null | undefined,
  topics: readonly Topic[] | null | undefined,
  args: ConnectionArgs,
): ConnectionShape<CrisisResource> | Promise<ConnectionShape<CrisisResource>> {
  const reader = readerRegion(ctx, region);
  const asked = [...new Set(topics ?? [])].sort();
  const page = [args.first, args.after, args.last, args.before].join('|');
  const resources = loadedOnce(ctx, regionKey(reader), () => resourcesForRegion(ctx.em, reader));
  if (resources instanceof Promise) return resources.then(() => listForReader(ctx, region, topics, args));
  return loader(ctx, `${regionKey(reader)}:${asked.join(',')}:${page}`, () => {
    const wanted = new Set(asked);
    // Best match for the topics first, then by name.
    const order: LoadedOrder<CrisisResource> = {
      key: (r) => [topicRank(r, wanted), r.name, r.id],
      directions: ['asc', 'asc', 'asc'],
    };
    return paginateLoaded(sortLoaded(resources, order), order, args);
  });
}

/**
 * Waits for the reader's resources if a resolver of this request has started reading them: the hub's
 * spotlights wait so that the crisis resources under their advisories are pages already made, not
 * promises (`listForReader`). Reads nothing itself.
 */
export function readerResourcesLoaded(ctx: Context, reader: string | null): Promise<void> {
  return whenLoading(ctx, regionKey(reader));
}

// -------------------------------------------------------------------------------------------------- staff

export function listStale(ctx: Context, args: ConnectionArgs, now = new Date()) {
  return paginate(
    ctx.em,
    CrisisResource,
    { archivedAt: null, lastVerifiedAt: { $lt: staleCutoff(now) } },
    { lastVerifiedAt: 'asc', id: 'asc' },
    args,
  );
}

/**
 * Every resource staff keep, archived and overdue ones included, by name: the directory they maintain,
 * unlike `listForReader`, which answers what one reader is shown.
 */
export function listDirectory(
  ctx: Context,
  filter: CrisisResourceDirectoryFilter | null | undefined,
  args: ConnectionArgs,
  now = new Date(),
) {
  const visible = visibleWhere(ctx, CRISIS_RESOURCE_DIRECTORY);
  if (visible === null) throw forbidden('The crisis resource directory is for staff only');
  const cutoff = staleCutoff(now);
  const where = () =>
    allOf<CrisisResource>(
      visible,
      textSearch(ctx.em, ['name', 'organisationName'], filter?.search),
      jsonArrayContains(ctx.em, 'regions', filter?.region),
      jsonArrayContains(ctx.em, 'topics', filter?.topic),
      filter?.overdue == null ? {} : { lastVerifiedAt: filter.overdue ? { $lt: cutoff } : { $gte: cutoff } },
      filter?.archived == null ? {} : { archivedAt: filter.archived ? { $ne: null } : null },
    );
  return paginate(ctx.em, CrisisResource, where, { name: 'asc', id: 'asc' }, args);
}

function checkNotFuture(value: Date, path: string): void {
  if (value.getTime() > Date.now() + CLOCK_SKEW_MS) throw invalidField(path, 'must not be in the future');
}

function checkServesSomewhere(resource: CrisisResource): void {
  if (resource.regions.length === 0 && !resource.isGlobal) {
    throw invalidField('input.regions', 'must name at least one region unless isGlobal is true');
  }
}

const contactsOf = (inputs: readonly ContactMethodInput[]) =>
  inputs.map((c) =>
    Object.assign(new ContactMethod(), {
      channel: c.channel,
      value: c.value.trim(),
      instructions: c.instructions?.trim() || null,
    }),
  );

const distinct = <T>(values: readonly T[]) => [...new Set(values)];

export function createResource(
  em: EntityManager,
  actor: Actor,
  input: CreateCrisisResourceInput,
): Promise<CrisisResource> {
  const lastVerifiedAt = input.lastVerifiedAt ?? new Date();
  checkNotFuture(lastVerifiedAt, 'input.lastVerifiedAt');
  return createRecord(em, actor, 'crisisResource.create', () => {
    const resource = newEntity(CrisisResource, {
      name: input.name.trim(),
      organisationName: input.organisationName.trim(),
      contacts: contactsOf(input.contacts),
      regions: distinct(input.regions),
      isGlobal: input.isGlobal,
      topics: distinct(input.topics),
      hours: input.hours.trim(),
      languages: distinct(input.languages),
      lastVerifiedAt,
    });
    checkServesSomewhere(resource);
    return resource;
  });
}

export function updateResource(
  em: EntityManager,
  actor: Actor,
  input: UpdateCrisisResourceInput,
): Promise<CrisisResource> {
  return updateRecord(
    em,
    actor,
    CrisisResource,
    input.id,
    input.expectedVersion,
    (resource) => {
      assignDefined(resource, {
        name: input.name?.trim(),
        organisationName: input.organisationName?.trim(),
        contacts: input.contacts ? contactsOf(input.contacts) : undefined,
        regions: input.regions ? distinct(input.regions) : undefined,
        isGlobal: input.isGlobal,
        topics: input.topics ? distinct(input.topics) : undefined,
        hours: input.hours?.trim(),
        languages: input.languages ? distinct(input.languages) : undefined,
      });
      checkServesSomewhere(resource);
    },
    { action: 'crisisResource.update' },
  );
}

export const archiveResource = (em: EntityManager, actor: Actor, id: string, expectedVersion: number) =>
  archiveRecord(em, actor, CrisisResource, id, expectedVersion, 'crisisResource.archive');

/** Records that staff checked the resource's contact details still work. */
export function markVerified(em: EntityManager, actor: Actor, input: MarkCrisisResourceVerifiedInput) {
  const verifiedAt = input.verifiedAt ?? new Date();
  checkNotFuture(verifiedAt, 'input.verifiedAt');
  return updateRecord(
    em,
    actor,
    CrisisResource,
    input.id,
    input.expectedVersion,
    (resource) => {
      resource.lastVerifiedAt = verifiedAt;
    },
    { action: 'crisisResource.verify' },
  );
}
