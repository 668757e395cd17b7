/**
 * The staff lists of recognitions: one set of conditions for the paged list and for the counts per status,
 * so a home page's counts and the list behind each count always agree.
 */
import { type FilterQuery, type QueryOrderMap, raw } from '@mikro-orm/core';
import type { QBFilterQuery, SqlEntityManager } from '@mikro-orm/knex';
import { Field, Int, ObjectType } from 'type-graphql';
import { type ConnectionArgs, paginate } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { unauthenticated } from '../common/domain-error.js';
import { allOf } from '../common/filters.js';
import { expectGlobalId } from '../common/node.js';
import { Recognition, RecognitionStatus } from './recognition.entity.js';
import { type RecognitionFilter, RecognitionOrder } from './recognition.inputs.js';

const ORDERS: Record<RecognitionOrder, QueryOrderMap<Recognition>> = {
  [RecognitionOrder.NEWEST_NOMINATION]: { nominatedAt: 'desc', id: 'desc' },
  [RecognitionOrder.OLDEST_NOMINATION]: { nominatedAt: 'asc', id: 'asc' },
  [RecognitionOrder.SCHEDULED_SOONEST]: { scheduledFor: 'asc', id: 'asc' },
  [RecognitionOrder.RANK]: { rank: 'asc', id: 'asc' },
};

/** Orders on a nullable key list only the rows that have it: keyset cursors cannot page through nulls. */
const ORDER_NEEDS: Partial<Record<RecognitionOrder, FilterQuery<Recognition>>> = {
  [RecognitionOrder.SCHEDULED_SOONEST]: { scheduledFor: { $ne: null } },
  [RecognitionOrder.RANK]: { rank: { $ne: null } },
};

export function recognitionWhere(
  ctx: Context,
  filter: RecognitionFilter | null | undefined,
): FilterQuery<Recognition> {
  const me = () => {
    if (!ctx.user) throw unauthenticated();
    return ctx.user.id;
  };
  return allOf<Recognition>(
    filter?.campaignId
      ? { campaign: expectGlobalId(filter.campaignId, 'Campaign', 'filter.campaignId') }
      : {},
    filter?.creatorId ? { creator: expectGlobalId(filter.creatorId, 'Creator', 'filter.creatorId') } : {},
    filter?.featuredVideoId
      ? {
          featuredVideos: expectGlobalId(filter.featuredVideoId, 'AwarenessVideo', 'filter.featuredVideoId'),
        }
      : {},
    filter?.statuses?.length ? { status: { $in: filter.statuses } } : {},
    filter?.nominatedById
      ? { nominatedBy: expectGlobalId(filter.nominatedById, 'StaffUser', 'filter.nominatedById') }
      : {},
    filter?.nominatedByMe == null
      ? {}
      : filter.nominatedByMe
        ? { nominatedBy: me() }
        : { nominatedBy: { $ne: me() } },
    filter?.scheduledBefore ? { scheduledFor: { $lt: filter.scheduledBefore } } : {},
  );
}

export function listRecognitions(
  ctx: Context,
  filter: RecognitionFilter | null | undefined,
  order: RecognitionOrder,
  page: ConnectionArgs,
) {
  const where = allOf<Recognition>(recognitionWhere(ctx, filter), ORDER_NEEDS[order] ?? {});
  return paginate(ctx.em, Recognition, where, ORDERS[order], page);
}

@ObjectType({ description: 'How many recognitions are at one stage of the lifecycle.' })
export class RecognitionStatusCount {
  @Field(() => RecognitionStatus, { description: 'The stage.' })
  status!: RecognitionStatus;

  @Field(() => Int, { description: 'How many recognitions matching the filter are at it.' })
  count!: number;
}

/** Counts per status for the recognitions matching `filter`, every status listed (zeros too), in lifecycle order. */
export async function countByStatus(
  ctx: Context,
  filter: RecognitionFilter | null | undefined,
): Promise<RecognitionStatusCount[]> {
  const rows = await (ctx.em as SqlEntityManager)
    .createQueryBuilder(Recognition, 'r')
    .select(['r.status', raw('count(*) as n')])
    .where(recognitionWhere(ctx, filter) as QBFilterQuery<Recognition>)
    .groupBy('r.status')
    .execute<{ status: RecognitionStatus; n: number | string }[]>('all', false);
  const counts = new Map(rows.map((row) => [row.status, Number(row.n)]));
  return Object.values(RecognitionStatus).map((status) =>
    Object.assign(new RecognitionStatusCount(), { status, count: counts.get(status) ?? 0 }),
  );
}
