/** A campaign's programming windows as a nested connection, batch-loaded for every campaign in a response. */
import { childConnection } from '../common/batch.js';
import { type ConnectionArgs, ConnectionType } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { ProgrammingWindow } from './campaign.entity.js';

export const ProgrammingWindowConnection = ConnectionType(
  ProgrammingWindow,
  'ProgrammingWindow',
  'programming window',
);

export function windowsOfCampaign(ctx: Context, campaignId: string, page: ConnectionArgs) {
  return childConnection(
    ctx,
    {
      name: 'campaign.programmingWindows',
      entity: ProgrammingWindow,
      parentKey: 'campaign',
      orderBy: { startsAt: 'asc', id: 'asc' },
      order: { key: (w) => [w.startsAt, w.id], directions: ['asc', 'asc'] },
    },
    campaignId,
    page,
  );
}
