/**
 * Batch loading of child lists for many parents at once (a creator's videos, a session's enrolments), so a
 * nested list query runs one SQL statement per level whatever the number of parents.
 */
import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { type ConnectionArgs, type ConnectionShape, type LoadedOrder, paginateLoaded } from './connection.js';
import { type Context, loader } from './context.js';
import { notFound } from './domain-error.js';

export interface ChildListSpec<T extends object> {
  /** Unique name of this relation, for the per-request loader cache. */
  name: string;
  entity: EntityName<T>;
  /** The child's many-to-one property pointing at the parent. */
  parentKey: string;
  /** Further conditions (visibility, filters) applied to every parent's children. */
  where?: FilterQuery<T>;
  orderBy: QueryOrderMap<T>;
  order: LoadedOrder<T>;
  populate?: readonly string[];
}

/** Loads the children of `parentId`, batched with every other parent resolved in the same tick. */
export function childList<T extends object>(
  ctx: Context,
  spec: ChildListSpec<T>,
  parentId: string,
): Promise<T[]> {
  const key = `${spec.name}:${JSON.stringify(spec.where ?? {})}`;
  const batch = loader(ctx, key, () => new DataLoader<string, T[]>((ids) => loadChildren(ctx.em, spec, ids)));
  return batch.load(parentId);
}

async function loadChildren<T extends object>(
  em: EntityManager,
  spec: ChildListSpec<T>,
  parentIds: readonly string[],
): Promise<T[][]> {
  const where = { $and: [{ [spec.parentKey]: { $in: [...parentIds] } }, spec.where ?? {}] } as FilterQuery<T>;
  const rows = await em.find(spec.entity, where, { orderBy: spec.orderBy, populate: spec.populate as never });
  const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) {
    const parent = (row as Record<string, unknown>)[spec.parentKey] as { id: string } | null;
    if (parent) byParent.get(parent.id)?.push(row);
  }
  return parentIds.map((id) => byParent.get(id) ?? []);
}

/** A page of one parent's children. */
export async function childConnection<T extends object>(
  ctx: Context,
  spec: ChildListSpec<T>,
  parentId: string,
  args: ConnectionArgs,
): Promise<ConnectionShape<T>> {
  return paginateLoaded(await childList(ctx, spec, parentId), spec.order, args);
}

/**
 * A record by primary key, batched with every other look-up of the same type in the same tick (the parent
 * of each item in a list). Returns null for a missing record.
 */
export function byId<T extends { id: string }>(
  ctx: Context,
  entity: EntityName<T> & { name: string },
  id: string,
): Promise<T | null> {
  const batch = loader(
    ctx,
    `byId:${entity.name}`,
    () =>
      new DataLoader<string, T | null>(async (ids) => {
        const rows = await ctx.em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
        const found = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => found.get(id) ?? null);
      }),
  );
  return batch.load(id);
}

/** A parent that must exist (a non-null relation): NOT_FOUND rather than a null where none may be. */
export async function requiredById<T extends { id: string }>(
  ctx: Context,
  entity: EntityName<T> & { name: string },
  id: string,
): Promise<T> {
  const found = await byId(ctx, entity, id);
  if (!found) throw notFound(entity.name);
  return found;
}
