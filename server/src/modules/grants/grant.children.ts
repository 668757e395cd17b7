/**
 * Ad-credit grants as nested (staff-only) lists of an organisation or a campaign, and a campaign's grant
 * total per currency, batch-loaded for every parent in a response.
 */
import { type ChildListSpec, childConnection, childList } from '../common/batch.js';
import { type ConnectionArgs, ConnectionType } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { Money } from '../common/money.js';
import { AdCreditGrant } from './ad-credit-grant.entity.js';

export const AdCreditGrantConnection = ConnectionType(AdCreditGrant, 'AdCreditGrant', 'ad-credit grant');

/** The order of every grant list: newest first. */
export const GRANT_ORDER = { createdAt: 'desc', id: 'desc' } as const;

const newestFirst: Pick<ChildListSpec<AdCreditGrant>, 'orderBy' | 'order'> = {
  orderBy: GRANT_ORDER,
  order: { key: (g) => [g.createdAt, g.id], directions: ['desc', 'desc'] },
};

const live = { archivedAt: null };

const ofCampaign: ChildListSpec<AdCreditGrant> = {
  name: 'campaign.grants',
  entity: AdCreditGrant,
  parentKey: 'campaign',
  where: live,
  ...newestFirst,
};

const ofOrganisation: ChildListSpec<AdCreditGrant> = {
  name: 'organisation.grants',
  entity: AdCreditGrant,
  parentKey: 'organisation',
  where: live,
  ...newestFirst,
};

export function grantsOfCampaign(ctx: Context, campaignId: string, page: ConnectionArgs) {
  return childConnection(ctx, ofCampaign, campaignId, page);
}

export function grantsOfOrganisation(ctx: Context, organisationId: string, page: ConnectionArgs) {
  return childConnection(ctx, ofOrganisation, organisationId, page);
}

/** The sum of grants in each currency, in integer minor units, sorted by currency. */
function totalsOf(grants: readonly AdCreditGrant[]): Money[] {
  const totals = new Map<string, number>();
  for (const grant of grants) {
    totals.set(grant.currency, (totals.get(grant.currency) ?? 0) + grant.amountMinor);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, amountMinor]) => Money.of(amountMinor, currency));
}

/**
 * The sum of a campaign's unarchived grants in each currency, in integer minor units, sorted by currency.
 * Shares its batch with `grantsOfCampaign`, so asking for both costs one query.
 */
export async function grantTotalOfCampaign(ctx: Context, campaignId: string): Promise<Money[]> {
  return totalsOf(await childList(ctx, ofCampaign, campaignId));
}

/** The same for an organisation, sharing its batch with `grantsOfOrganisation`. */
export async function grantTotalOfOrganisation(ctx: Context, organisationId: string): Promise<Money[]> {
  return totalsOf(await childList(ctx, ofOrganisation, organisationId));
}
