/**
 * Organisations as a nested connection: the partners of a campaign, batch-loaded for every campaign in a
 * response with one query on the campaign_partner pivot.
 */
import DataLoader from 'dataloader';
import { Campaign } from '../campaigns/campaign.entity.js';
import {
  type ConnectionArgs,
  ConnectionType,
  type LoadedOrder,
  paginateLoaded,
  sortLoaded,
} from '../common/connection.js';
import { type Context, loader } from '../common/context.js';
import { Organisation } from './organisation.entity.js';

export const OrganisationConnection = ConnectionType(Organisation, 'Organisation', 'organisation');

const byName: LoadedOrder<Organisation> = {
  key: (o) => [o.name, o.id],
  directions: ['asc', 'asc'],
};

/** The partners of each campaign in `campaignIds`, sorted by name; archived ones unless `publicOnly`. */
async function loadPartners(
  ctx: Context,
  campaignIds: readonly string[],
  publicOnly: boolean,
): Promise<Organisation[][]> {
  // The many-to-many is owned by Campaign (Organisation has no inverse side), so load from the owner.
  const campaigns = await ctx.em.find(
    Campaign,
    { id: { $in: [...campaignIds] } },
    { populate: ['partners'] },
  );
  const byCampaign = new Map(campaigns.map((c) => [c.id, c.partners.getItems()]));
  return campaignIds.map((id) => {
    const partners = byCampaign.get(id) ?? [];
    return publicOnly ? publicPartners(partners) : sortLoaded(partners, byName);
  });
}

/** The partners a reader sees (not archived), by name. */
const publicPartners = (partners: readonly Organisation[]) =>
  sortLoaded(
    partners.filter((o) => o.archivedAt === null),
    byName,
  );

/** A page of a campaign's public partners, already loaded with the campaign (the hub's read path). */
export function pageOfLoadedPartners(partners: readonly Organisation[], page: ConnectionArgs) {
  return paginateLoaded(publicPartners(partners), byName, page);
}

/** A page of a campaign's partners: what the public sees when `publicOnly`, else what staff see. */
export function partnersOfCampaign(
  ctx: Context,
  campaign: Campaign,
  page: ConnectionArgs,
  options: { publicOnly: boolean },
) {
  const batch = loader(
    ctx,
    `campaign.partners:${options.publicOnly}`,
    () => new DataLoader<string, Organisation[]>((ids) => loadPartners(ctx, ids, options.publicOnly)),
  );
  return batch.load(campaign.id).then((partners) => paginateLoaded(partners, byName, page));
}
