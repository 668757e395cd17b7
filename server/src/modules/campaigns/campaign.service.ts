/**
 * Campaign queries and changes. Public clients see unarchived campaigns. Programming windows and partners
 * change through the campaign, under its version, so two editors of one campaign cannot overwrite each other.
 * A campaign has at most PROGRAMMING_WINDOWS_MAX windows (a page's worth), so every list of them is whole.
 */
import { PROGRAMMING_WINDOWS_MAX } from '@beacon/shared';
import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { textSearch } from '../../db/dialect.js';
import { locks, withLock } from '../../db/locks.js';
import {
  type Actor,
  archiveRecord,
  assignDefined,
  createRecord,
  newEntity,
  updateRecord,
} from '../common/catalogue.js';
import { type ConnectionArgs, paginate } from '../common/connection.js';
import type { Context } from '../common/context.js';
import {
  conflict,
  DomainError,
  DomainErrorCode,
  forbidden,
  invalidField,
  notFound,
} from '../common/domain-error.js';
import { allOf } from '../common/filters.js';
import { expectGlobalId } from '../common/node.js';
import { readsStaffData } from '../common/visibility.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Recognition, RecognitionStatus } from '../recognitions/recognition.entity.js';
import { Campaign, ProgrammingWindow } from './campaign.entity.js';
import {
  type AddProgrammingWindowInput,
  type CampaignFilter,
  CampaignOrder,
  type CreateCampaignInput,
  type RemoveProgrammingWindowInput,
  type UpdateCampaignInput,
} from './campaign.inputs.js';

/** What anyone may see. */
export const PUBLIC_CAMPAIGN: FilterQuery<Campaign> = { archivedAt: null };

const ORDERS: Record<CampaignOrder, QueryOrderMap<Campaign>> = {
  [CampaignOrder.NEWEST]: { startsOn: 'desc', id: 'desc' },
  [CampaignOrder.NAME]: { nameSortKey: 'asc', id: 'asc' },
  [CampaignOrder.STARTS_ON]: { startsOn: 'asc', id: 'asc' },
};

export function listCampaigns(
  ctx: Context,
  filter: CampaignFilter | null | undefined,
  order: CampaignOrder,
  args: ConnectionArgs,
) {
  if (!readsStaffData(ctx) && filter?.includeArchived)
    throw forbidden('Archived campaigns are for staff only');
  const day = filter?.activeOn;
  const where = () =>
    allOf<Campaign>(
      filter?.includeArchived ? {} : PUBLIC_CAMPAIGN,
      textSearch(ctx.em, ['name', 'hashtag', 'slug'], filter?.search),
      day ? { startsOn: { $lte: day }, endsOn: { $gte: day } } : {},
    );
  return paginate(ctx.em, Campaign, where, ORDERS[order], args);
}

/** A campaign by slug; archived ones only when not `publicOnly` (staff). */
export function campaignBySlug(
  em: EntityManager,
  slug: string,
  options: { publicOnly: boolean },
): Promise<Campaign | null> {
  return em.findOne(
    Campaign,
    allOf<Campaign>({ slug: slug.trim() }, options.publicOnly ? PUBLIC_CAMPAIGN : {}),
  );
}

async function ensureSlugFree(em: EntityManager, slug: string, exceptId?: string): Promise<void> {
  const taken = await em.findOne(Campaign, { slug, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  if (taken) throw conflict(`The slug ${slug} is already taken`, { field: 'input.slug' });
}

/**
 * The organisations named by `partnerIds`, in order, without repeats. An unknown ID is NOT_FOUND; an
 * archived organisation cannot become a new partner (one that already is may stay).
 */
async function partnersFrom(
  em: EntityManager,
  partnerIds: readonly string[],
  current: readonly Organisation[] = [],
): Promise<Organisation[]> {
  const ids = partnerIds.map((globalId, i) =>
    expectGlobalId(globalId, 'Organisation', `input.partnerIds.${i}`),
  );
  const found = new Map((await em.find(Organisation, { id: { $in: ids } })).map((o) => [o.id, o]));
  const kept = new Set(current.map((o) => o.id));
  const partners = new Map<string, Organisation>();
  ids.forEach((id, i) => {
    const organisation = found.get(id);
    if (!organisation) throw notFound('Organisation', partnerIds[i]);
    if (organisation.archivedAt && !kept.has(id)) {
      throw invalidField(`input.partnerIds.${i}`, 'is an archived organisation');
    }
    partners.set(id, organisation);
  });
  return [...partners.values()];
}

export function createCampaign(
  em: EntityManager,
  actor: Actor,
  input: CreateCampaignInput,
): Promise<Campaign> {
  return createRecord(em, actor, 'campaign.create', async (tx) => {
    await ensureSlugFree(tx, input.slug);
    const partners = await partnersFrom(tx, input.partnerIds);
    const campaign = newEntity(Campaign, {
      slug: input.slug,
      name: input.name.trim(),
      hashtag: input.hashtag,
      theme: input.theme.trim(),
      description: input.description.trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      spotlightCapacity: input.spotlightCapacity,
    });
    campaign.partners.set(partners);
    return campaign;
  });
}

/** Changing partners or windows alone is no change to the campaign row; touching it bumps its version. */
const touch = (campaign: Campaign) => {
  campaign.updatedAt = new Date();
};

export function updateCampaign(
  em: EntityManager,
  actor: Actor,
  input: UpdateCampaignInput,
): Promise<Campaign> {
  // Lowering the capacity counts published spotlights: under the spotlight lock, so no publish lands in between.
  const spotlight = locks.campaignSpotlight(expectGlobalId(input.id, 'Campaign', 'input.id'));
  return withLock(em, spotlight, (locked) =>
    updateRecord(
      locked,
      actor,
      Campaign,
      input.id,
      input.expectedVersion,
      async (campaign, tx) => {
        if (input.slug !== undefined && input.slug !== campaign.slug)
          await ensureSlugFree(tx, input.slug, campaign.id);
        if (input.spotlightCapacity != null && input.spotlightCapacity < campaign.spotlightCapacity) {
          // Capacity holds for what is already published, not only for what is published next.
          const published = await tx.count(Recognition, {
            campaign: campaign.id,
            status: RecognitionStatus.PUBLISHED,
          });
          if (input.spotlightCapacity < published) {
            throw invalidField(
              'input.spotlightCapacity',
              `${published} spotlights are published: withdraw some before lowering the capacity below ${published}`,
            );
          }
        }
        const startsOn = input.startsOn ?? campaign.startsOn;
        const endsOn = input.endsOn ?? campaign.endsOn;
        if (endsOn < startsOn) {
          throw invalidField(
            input.endsOn !== undefined ? 'input.endsOn' : 'input.startsOn',
            input.endsOn !== undefined
              ? 'must not be before startsOn'
              : 'must not be after the last day of the campaign',
          );
        }
        if (input.partnerIds !== undefined) {
          campaign.partners.set(await partnersFrom(tx, input.partnerIds, campaign.partners.getItems()));
          touch(campaign);
        }
        assignDefined(campaign, {
          slug: input.slug,
          name: input.name?.trim(),
          hashtag: input.hashtag,
          theme: input.theme?.trim(),
          description: input.description?.trim(),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          spotlightCapacity: input.spotlightCapacity,
        });
      },
      { action: 'campaign.update', populate: ['partners'] },
    ),
  );
}

export const archiveCampaign = (em: EntityManager, actor: Actor, id: string, expectedVersion: number) =>
  archiveRecord(em, actor, Campaign, id, expectedVersion, 'campaign.archive');

export function addProgrammingWindow(
  em: EntityManager,
  actor: Actor,
  input: AddProgrammingWindowInput,
): Promise<Campaign> {
  expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId');
  return updateRecord(
    em,
    actor,
    Campaign,
    input.campaignId,
    input.expectedVersion,
    async (campaign, tx) => {
      // Under the campaign's version: two adds racing past this count cannot both commit (CONFLICT).
      const windows = await tx.count(ProgrammingWindow, { campaign: campaign.id });
      if (windows >= PROGRAMMING_WINDOWS_MAX) {
        throw new DomainError(
          DomainErrorCode.CAPACITY_REACHED,
          `${campaign.name} already has ${windows} programming windows, the most a campaign can have: remove one before adding another`,
          { limit: PROGRAMMING_WINDOWS_MAX },
        );
      }
      const window = newEntity(ProgrammingWindow, {
        campaign,
        title: input.title.trim(),
        description: input.description.trim(),
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        timeZone: input.timeZone,
      });
      tx.persist(window);
      touch(campaign);
    },
    { action: 'campaign.add_programming_window', reason: `Added programming window "${input.title.trim()}"` },
  );
}

export async function removeProgrammingWindow(
  em: EntityManager,
  actor: Actor,
  input: RemoveProgrammingWindowInput,
): Promise<Campaign> {
  const windowId = expectGlobalId(input.windowId, 'ProgrammingWindow', 'input.windowId');
  const window = await em.findOne(ProgrammingWindow, { id: windowId });
  if (!window) throw notFound('ProgrammingWindow', input.windowId);
  return updateRecord(
    em,
    actor,
    Campaign,
    window.campaign.globalId,
    input.campaignExpectedVersion,
    async (campaign, tx) => {
      // Re-read inside the transaction: the window may have gone since it was looked up.
      const current = await tx.findOne(ProgrammingWindow, { id: windowId, campaign: campaign.id });
      if (!current) throw notFound('ProgrammingWindow', input.windowId);
      tx.remove(current);
      touch(campaign);
    },
    { action: 'campaign.remove_programming_window', reason: `Removed programming window "${window.title}"` },
  );
}
