/** Enrolments as nested connections of a creator or a session, batch-loaded with their sessions. */
import { childConnection } from '../common/batch.js';
import { type ConnectionArgs, ConnectionType } from '../common/connection.js';
import type { Context } from '../common/context.js';
import type { Creator } from '../creators/creator.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { TrainingEnrolment } from './training-enrolment.entity.js';
import type { TrainingSession } from './training-session.entity.js';

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
