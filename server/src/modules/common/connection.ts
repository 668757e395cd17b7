/**
 * Relay connections: every list in Beacon's API is one. Top-level lists page with keyset cursors through
 * MikroORM's `findByCursor` (never OFFSET); `totalCount` is computed only when a client selects it, by one
 * of three strategies a list chooses (`ListCount`): an exact COUNT (the default), a count the database
 * maintains (exact, for the unfiltered creator and video lists), or a COUNT bounded at
 * `TOTAL_COUNT_BOUND + 1` rows (their filtered requests), which says whether it is exact.
 */

import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, TOTAL_COUNT_BOUND } from '@beacon/shared';
import {
  Cursor,
  type EntityManager,
  type EntityName,
  type FilterQuery,
  type FindByCursorOptions,
  type QueryOrderMap,
  raw,
} from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { type CountedList, maintainedCount } from '../../db/list-counts.js';
import { cursorShape, misfit } from './cursor-shape.js';
import { badInput, invalidField } from './domain-error.js';

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first n items (1 to ${PAGE_SIZE_MAX}; ${PAGE_SIZE_DEFAULT} when neither first nor last is given).`,
  })
  @IsOptional()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (from `pageInfo.endCursor`).',
  })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Return the last n items (1 to ${PAGE_SIZE_MAX}).` })
  @IsOptional()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return items before this cursor (from `pageInfo.startCursor`).',
  })
  before?: string | null;
}

@ObjectType({ description: 'Where a page of a connection sits in the whole list.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

/** What a connection resolver returns; `totalCount` is computed on demand. */
export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
  readonly totalCountIsExact: Promise<boolean>;
}

/**
 * How a top-level list answers `totalCount`. Absent: an exact COUNT of the matching rows. `maintained`:
 * the count the database keeps for an unfiltered list (`db/list-counts.ts`), exact and read in one look-up.
 * `bounded`: count at most `TOTAL_COUNT_BOUND + 1` matching rows; past the bound the answer is
 * `TOTAL_COUNT_BOUND` and not exact.
 */
export type ListCount = { readonly maintained: CountedList } | { readonly bounded: true };

/** Builds the `XEdge` and `XConnection` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, noun: string) {
  @ObjectType(`${name}Edge`, { description: `One ${noun} in a page, with the cursor to page from it.` })
  class EdgeType {
    @Field(() => nodeType, { description: `The ${noun}.` })
    node!: T;

    @Field({ description: 'Opaque cursor of this item, for `after` or `before`.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${noun} items.` })
  class ConnectionTypeClass implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of this page, for clients that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: `How many items match in all (computed only when selected). Exact unless \`totalCountIsExact\` is false: the creator and video lists count a filtered request (search, topic, region...) only up to ${TOTAL_COUNT_BOUND.toLocaleString('en')}, and when more match they answer ${TOTAL_COUNT_BOUND.toLocaleString('en')} here and false there. Unfiltered lists are always exact.`,
    })
    totalCount!: Promise<number>;

    @Field(() => Boolean, {
      description: `Whether \`totalCount\` is the exact number of matching items. False only when a filtered creator or video list stopped counting at its bound: more than \`totalCount\` items match.`,
    })
    totalCountIsExact!: Promise<boolean>;
  }
  return ConnectionTypeClass;
}

const build = <T>(where: FilterQuery<T> | (() => FilterQuery<T>)): FilterQuery<T> =>
  typeof where === 'function' ? (where as () => FilterQuery<T>)() : where;

function pageSize(args: ConnectionArgs): { first?: number; last?: number } {
  if (args.first != null && args.last != null) {
    throw badInput('Pass either first or last, not both', [
      { path: 'first', message: 'cannot be combined with last' },
      { path: 'last', message: 'cannot be combined with first' },
    ]);
  }
  if (args.last != null) return { last: args.last };
  return { first: args.first ?? PAGE_SIZE_DEFAULT };
}

/**
 * A cursor the client handed back: it must decode to one value per sort key, each fitting its column
 * (see cursor-shape.ts), or the list refuses it as BAD_USER_INPUT before any SQL runs.
 */
export function checkCursor(
  value: string | null | undefined,
  path: string,
  shape: readonly ((value: unknown) => string | null)[],
  decode: (cursor: string) => unknown = Cursor.decode,
): string | undefined {
  if (value == null) return undefined;
  let problem: string | null;
  try {
    const decoded: unknown = decode(value);
    problem = Array.isArray(decoded) ? misfit(decoded, shape) : 'not a list';
  } catch {
    problem = 'not a cursor';
  }
  if (problem) throw invalidField(path, 'is not a cursor this list issued');
  return value;
}

/**
 * One page of a top-level list. `orderBy` must end with a unique key (the id) so the order is stable.
 * `where` may be a function: conditions built with `raw()` are single-use in MikroORM, so the page query
 * and the lazy count each build their own.
 */
export async function paginate<T extends object, P extends string = never>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T> | (() => FilterQuery<T>),
  orderBy: QueryOrderMap<T>,
  args: ConnectionArgs,
  options: Pick<FindByCursorOptions<T, P>, 'populate'> & { count?: ListCount } = {},
): Promise<ConnectionShape<T>> {
  const { count: strategy, ...findOptions } = options;
  const size = pageSize(args);
  const shape = cursorShape(em, entity, orderBy);
  const after = checkCursor(args.after, 'after', shape);
  const before = checkCursor(args.before, 'before', shape);
  const page = (await em.findByCursor(entity, build(where), {
    ...size,
    after,
    before,
    orderBy,
    includeCount: false,
    ...(findOptions as object),
  } as FindByCursorOptions<T, P, '*', never, false>)) as unknown as Cursor<T, P, '*', never, false>;
  const items = [...page.items] as T[];
  const edges = items.map((node) => ({ node, cursor: page.from(node as never) }));
  let total: Promise<{ n: number; exact: boolean }> | undefined;
  // graphql-js reads these getters only when the client selected the field, so the count runs then, once
  // for both fields, and never otherwise.
  const counted = () => {
    total ??= countList(em.fork(), entity, build(where), strategy);
    return total;
  };
  return {
    edges,
    nodes: items,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPrevPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      return counted().then((c) => c.n);
    },
    get totalCountIsExact() {
      return counted().then((c) => c.exact);
    },
  };
}

async function countList<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  strategy: ListCount | undefined,
): Promise<{ n: number; exact: boolean }> {
  if (strategy && 'maintained' in strategy)
    return { n: await maintainedCount(em, strategy.maintained), exact: true };
  if (!strategy) return { n: await em.count(entity, where), exact: true };
  // select count(*) from (select 1 from … where … limit BOUND + 1): the database stops at the bound.
  const sqlEm = em as SqlEntityManager;
  const matching = sqlEm
    .createQueryBuilder(entity)
    .select(raw('1'))
    .where(where)
    .limit(TOTAL_COUNT_BOUND + 1)
    .getKnexQuery();
  const knex = sqlEm.getKnex();
  const [row] = (await sqlEm
    .getConnection()
    .execute(knex.count({ n: '*' }).from(matching.as('bounded')))) as { n: unknown }[];
  const n = Number(row?.n ?? 0);
  return n > TOTAL_COUNT_BOUND ? { n: TOTAL_COUNT_BOUND, exact: false } : { n, exact: true };
}

/**
 * A page over items already loaded in order (children batch-loaded for many parents at once). Cursors are
 * keyset values of `orderBy`, encoded like top-level cursors, so clients page both kinds the same way.
 * What a response may not ask for is made only when asked: the keys only to page past a cursor, the
 * cursors only for `edges` or `pageInfo`'s cursors, the count only for `totalCount` (a public read such as
 * the hub pages a hundred nested lists and asks for their nodes alone).
 */
export function paginateLoaded<T extends object>(
  items: readonly T[],
  order: LoadedOrder<T>,
  args: ConnectionArgs,
): ConnectionShape<T> {
  const size = pageSize(args);
  let start = 0;
  let end = items.length;
  if (args.after != null || args.before != null) {
    const keys = items.map((item) => order.key(item));
    // Compared in memory, never sent to SQL; still, a cursor this list could not have issued is refused.
    const shape = shapeByExample(keys, order.directions.length);
    const after = checkCursor(args.after, 'after', shape, decodeLoaded);
    const before = checkCursor(args.before, 'before', shape, decodeLoaded);
    const normalised = keys.map((key) => normaliseKey(key));
    if (after) {
      const target = decodeLoaded(after);
      const index = normalised.findIndex((k) => compareKeys(k, target, order.directions) > 0);
      start = index === -1 ? items.length : index;
    }
    if (before) {
      const target = decodeLoaded(before);
      const index = normalised.findIndex((k) => compareKeys(k, target, order.directions) >= 0);
      end = index === -1 ? items.length : index;
    }
  }
  let hasNextPage = end < items.length;
  let hasPreviousPage = start > 0;
  end = Math.max(start, end);
  if (size.first !== undefined && end - start > size.first) {
    end = start + size.first;
    hasNextPage = true;
  }
  if (size.last !== undefined && end - start > size.last) {
    start = end - size.last;
    hasPreviousPage = true;
  }
  const nodes = items.slice(start, end);
  const cursorOf = (node: T) => Cursor.encode(normaliseKey(order.key(node)));
  let edges: Edge<T>[] | undefined;
  return {
    get edges() {
      edges ??= nodes.map((node) => ({ node, cursor: cursorOf(node) }));
      return edges;
    },
    nodes,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      get startCursor() {
        return nodes.length > 0 ? cursorOf(nodes[0] as T) : null;
      },
      get endCursor() {
        return nodes.length > 0 ? cursorOf(nodes.at(-1) as T) : null;
      },
    },
    get totalCount() {
      return Promise.resolve(items.length);
    },
    get totalCountIsExact() {
      return Promise.resolve(true);
    },
  };
}

/** How a batch-loaded list is sorted: the key of each item and the direction of each key part. */
export interface LoadedOrder<T> {
  key: (item: T) => unknown[];
  directions: readonly ('asc' | 'desc')[];
}

/** Sorts items in the order a batch-loaded connection pages them, so sorting and cursors agree. */
export function sortLoaded<T>(items: readonly T[], order: LoadedOrder<T>): T[] {
  return items
    .map((item) => ({ item, key: normaliseKey(order.key(item)) }))
    .sort((a, b) => compareKeys(a.key, b.key, order.directions))
    .map(({ item }) => item);
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A cursor of a list held in memory, as its keys are compared: plain JSON, timestamps as ISO text.
 * (MikroORM's `Cursor.decode` turns any text that starts like a timestamp into a Date, an invalid one
 * for a name such as "2024-05-01T09:00:00.000Z notes", which could not be compared.)
 */
function decodeLoaded(cursor: string): unknown[] {
  return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
}

/** An ISO timestamp of a year a column can hold, as Beacon writes them into cursors. */
function isTimestampText(value: unknown): boolean {
  if (typeof value !== 'string' || !ISO_TIMESTAMP.test(value)) return false;
  const year = new Date(value).getUTCFullYear();
  return year >= 1 && year <= 9_999;
}

type KeyKind = 'timestamp' | 'text' | 'number' | 'boolean' | 'null' | 'other';

const kindOf = (value: unknown): KeyKind => {
  if (value == null) return 'null';
  if (value instanceof Date) return 'timestamp';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : 'other';
  if (typeof value === 'boolean') return 'boolean';
  return 'other';
};

/**
 * The checks for a cursor of a list held in memory, which has no columns to check it against: each value
 * must be of the kind the list's own keys have in that place (a timestamp, text, a number, a boolean), and
 * null only where a key is null. Where no key tells (an empty list), any JSON scalar passes: there is
 * nothing to page past, and the page is empty whatever the cursor.
 */
function shapeByExample(keys: readonly unknown[][], length: number): ((value: unknown) => string | null)[] {
  return Array.from({ length }, (_, index) => {
    const kinds = new Set(keys.map((key) => kindOf(key[index])));
    return (value: unknown) => {
      const kind = kindOf(value);
      if (kind === 'other') return 'scalar expected';
      if (kinds.size === 0 || kinds.has(kind)) return null;
      return kinds.has('timestamp') && isTimestampText(value) ? null : `${kind} not expected`;
    };
  });
}

function normaliseKey(values: readonly unknown[]): unknown[] {
  return values.map((v) => (v instanceof Date ? v.toISOString() : v));
}

/** Position of `a` relative to `b` in list order. */
function compareKeys(
  a: readonly unknown[],
  b: readonly unknown[],
  directions: readonly ('asc' | 'desc')[],
): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    const sign = directions[i] === 'desc' ? -1 : 1;
    if (x == null) return -sign;
    if (y == null) return sign;
    return (x < y ? -1 : 1) * sign;
  }
  return 0;
}
