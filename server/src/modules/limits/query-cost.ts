/**
 * The cost of an operation in potential objects: how many objects it could make Beacon load and resolve,
 * counted before it runs (graphql-query-complexity walks the document, fragments and @skip/@include
 * included; this file says what each field costs). Like GitHub's node limit, a connection multiplies
 * everything selected under it by the page size it asks for, so nesting lists multiplies:
 *
 * - a connection asked for `first: n` (or `last: n`; 20 when neither is given) costs 1 + n x (the cost of
 *   one item's selection), where one item is an edge or a node and costs 1 plus its own fields; n is at
 *   most what the list can ever hold, where Beacon bounds it (a spotlight features at most 5 videos);
 * - a plain list of objects (`nodes(ids)`, `eligibility`, `contacts`) costs its length x (1 + selection),
 *   its length being the list argument's size when it has one, the most it can hold where Beacon bounds it
 *   by another argument (the grant totals' `top`), else 10, more than any other such list holds;
 * - any other object costs 1 + its selection; scalars, `pageInfo` and introspection cost nothing.
 */
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@beacon/shared';
import {
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
} from 'graphql';
import { type ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { GRANT_TOTALS_FIRST_MAX } from '../grants/grant.inputs.js';
import { FEATURED_MAX } from '../recognitions/recognition.inputs.js';

/** The assumed length of a plain list of objects that has no list argument to size it by. */
export const PLAIN_LIST_LENGTH = 10;

/** Connections that can never hold more than a fixed number of items, whatever `first` asks. */
export const BOUNDED_CONNECTIONS: Readonly<Record<string, number>> = {
  'Recognition.featuredVideos': FEATURED_MAX,
  'Spotlight.featuredVideos': FEATURED_MAX,
};

/** Plain lists sized by an argument of their parent field, counted at the most they can hold. */
export const BOUNDED_LISTS: Readonly<Record<string, number>> = {
  'GrantTotals.top': GRANT_TOTALS_FIRST_MAX,
};

const isConnection = (type: GraphQLNamedType) => type.name.endsWith('Connection');

function pageSize(args: Record<string, unknown>): number {
  const asked =
    typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : null;
  // Out-of-range sizes are refused by validation with BAD_USER_INPUT; count them at the most allowed.
  if (asked === null) return PAGE_SIZE_DEFAULT;
  return Math.min(Math.max(asked, 0), PAGE_SIZE_MAX);
}

function listLength(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  for (const arg of field.args) {
    const value = args[arg.name];
    if (isListType(getNullableType(arg.type)) && Array.isArray(value)) return value.length;
  }
  return PLAIN_LIST_LENGTH;
}

export function estimateField({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const returned = getNamedType(field.type);
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  if (!isCompositeType(returned) || returned.name === 'PageInfo') return 0;
  if (isConnection(returned) && field.args.some((a) => a.name === 'first')) {
    const bound = BOUNDED_CONNECTIONS[`${type.name}.${field.name}`] ?? PAGE_SIZE_MAX;
    return 1 + Math.min(pageSize(args), bound) * childComplexity;
  }
  // The items of a connection: their multiplier is the connection's page size, applied above.
  if (isConnection(type) && (field.name === 'edges' || field.name === 'nodes')) return 1 + childComplexity;
  if (isListType(getNullableType(field.type))) {
    const length = BOUNDED_LISTS[`${type.name}.${field.name}`] ?? listLength(field, args);
    return length * (1 + childComplexity);
  }
  return 1 + childComplexity;
}

/**
 * Potential objects of the operation; null when it cannot be counted because its variables are invalid
 * (execution then refuses it before resolving anything). A document too big to walk counts as infinite.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number | null {
  try {
    return getComplexity({ schema, query: document, operationName, variables, estimators: [estimateField] });
  } catch (error) {
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
      return Number.POSITIVE_INFINITY;
    }
    return null;
  }
}
