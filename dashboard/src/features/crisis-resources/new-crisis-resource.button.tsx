/** "New crisis resource": a dialog to add a helpline, then its page (catalogue writers). */
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
import { EMPTY_RESOURCE, ResourceFields, resourceInput, resourceSchema } from './crisis-resource-form';
import { CreateCrisisResourceMutation } from './crisis-resources.operations';

export function NewCrisisResourceButton() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Guarded permission={Permission.CATALOGUE_WRITE}>
        {(props) => (
          <Button {...props} onClick={open}>
            New crisis resource
          </Button>
        )}
      </Guarded>
      <FormModal opened={opened} onClose={close} title="New crisis resource" size="xl">
        {opened && <NewCrisisResourceForm onDone={close} />}
      </FormModal>
    </>
  );
}

function NewCrisisResourceForm({ onDone }: { onDone: () => void }) {
  const { form, submit, problem } = useBeaconForm({ schema: resourceSchema, defaultValues: EMPTY_RESOURCE });
  const [{ fetching }, create] = useMutation(CreateCrisisResourceMutation);
  const navigate = useNavigate();
  return (
    <form
      noValidate
      onSubmit={submit(async (values) => {
        const result = await create({ input: resourceInput(values) });
        const resource = result.data?.createCrisisResource.crisisResource;
        if (resource) {
          notify.success(`${resource.name} added`);
          onDone();
          navigate(`/crisis-resources/${encodeURIComponent(resource.id)}`);
        }
        return result;
      })}
    >
      <FormProblem problem={problem} title="The resource was not added" />
      <ResourceFields form={form} />
      <Group justify="flex-end" mt="md">
        <CancelButton />
        <Button type="submit" loading={fetching}>
          Add resource
        </Button>
      </Group>
    </form>
  );
}
