/** A campaign's programming windows as a nested connection, batch-loaded for every campaign in a response. */
import { childConnection } from '../common/batch.js';
import {
  type ConnectionArgs,
  type ConnectionShape,
  ConnectionType,
  type LoadedOrder,
  paginateLoaded,
  sortLoaded,
} from '../common/connection.js';
import type { Context } from '../common/context.js';
import { ProgrammingWindow } from './campaign.entity.js';

export const ProgrammingWindowConnection = ConnectionType(
  ProgrammingWindow,
  'ProgrammingWindow',
  'programming window',
);

/** Earliest first: the order of every list of programming windows. */
export const WINDOWS_EARLIEST_FIRST: LoadedOrder<ProgrammingWindow> = {
  key: (w) => [w.startsAt, w.id],
  directions: ['asc', 'asc'],
};

/**
 * A page of windows already loaded with their campaign, or undefined when `page` is one SQL must cut
 * (after a cursor, backwards), which `windowsOfCampaign` answers.
 */
export function pageOfLoadedWindows(
  windows: readonly ProgrammingWindow[],
  page: ConnectionArgs,
): ConnectionShape<ProgrammingWindow> | undefined {
  if (page.after != null || page.before != null || page.last != null) return undefined;
  return paginateLoaded(sortLoaded(windows, WINDOWS_EARLIEST_FIRST), WINDOWS_EARLIEST_FIRST, page);
}

export function windowsOfCampaign(ctx: Context, campaignId: string, page: ConnectionArgs) {
  return childConnection(
    ctx,
    {
      name: 'campaign.programmingWindows',
      entity: ProgrammingWindow,
      parentKey: 'campaign',
      orderBy: { startsAt: 'asc', id: 'asc' },
      order: WINDOWS_EARLIEST_FIRST,
    },
    campaignId,
    page,
  );
}
