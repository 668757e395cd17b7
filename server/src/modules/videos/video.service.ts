/** Awareness video queries and changes. Public clients see unarchived videos of public creators. */

import { SENSITIVE_TOPICS } from '@beacon/shared';
import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { indexedTextSearch, jsonArrayContains, jsonArrayNonEmpty } from '../../db/dialect.js';
import {
  type Actor,
  archiveRecord,
  assignDefined,
  createRecord,
  findByGlobalId,
  newEntity,
  updateRecord,
} from '../common/catalogue.js';
import { type ConnectionArgs, type ListCount, paginate } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { forbidden } from '../common/domain-error.js';
import { allOf } from '../common/filters.js';
import { expectGlobalId } from '../common/node.js';
import { readsStaffData } from '../common/visibility.js';
import { Creator } from '../creators/creator.entity.js';
import { PUBLIC_CREATOR } from '../creators/creator.service.js';
import { AwarenessVideo } from './awareness-video.entity.js';
import {
  type CreateVideoInput,
  normaliseHashtags,
  type UpdateVideoInput,
  type VideoFilter,
  VideoOrder,
} from './video.inputs.js';

/** What anyone may see: unarchived videos of public creators. */
export const PUBLIC_VIDEO: FilterQuery<AwarenessVideo> = { archivedAt: null, creator: PUBLIC_CREATOR };

const ORDERS: Record<VideoOrder, QueryOrderMap<AwarenessVideo>> = {
  [VideoOrder.NEWEST]: { publishedAt: 'desc', id: 'desc' },
  [VideoOrder.MOST_VIEWED]: { views: 'desc', id: 'asc' },
};

function advisoryCondition(
  em: EntityManager,
  wanted: boolean | null | undefined,
): FilterQuery<AwarenessVideo> {
  if (wanted == null) return {};
  const any = SENSITIVE_TOPICS.map((t) => jsonArrayContains<AwarenessVideo>(em, 'topics', t));
  return wanted ? { $or: any } : { $and: any.map((c) => ({ $not: c })) };
}

export async function listVideos(
  ctx: Context,
  filter: VideoFilter | null | undefined,
  order: VideoOrder,
  args: ConnectionArgs,
) {
  if (!readsStaffData(ctx) && filter?.includeArchived) throw forbidden('Archived videos are for staff only');
  if (!readsStaffData(ctx) && filter?.hasSafetyFindings != null)
    throw forbidden('Safe-messaging findings are for staff only');
  const visibility: FilterQuery<AwarenessVideo> = ctx.user
    ? filter?.includeArchived
      ? {}
      : { archivedAt: null }
    : PUBLIC_VIDEO;
  const search = await indexedTextSearch<AwarenessVideo>(ctx.em, 'awareness_video', filter?.search);
  const where = () =>
    allOf<AwarenessVideo>(
      visibility,
      search(),
      jsonArrayContains(ctx.em, 'topics', filter?.topic),
      filter?.strategy ? { strategy: filter.strategy } : {},
      filter?.creatorId ? { creator: expectGlobalId(filter.creatorId, 'Creator', 'filter.creatorId') } : {},
      filter?.region ? { creator: { region: filter.region } } : {},
      advisoryCondition(ctx.em, filter?.hasAdvisory),
      jsonArrayNonEmpty(ctx.em, 'safety_findings', filter?.hasSafetyFindings),
    );
  return paginate(ctx.em, AwarenessVideo, where, ORDERS[order], args, { count: videoCount(ctx, filter) });
}

/**
 * `totalCount` of a video list: the database's maintained count for a signed-in reader's unfiltered
 * list, else a count bounded at `TOTAL_COUNT_BOUND` (connection.ts). The public list depends on each
 * video's creator, which no maintained count follows, so it is bounded too.
 */
function videoCount(ctx: Context, filter: VideoFilter | null | undefined): ListCount {
  const narrowed =
    !!filter?.search?.trim() ||
    filter?.topic != null ||
    filter?.strategy != null ||
    filter?.creatorId != null ||
    filter?.region != null ||
    filter?.hasAdvisory != null ||
    filter?.hasSafetyFindings != null;
  if (narrowed || !ctx.user) return { bounded: true };
  return { maintained: filter?.includeArchived ? 'awareness_video' : 'awareness_video.unarchived' };
}

export function createVideo(
  em: EntityManager,
  actor: Actor,
  input: CreateVideoInput,
): Promise<AwarenessVideo> {
  return createRecord(em, actor, 'awarenessVideo.create', async (tx) => {
    const creator = await findByGlobalId(tx, Creator, input.creatorId, 'input.creatorId');
    return newEntity(AwarenessVideo, {
      creator,
      title: input.title.trim(),
      caption: input.caption,
      url: input.url,
      publishedAt: input.publishedAt,
      durationSeconds: input.durationSeconds,
      strategy: input.strategy,
      topics: [...new Set(input.topics)],
      hashtags: normaliseHashtags(input.hashtags),
      views: input.views,
      likes: input.likes,
      shares: input.shares,
    });
  });
}

export function updateVideo(
  em: EntityManager,
  actor: Actor,
  input: UpdateVideoInput,
): Promise<AwarenessVideo> {
  return updateRecord(
    em,
    actor,
    AwarenessVideo,
    input.id,
    input.expectedVersion,
    (video) => {
      assignDefined(video, {
        title: input.title?.trim(),
        caption: input.caption,
        url: input.url,
        publishedAt: input.publishedAt,
        durationSeconds: input.durationSeconds,
        strategy: input.strategy,
        topics: input.topics ? [...new Set(input.topics)] : undefined,
        hashtags: input.hashtags ? normaliseHashtags(input.hashtags) : undefined,
        views: input.views,
        likes: input.likes,
        shares: input.shares,
      });
      if (input.advisoryWarningOverride !== undefined) {
        video.advisoryWarningOverride = input.advisoryWarningOverride.trim() || null;
      }
    },
    { action: 'awarenessVideo.update' },
  );
}

export const archiveVideo = (em: EntityManager, actor: Actor, id: string, expectedVersion: number) =>
  archiveRecord(em, actor, AwarenessVideo, id, expectedVersion, 'awarenessVideo.archive');
