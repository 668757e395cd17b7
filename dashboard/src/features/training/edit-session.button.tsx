/**
 * "Edit session": the session form in a dialog, on the record's version. If someone else saved the session
 * meanwhile, the conflict dialog shows both sets of changes and nothing typed is lost.
 */
import { Permission } from '@beacon/shared';
import { Button, Group, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback, useMemo } from 'react';
import { useClient, useMutation } from 'urql';
import { useVersionedForm } from '../../common/conflict/use-versioned-form';
import { FormProblem } from '../../common/forms/form-problem';
import { notify } from '../../common/notifications/notify';
import { Guarded } from '../../common/permissions/use-can';
import { SESSION_LABELS, SessionFields, sessionInput, sessionSchema, sessionValues } from './session-form';
import { TrainingSessionQuery, UpdateTrainingSessionMutation } from './training.operations';

type Session = Parameters<typeof sessionValues>[0] & { id: string; version: number };

export function EditSessionButton({ session }: { session: Session }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Guarded permission={Permission.CATALOGUE_WRITE}>
        {(props) => (
          <Button variant="default" {...props} onClick={open}>
            Edit session
          </Button>
        )}
      </Guarded>
      <Modal
        opened={opened}
        onClose={close}
        title={`Edit ${session.title}`}
        size="xl"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {opened && <EditSessionForm session={session} onDone={close} />}
      </Modal>
    </>
  );
}

function EditSessionForm({ session, onDone }: { session: Session; onDone: () => void }) {
  const client = useClient();
  const record = useMemo(() => ({ values: sessionValues(session), version: session.version }), [session]);
  const fetchLatest = useCallback(async () => {
    const result = await client
      .query(TrainingSessionQuery, { id: session.id }, { requestPolicy: 'network-only' })
      .toPromise();
    const node = result.data?.node;
    return node?.__typename === 'TrainingSession'
      ? { values: sessionValues(node), version: node.version }
      : null;
  }, [client, session.id]);
  const { form, submit, problem, expectedVersion, conflictDialog } = useVersionedForm({
    schema: sessionSchema,
    record,
    labels: SESSION_LABELS,
    fetchLatest,
  });
  const [{ fetching }, update] = useMutation(UpdateTrainingSessionMutation);
  return (
    <form
      noValidate
      onSubmit={submit(async (values) => {
        const result = await update({ input: { id: session.id, expectedVersion, ...sessionInput(values) } });
        if (result.data) {
          notify.success(`${result.data.updateTrainingSession.session.title} saved`);
          onDone();
        }
        return result;
      })}
    >
      <FormProblem problem={problem} />
      <SessionFields form={form} />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={fetching}>
          Save session
        </Button>
      </Group>
      {conflictDialog}
    </form>
  );
}
