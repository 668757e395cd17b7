/**
 * `node(id)` and `nodes(ids)`: fetch any object by its global ID. What a caller may fetch follows the same
 * visibility as the lists: public clients reach only public records; staff-only types answer null to them.
 */

import { PAGE_SIZE_MAX } from '@beacon/shared';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Campaign, ProgrammingWindow } from '../campaigns/campaign.entity.js';
import { PUBLIC_CAMPAIGN } from '../campaigns/campaign.service.js';
import { Creator } from '../creators/creator.entity.js';
import { PUBLIC_CREATOR } from '../creators/creator.service.js';
import { CreatorImport } from '../creators/creator-import.entity.js';
import { CrisisResource } from '../crisis-resources/crisis-resource.entity.js';
import { PUBLIC_CRISIS_RESOURCE } from '../crisis-resources/crisis-resource.service.js';
import { AdCreditGrant } from '../grants/ad-credit-grant.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { PUBLIC_ORGANISATION } from '../organisations/organisation.service.js';
import { Recognition } from '../recognitions/recognition.entity.js';
import { RecognitionNote } from '../recognitions/recognition-note.entity.js';
import { Permission } from '../staff/staff-role.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { TrainingEnrolment } from '../training/training-enrolment.entity.js';
import { TrainingSession } from '../training/training-session.entity.js';
import { AwarenessVideo } from '../videos/awareness-video.entity.js';
import { PUBLIC_VIDEO } from '../videos/video.service.js';
import { type Context, loader } from './context.js';
import { badInput } from './domain-error.js';
import { decodeGlobalId, entityTypeName, Node } from './node.js';
import { type VisibilityPolicy, visibilityPolicy, visibleWhere } from './visibility.js';

interface NodeSource {
  entity: EntityClass<object>;
  policy: VisibilityPolicy;
}

const source = (
  entity: EntityClass<object>,
  publicWhere: FilterQuery<object> | null,
  staffPermission = Permission.STAFF_READ,
): NodeSource => ({ entity, policy: visibilityPolicy(publicWhere, staffPermission) });

const SOURCES: Record<string, NodeSource> = Object.fromEntries(
  [
    source(Creator, PUBLIC_CREATOR as FilterQuery<object>),
    source(AwarenessVideo, PUBLIC_VIDEO as FilterQuery<object>),
    source(Campaign, PUBLIC_CAMPAIGN as FilterQuery<object>),
    source(ProgrammingWindow, { campaign: PUBLIC_CAMPAIGN }),
    source(Organisation, PUBLIC_ORGANISATION as FilterQuery<object>),
    source(CrisisResource, PUBLIC_CRISIS_RESOURCE as FilterQuery<object>),
    source(AdCreditGrant, null),
    source(CreatorImport, null, Permission.CATALOGUE_WRITE),
    source(TrainingSession, null),
    source(TrainingEnrolment, null),
    source(Recognition, null),
    source(RecognitionNote, null),
    source(StaffUser, null),
    source(AuditEvent, null, Permission.AUDIT_READ),
  ].map((s) => [entityTypeName(s.entity), s]),
);

/**
 * Fetches nodes by global ID, batched: one query per type whatever the number of IDs, in the order
 * asked, null for any that is unknown or not visible.
 */
function fetchNode(ctx: Context, globalId: string): Promise<Node | null> {
  const batch = loader(
    ctx,
    'node',
    () =>
      new DataLoader<string, Node | null>(async (globalIds) => {
        const decoded = globalIds.map((g) => decodeGlobalId(g));
        const idsByType = new Map<string, string[]>();
        for (const d of decoded) {
          if (d && SOURCES[d.type]) idsByType.set(d.type, [...(idsByType.get(d.type) ?? []), d.id]);
        }
        const found = new Map<string, Node>();
        for (const [type, ids] of idsByType) {
          const source = SOURCES[type] as NodeSource;
          const visible = visibleWhere(ctx, source.policy);
          if (!visible) continue;
          const rows = (await ctx.em.find(source.entity, {
            $and: [{ id: { $in: ids } }, visible],
          })) as Node[];
          for (const row of rows) found.set(`${type}:${row.id}`, row);
        }
        return decoded.map((d) => (d ? (found.get(`${d.type}:${d.id}`) ?? null) : null));
      }),
  );
  return batch.load(globalId);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Fetch an object by its global ID; null when it does not exist or is not visible to you.',
  })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'A global ID.' }) id: string) {
    return fetchNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Fetch several objects by global ID, in the order asked; null for any not found or not visible.',
  })
  async nodes(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: `Global IDs (at most ${PAGE_SIZE_MAX}).` }) ids: string[],
  ) {
    if (ids.length > PAGE_SIZE_MAX)
      throw badInput(`Ask for at most ${PAGE_SIZE_MAX} IDs`, [
        { path: 'ids', message: `must hold at most ${PAGE_SIZE_MAX} IDs` },
      ]);
    return Promise.all(ids.map((id) => fetchNode(ctx, id)));
  }
}
