/** The videos of a creator as a nested connection, batch-loaded for all creators in a response. */
import type { FilterQuery } from '@mikro-orm/core';
import type { ChildListSpec } from '../common/batch.js';
import { childConnection } from '../common/batch.js';
import { type ConnectionArgs, ConnectionType } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { readsStaffData } from '../common/visibility.js';
import type { Creator } from '../creators/creator.entity.js';
import { AwarenessVideo } from './awareness-video.entity.js';

export const AwarenessVideoConnection = ConnectionType(AwarenessVideo, 'AwarenessVideo', 'awareness video');

/** Videos newest first: the order of every list of videos nested under another record. */
export const VIDEOS_NEWEST_FIRST: Pick<ChildListSpec<AwarenessVideo>, 'orderBy' | 'order'> = {
  orderBy: { publishedAt: 'desc', id: 'desc' },
  order: { key: (v) => [v.publishedAt, v.id], directions: ['desc', 'desc'] },
};

export function videosOfCreator(ctx: Context, creator: Creator, page: ConnectionArgs) {
  const where: FilterQuery<AwarenessVideo> = readsStaffData(ctx) ? {} : { archivedAt: null };
  return childConnection(
    ctx,
    { name: 'creator.videos', entity: AwarenessVideo, parentKey: 'creator', where, ...VIDEOS_NEWEST_FIRST },
    creator.id,
    page,
  );
}
