/**
 * A urql client for component tests of lists: the dashboard's own Graphcache rules in front of a stand-in
 * server that answers each operation by name (`answer(name, variables)`), and `keysetPage`, which pages rows
 * by cursor as Beacon's connections do. What a screen asks for, and what it shows of the reply, without a
 * running server. An answer may be a `Refusal`, the errors the server would answer instead of data. It
 * comes a moment after the operation is sent, as a real server's does, so a test can assert what the
 * screen shows after a filter changes, not only what it asked.
 */
import { cacheExchange } from '@urql/exchange-graphcache';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { Client, makeResult, type Operation } from 'urql';
import { delay, filter, fromValue, map, mergeMap, pipe, share, takeUntil } from 'wonka';
import { cacheConfig } from '../common/graphql/cache';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** One keyset page of `rows` (cursor = id), with `totalCount` and `pageInfo`, as Beacon's connections answer. */
export function keysetPage<Row extends { id: string }>(
  typename: string,
  rows: readonly Row[],
  { first, after, last, before }: PageArgs,
  node: (row: Row) => object = (row) => row,
) {
  const from = after ? rows.findIndex((r) => r.id === after) + 1 : 0;
  const to = before ? rows.findIndex((r) => r.id === before) : rows.length;
  let slice = rows.slice(from, to);
  if (first != null) slice = slice.slice(0, first);
  else if (last != null) slice = slice.slice(-last);
  const start = slice[0] ? rows.indexOf(slice[0]) : -1;
  const end = slice.at(-1) ? rows.indexOf(slice.at(-1) as Row) : -1;
  return {
    __typename: typename,
    totalCount: rows.length,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: slice.length > 0 && end < rows.length - 1,
      hasPreviousPage: slice.length > 0 && start > 0,
      startCursor: slice[0]?.id ?? null,
      endCursor: slice.at(-1)?.id ?? null,
    },
    nodes: slice.map(node),
  };
}

export const operationName = (op: Operation) =>
  op.query.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)?.name
    ?.value;

export interface Sent {
  name: string | undefined;
  variables: Record<string, unknown>;
}

/** The server refusing an operation: its errors in place of data (`refusal`). */
export class Refusal {
  constructor(readonly errors: { message: string; extensions?: Record<string, unknown> }[]) {}
}

/** A refusal with one error, as Beacon answers bad input (`code` in its extensions). */
export const refusal = (message: string, code: string) => new Refusal([{ message, extensions: { code } }]);

/**
 * `answer` returns the operation's data, a `Refusal`, or undefined for an operation the test did not expect
 * (answered with an error naming it).
 */
export function standInServer(
  answer: (name: string | undefined, variables: Record<string, unknown>) => object | undefined,
) {
  const sent: Sent[] = [];
  const respond = (op: Operation) => {
    const data = answer(operationName(op), (op.variables ?? {}) as Record<string, unknown>);
    if (data instanceof Refusal) return makeResult(op, { data: null, errors: data.errors });
    return data
      ? makeResult(op, { data })
      : makeResult(op, { data: null, errors: [{ message: `unexpected ${operationName(op)}` }] });
  };
  const client = new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange(cacheConfig),
      // The answer comes a moment later, as over the network, and not at all once the operation is torn
      // down. Answered at once, it reached the cache while urql's useQuery was still rendering the new
      // variables (it asks the cache then, to show a cached page without a flash): the cache wrote it and
      // re-ran the query it replaced (the rows shared a record, a campaign), and that query's late answer
      // overwrote the new one. After a filter change the list showed its earlier page, which no real
      // server, answering only after the render, ever causes. `sent` holds the operations answered: the one
      // urql asks while rendering and drops at once, before any answer, is not a request of the screen's.
      () => (operations$) => {
        const ops$ = share(operations$);
        return pipe(
          ops$,
          filter((op) => op.kind !== 'teardown'),
          mergeMap((op) =>
            pipe(
              fromValue(op),
              delay(0),
              // Before answering (wonka's delay fires after a teardown too; takeUntil stops it here).
              takeUntil(
                pipe(
                  ops$,
                  filter((next) => next.kind === 'teardown' && next.key === op.key),
                ),
              ),
              map((asked) => {
                sent.push({
                  name: operationName(asked),
                  variables: (asked.variables ?? {}) as Record<string, unknown>,
                });
                return respond(asked);
              }),
            ),
          ),
        );
      },
    ],
  });
  return { client, sent };
}
