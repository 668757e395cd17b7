/** Organisation queries and changes. Public clients see unarchived organisations only. */
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { jsonArrayContains, textSearch } from '../../db/dialect.js';
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
import { conflict, forbidden } from '../common/domain-error.js';
import { allOf } from '../common/filters.js';
import { readsStaffData } from '../common/visibility.js';
import { Organisation } from './organisation.entity.js';
import type {
  CreateOrganisationInput,
  OrganisationFilter,
  UpdateOrganisationInput,
} from './organisation.inputs.js';

/** What anyone may see. */
export const PUBLIC_ORGANISATION: FilterQuery<Organisation> = { archivedAt: null };

export function listOrganisations(
  ctx: Context,
  filter: OrganisationFilter | null | undefined,
  args: ConnectionArgs,
) {
  if (!readsStaffData(ctx) && filter?.includeArchived)
    throw forbidden('Archived organisations are for staff only');
  const where = () =>
    allOf<Organisation>(
      filter?.includeArchived ? {} : PUBLIC_ORGANISATION,
      textSearch(ctx.em, ['name'], filter?.search),
      jsonArrayContains(ctx.em, 'focus_topics', filter?.topic),
      jsonArrayContains(ctx.em, 'regions_served', filter?.region),
      filter?.kind ? { kind: filter.kind } : {},
    );
  return paginate(ctx.em, Organisation, where, { name: 'asc', id: 'asc' }, args);
}

async function ensureNameFree(em: EntityManager, name: string, exceptId?: string): Promise<void> {
  const taken = await em.findOne(Organisation, { name, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  if (taken) throw conflict(`An organisation named "${name}" already exists`, { field: 'input.name' });
}

const uniqueList = <T>(values: readonly T[]): T[] => [...new Set(values)];

export function createOrganisation(
  em: EntityManager,
  actor: Actor,
  input: CreateOrganisationInput,
): Promise<Organisation> {
  return createRecord(em, actor, 'organisation.create', async (tx) => {
    const name = input.name.trim();
    await ensureNameFree(tx, name);
    return newEntity(Organisation, {
      name,
      kind: input.kind,
      website: input.website,
      description: input.description.trim(),
      focusTopics: uniqueList(input.focusTopics),
      regionsServed: uniqueList(input.regionsServed),
    });
  });
}

export function updateOrganisation(
  em: EntityManager,
  actor: Actor,
  input: UpdateOrganisationInput,
): Promise<Organisation> {
  return updateRecord(
    em,
    actor,
    Organisation,
    input.id,
    input.expectedVersion,
    async (organisation, tx) => {
      const name = input.name?.trim();
      if (name !== undefined && name !== organisation.name) await ensureNameFree(tx, name, organisation.id);
      assignDefined(organisation, {
        name,
        kind: input.kind,
        website: input.website,
        description: input.description?.trim(),
        focusTopics: input.focusTopics ? uniqueList(input.focusTopics) : undefined,
        regionsServed: input.regionsServed ? uniqueList(input.regionsServed) : undefined,
      });
    },
    { action: 'organisation.update' },
  );
}

export const archiveOrganisation = (em: EntityManager, actor: Actor, id: string, expectedVersion: number) =>
  archiveRecord(em, actor, Organisation, id, expectedVersion, 'organisation.archive');
