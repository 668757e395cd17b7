/**
 * The videos featured with recognitions, batch-loaded for every recognition in a response and paged newest
 * first. The public hub asks for the ones still public; staff see them all.
 */
import DataLoader from 'dataloader';
import {
  type ConnectionArgs,
  type ConnectionShape,
  paginateLoaded,
  sortLoaded,
} from '../common/connection.js';
import { type Context, loader } from '../common/context.js';
import type { AwarenessVideo } from '../videos/awareness-video.entity.js';
import { VIDEOS_NEWEST_FIRST } from '../videos/video.children.js';
import { Recognition } from './recognition.entity.js';

/** The featured videos a reader sees: those not archived, newest first. */
export function publicFeaturedVideos(videos: readonly AwarenessVideo[]): AwarenessVideo[] {
  return sortLoaded(
    videos.filter((v) => !v.archivedAt),
    VIDEOS_NEWEST_FIRST.order,
  );
}

/** A page of featured videos already loaded and ordered (`publicFeaturedVideos`). */
export function pageOfFeaturedVideos(
  videos: readonly AwarenessVideo[],
  page: ConnectionArgs,
): ConnectionShape<AwarenessVideo> {
  return paginateLoaded(videos, VIDEOS_NEWEST_FIRST.order, page);
}

export async function featuredVideosOf(
  ctx: Context,
  recognitionId: string,
  page: ConnectionArgs,
  options: { publicOnly: boolean },
): Promise<ConnectionShape<AwarenessVideo>> {
  const batch = loader(
    ctx,
    `recognition.featuredVideos:${options.publicOnly}`,
    () =>
      new DataLoader<string, AwarenessVideo[]>(async (ids) => {
        const rows = await ctx.em.find(
          Recognition,
          { id: { $in: [...ids] } },
          { populate: ['featuredVideos'] },
        );
        const byRecognition = new Map(
          rows.map((r) => [
            r.id,
            options.publicOnly
              ? publicFeaturedVideos(r.featuredVideos.getItems())
              : sortLoaded(r.featuredVideos.getItems(), VIDEOS_NEWEST_FIRST.order),
          ]),
        );
        return ids.map((id) => byRecognition.get(id) ?? []);
      }),
  );
  const videos = await batch.load(recognitionId);
  return paginateLoaded(videos, VIDEOS_NEWEST_FIRST.order, page);
}
