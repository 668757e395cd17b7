/**
 * Batch loading of child lists for many parents at once (a creator's videos, a session's enrolments), so a
 * nested list query runs one SQL statement per level whatever the number of parents.
 */
import { PAGE_SIZE_DEFAULT } from '@beacon/shared';
import {
  Cursor,
  type EntityDictionary,
  type EntityManager,
  type EntityMetadata,
  type EntityName,
  type FilterQuery,
  type QueryOrderMap,
  Utils,
} from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import {
  type ConnectionArgs,
  type ConnectionShape,
  checkCursor,
  type LoadedOrder,
  paginateLoaded,
} from './connection.js';
import { type Context, loader } from './context.js';
import { cursorShape } from './cursor-shape.js';
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
  // A cursor must fit the columns this list sorts by, as on a top-level list, however the page is then
  // cut: a forged one is the client's error, not a quiet page from somewhere else.
  const shape = cursorShape(ctx.em, spec.entity, spec.orderBy);
  checkCursor(args.after, 'after', shape);
  checkCursor(args.before, 'before', shape);
  const forward = forwardPage(args);
  if (!forward) return paginateLoaded(await childList(ctx, spec, parentId), spec.order, args);
  // Read at most first + 1 children of each parent (the extra one says whether a next page exists).
  const key = `${spec.name}:${JSON.stringify(spec.where ?? {})}:first=${forward.first}:after=${args.after ?? ''}`;
  const batch = loader(
    ctx,
    key,
    () =>
      new DataLoader<string, T[]>((ids) =>
        loadChildPages(ctx.em, spec, ids, forward.first + 1, forward.after),
      ),
  );
  const page = paginateLoaded(await batch.load(parentId), spec.order, { first: forward.first });
  let total: Promise<number> | undefined;
  return {
    ...page,
    // The rows before the cursor were not read; the cursor itself says some precede this page.
    pageInfo: { ...page.pageInfo, hasPreviousPage: forward.after !== undefined },
    // Counted only when the client selects it (graphql-js reads the getter then), and once.
    get totalCount() {
      total ??= countChildren(ctx, spec, parentId);
      return total;
    },
  };
}

interface ForwardPage {
  first: number;
  /** The decoded `after` cursor: one value per sort key. */
  after?: unknown[];
}

/**
 * A forward page (`first`, optionally `after`) that SQL can cut per parent, or undefined for the rest
 * (`last`, `before`, a cursor holding a null), which page in memory over every child. The cursor has been
 * checked against the list's columns already.
 */
function forwardPage(args: ConnectionArgs): ForwardPage | undefined {
  if (args.last != null || args.before != null) return undefined;
  const first = args.first ?? PAGE_SIZE_DEFAULT;
  if (args.after == null) return { first };
  const after = Cursor.decode(args.after) as unknown[];
  if (after.some((v) => v === null)) return undefined;
  return { first, after };
}

/** Keyset condition "after these values" for `orderBy`: (a > x) or (a = x and b > y) …, per direction. */
function afterCondition<T>(orderBy: QueryOrderMap<T>, values: unknown[]): FilterQuery<T> {
  const entries = Object.entries(orderBy) as [string, string][];
  return {
    $or: entries.map(([field, direction], i) => ({
      ...Object.fromEntries(entries.slice(0, i).map(([f], j) => [f, values[j]])),
      [field]: { [String(direction).toLowerCase().startsWith('desc') ? '$lt' : '$gt']: values[i] },
    })),
  } as FilterQuery<T>;
}

const RANK = '__child_rank';

const metaOf = <T extends object>(em: EntityManager, spec: ChildListSpec<T>): EntityMetadata<T> =>
  em.getMetadata().get<T>(Utils.className(spec.entity));

/** The SQL column of a (single-column) property. */
export const columnOf =
  <T>(meta: EntityMetadata<T>) =>
  (prop: string): string =>
    (meta.properties as Record<string, { fieldNames: string[] }>)[prop]?.fieldNames[0] as string;

/**
 * The first `limit` children of each parent in one statement: the children ranked per parent by a window
 * function (`row_number() over (partition by parent order by …)`, on both engines), cut at `limit`, then
 * mapped to entities like any other find.
 */
async function loadChildPages<T extends object>(
  em: EntityManager,
  spec: ChildListSpec<T>,
  parentIds: readonly string[],
  limit: number,
  after: unknown[] | undefined,
): Promise<T[][]> {
  const sqlEm = em as SqlEntityManager;
  const column = columnOf(metaOf(em, spec));
  const conditions: FilterQuery<T>[] = [
    { [spec.parentKey]: { $in: [...parentIds] } } as FilterQuery<T>,
    spec.where ?? ({} as FilterQuery<T>),
  ];
  if (after) conditions.push(afterCondition(spec.orderBy, after));
  const inner = sqlEm
    .createQueryBuilder(spec.entity, 'child')
    .select('*')
    .where({ $and: conditions } as FilterQuery<T>)
    .getKnexQuery();
  const knex = sqlEm.getKnex();
  const ordering = Object.entries(spec.orderBy)
    .map(
      ([prop, dir]) =>
        `${knex.ref(`child.${column(prop)}`).toString()} ${String(dir).toLowerCase().startsWith('desc') ? 'desc' : 'asc'}`,
    )
    .join(', ');
  inner.select(
    knex.raw(`row_number() over (partition by ?? order by ${ordering}) as ??`, [
      `child.${column(spec.parentKey)}`,
      RANK,
    ]),
  );
  const rows: Record<string, unknown>[] = await sqlEm
    .getConnection()
    .execute(knex.select('*').from(inner.as('ranked')).where(RANK, '<=', limit).orderBy(RANK));
  const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  const parentColumn = column(spec.parentKey);
  for (const { [RANK]: _rank, ...row } of rows) {
    byParent.get(String(row[parentColumn]))?.push(em.map(spec.entity, row as EntityDictionary<T>));
  }
  return parentIds.map((id) => byParent.get(id) ?? []);
}

/** How many children `parentId` has, counted for all parents of the request in one statement. */
function countChildren<T extends object>(
  ctx: Context,
  spec: ChildListSpec<T>,
  parentId: string,
): Promise<number> {
  const key = `${spec.name}:${JSON.stringify(spec.where ?? {})}:count`;
  const batch = loader(
    ctx,
    key,
    () =>
      new DataLoader<string, number>(async (ids) => {
        const sqlEm = ctx.em as SqlEntityManager;
        const knex = sqlEm.getKnex();
        const parent = `child.${columnOf(metaOf(ctx.em, spec))(spec.parentKey)}`;
        const query = sqlEm
          .createQueryBuilder(spec.entity, 'child')
          .where({ $and: [{ [spec.parentKey]: { $in: [...ids] } }, spec.where ?? {}] } as FilterQuery<T>)
          .getKnexQuery()
          .clearSelect()
          .select(knex.raw('?? as ??', [parent, 'parent_id']), knex.raw('count(*) as ??', ['children']))
          .groupBy(parent);
        const rows: Record<string, unknown>[] = await sqlEm.getConnection().execute(query);
        const counts = new Map(rows.map((r) => [String(r.parent_id), Number(r.children)]));
        return ids.map((id) => counts.get(id) ?? 0);
      }),
  );
  return batch.load(parentId);
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
