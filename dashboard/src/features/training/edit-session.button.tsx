/**
 * "Edit session": the session form in a dialog, on the record's version. If someone else saved the session
 * meanwhile, the conflict dialog shows both sets of changes and nothing typed is lost.
 */
import { VersionedEditDialog } from '../../common/forms/versioned-edit-dialog';
import type { TrainingSessionQuery as TrainingSessionResult } from '../../gql/graphql';
import { SESSION_LABELS, SessionFields, sessionInput, sessionSchema, sessionValues } from './session-form';
import { TrainingSessionQuery, UpdateTrainingSessionMutation } from './training.operations';

type Session = Parameters<typeof sessionValues>[0] & { id: string; version: number };

const LATEST = {
  query: TrainingSessionQuery,
  pick: (data: TrainingSessionResult) =>
    data.node?.__typename === 'TrainingSession' ? (data.node as Session) : null,
};

export function EditSessionButton({ session }: { session: Session }) {
  return (
    <VersionedEditDialog
      record={session}
      title={`Edit ${session.title}`}
      buttonLabel="Edit session"
      guard="disable"
      schema={sessionSchema}
      labels={SESSION_LABELS}
      valuesOf={sessionValues}
      latest={LATEST}
      mutation={UpdateTrainingSessionMutation}
      input={sessionInput}
      saved={(data) => `${data.updateTrainingSession.session.title} saved`}
      submitLabel="Save session"
      fields={(form) => <SessionFields form={form} />}
    />
  );
}
