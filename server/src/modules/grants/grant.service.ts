/** Ad-credit grant queries and changes; grants are staff-only records. */
import type { EntityManager, QueryOrderMap } from '@mikro-orm/core';
import { Campaign } from '../campaigns/campaign.entity.js';
import {
  type Actor,
  archiveRecord,
  assignDefined,
  createRecord,
  findByGlobalId,
  newEntity,
  updateRecord,
} from '../common/catalogue.js';
import { type ConnectionArgs, paginate } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { invalidField } from '../common/domain-error.js';
import { allOf } from '../common/filters.js';
import { expectGlobalId } from '../common/node.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { AdCreditGrant } from './ad-credit-grant.entity.js';
import { GRANT_ORDER } from './grant.children.js';
import {
  type CreateAdCreditGrantInput,
  type GrantFilter,
  GrantOrder,
  type UpdateAdCreditGrantInput,
} from './grant.inputs.js';

const ORDERS: Record<GrantOrder, QueryOrderMap<AdCreditGrant>> = {
  [GrantOrder.NEWEST]: GRANT_ORDER,
  // Grouped by currency: a yen amount is never ranked against a dollar one.
  [GrantOrder.LARGEST]: { currency: 'asc', amountMinor: 'desc', id: 'desc' },
};

export function listGrants(
  ctx: Context,
  filter: GrantFilter | null | undefined,
  order: GrantOrder,
  args: ConnectionArgs,
) {
  const where = allOf<AdCreditGrant>(
    filter?.includeArchived ? {} : { archivedAt: null },
    filter?.campaignId
      ? { campaign: expectGlobalId(filter.campaignId, 'Campaign', 'filter.campaignId') }
      : {},
    filter?.organisationId
      ? { organisation: expectGlobalId(filter.organisationId, 'Organisation', 'filter.organisationId') }
      : {},
    filter?.status ? { status: filter.status } : {},
  );
  return paginate(ctx.em, AdCreditGrant, where, ORDERS[order], args);
}

export function createGrant(
  em: EntityManager,
  actor: Actor,
  input: CreateAdCreditGrantInput,
): Promise<AdCreditGrant> {
  return createRecord(em, actor, 'adCreditGrant.create', async (tx) => {
    const organisation = await findByGlobalId(tx, Organisation, input.organisationId, 'input.organisationId');
    const campaign = await findByGlobalId(tx, Campaign, input.campaignId, 'input.campaignId');
    if (organisation.archivedAt) throw invalidField('input.organisationId', 'is archived');
    if (campaign.archivedAt) throw invalidField('input.campaignId', 'is archived');
    return newEntity(AdCreditGrant, {
      organisation,
      campaign,
      amountMinor: input.amountMinor,
      currency: input.currency,
      status: input.status,
      illustrative: input.illustrative,
      note: input.note.trim(),
    });
  });
}

export function updateGrant(
  em: EntityManager,
  actor: Actor,
  input: UpdateAdCreditGrantInput,
): Promise<AdCreditGrant> {
  return updateRecord(
    em,
    actor,
    AdCreditGrant,
    input.id,
    input.expectedVersion,
    (grant) => {
      assignDefined(grant, {
        amountMinor: input.amountMinor,
        currency: input.currency,
        status: input.status,
        illustrative: input.illustrative,
        note: input.note?.trim(),
      });
    },
    { action: 'adCreditGrant.update' },
  );
}

export const archiveGrant = (em: EntityManager, actor: Actor, id: string, expectedVersion: number) =>
  archiveRecord(em, actor, AdCreditGrant, id, expectedVersion, 'adCreditGrant.archive');
