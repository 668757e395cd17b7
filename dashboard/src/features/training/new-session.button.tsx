/**
 * "New session": a dialog with the session form (editors and above). On success it opens the new
 * session's page; on failure what was typed stays, with the server's reasons next to the fields.
 */
import { Permission } from '@beacon/shared';
import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { CancelButton, FormModal } from '../../common/forms/form-modal';
import { FormProblem } from '../../common/forms/form-problem';
import { useBeaconForm } from '../../common/forms/use-beacon-form';
import { notify } from '../../common/notifications/notify';
import { Guarded } from '../../common/permissions/use-can';
import { userTimeZone } from '../../common/time/zoned-time';
import { SessionFields, sessionInput, sessionSchema } from './session-form';
import { CreateTrainingSessionMutation } from './training.operations';

export function NewSessionButton() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Guarded permission={Permission.CATALOGUE_WRITE}>
        {(props) => (
          <Button {...props} onClick={open}>
            New session
          </Button>
        )}
      </Guarded>
      <FormModal opened={opened} onClose={close} title="New training session" size="xl">
        {opened && <NewSessionForm />}
      </FormModal>
    </>
  );
}

function NewSessionForm() {
  const zone = userTimeZone();
  const { form, submit, problem } = useBeaconForm({
    schema: sessionSchema,
    defaultValues: {
      title: '',
      description: '',
      topic: 'SAFE_MESSAGING_SUICIDE',
      occasion: 'ONGOING',
      audience: 'CREATORS',
      capacity: 20,
      startsAt: { date: '', time: '10:00', timeZone: zone },
      endsAt: { date: '', time: '12:00', timeZone: zone },
    },
  });
  const [{ fetching }, create] = useMutation(CreateTrainingSessionMutation);
  const navigate = useNavigate();
  return (
    <form
      noValidate
      onSubmit={submit(async (values) => {
        const result = await create({ input: sessionInput(values) });
        const session = result.data?.createTrainingSession.session;
        if (session) {
          notify.success(`${session.title} added`);
          navigate(`/training/${encodeURIComponent(session.id)}`);
        }
        return result;
      })}
    >
      <FormProblem problem={problem} title="The session was not added" />
      <SessionFields form={form} />
      <Group justify="flex-end" mt="md">
        <CancelButton />
        <Button type="submit" loading={fetching}>
          Add session
        </Button>
      </Group>
    </form>
  );
}
