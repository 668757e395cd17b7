/**
 * Enrolments as nested connections of a creator, an organisation or a session, batch-loaded with their
 * sessions, and each session's enrolment counts, batch-loaded for every session on a page.
 */
import { raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { childConnection } from '../common/batch.js';
import { type ConnectionArgs, ConnectionType } from '../common/connection.js';
import { type Context, loader } from '../common/context.js';
import type { Creator } from '../creators/creator.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { TrainingEnrolment } from './training-enrolment.entity.js';
import { TrainingSession } from './training-session.entity.js';

export const TrainingSessionConnection = ConnectionType(
  TrainingSession,
  'TrainingSession',
  'training session',
);

export const TrainingEnrolmentConnection = ConnectionType(
  TrainingEnrolment,
  'TrainingEnrolment',
  'training enrolment',
);

const oldestFirst = {
  orderBy: { createdAt: 'asc', id: 'asc' },
  order: { key: (e: TrainingEnrolment) => [e.createdAt, e.id], directions: ['asc', 'asc'] },
} as const;

const live = { archivedAt: null };

export function enrolmentsOfCreator(ctx: Context, creator: Creator, page: ConnectionArgs) {
  return childConnection(
    ctx,
    {
      name: 'creator.enrolments',
      entity: TrainingEnrolment,
      parentKey: 'creator',
      where: live,
      populate: ['session'],
      ...oldestFirst,
    },
    creator.id,
    page,
  );
}

export function enrolmentsOfOrganisation(ctx: Context, organisation: Organisation, page: ConnectionArgs) {
  return childConnection(
    ctx,
    {
      name: 'organisation.enrolments',
      entity: TrainingEnrolment,
      parentKey: 'organisation',
      where: live,
      populate: ['session'],
      ...oldestFirst,
    },
    organisation.id,
    page,
  );
}

export function enrolmentsOfSession(ctx: Context, session: TrainingSession, page: ConnectionArgs) {
  return childConnection(
    ctx,
    {
      name: 'session.enrolments',
      entity: TrainingEnrolment,
      parentKey: 'session',
      where: live,
      ...oldestFirst,
    },
    session.id,
    page,
  );
}

/** How many live (not withdrawn) enrolments a session has, and how many of them completed it. */
export interface EnrolmentCounts {
  enrolled: number;
  completed: number;
}

interface CountRow {
  session_id: string;
  enrolled: number | string;
  completed: number | string;
}

/** Live and completed enrolments of each session, in one grouped COUNT. */
async function countEnrolments(ctx: Context, sessionIds: readonly string[]): Promise<EnrolmentCounts[]> {
  const rows = await (ctx.em as SqlEntityManager)
    .createQueryBuilder(TrainingEnrolment, 'e')
    .select(['e.session', raw('count(*) as enrolled'), raw('count(e.completed_at) as completed')])
    .where({ archivedAt: null, session: { $in: [...sessionIds] } })
    .groupBy('e.session')
    .execute<CountRow[]>('all', false);
  // PostgreSQL returns COUNT as a bigint string, SQLite as a number.
  const found = new Map(
    rows.map((r) => [r.session_id, { enrolled: Number(r.enrolled), completed: Number(r.completed) }]),
  );
  return sessionIds.map((id) => found.get(id) ?? { enrolled: 0, completed: 0 });
}

/** The enrolment counts of `session`, batched with every other session resolved in the same tick. */
export function enrolmentCountsOf(ctx: Context, session: TrainingSession): Promise<EnrolmentCounts> {
  const batch = loader(
    ctx,
    'session.enrolmentCounts',
    () => new DataLoader<string, EnrolmentCounts>((ids) => countEnrolments(ctx, ids)),
  );
  return batch.load(session.id);
}
