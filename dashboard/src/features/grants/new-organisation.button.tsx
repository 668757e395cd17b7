/** "New organisation": a dialog to add a partner organisation, then its page (catalogue writers). */
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
import { CreateOrganisationMutation } from './grants.operations';
import {
  EMPTY_ORGANISATION,
  OrganisationFields,
  organisationInput,
  organisationSchema,
} from './organisation-form';

export function NewOrganisationButton() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Guarded permission={Permission.CATALOGUE_WRITE}>
        {(props) => (
          <Button {...props} onClick={open}>
            New organisation
          </Button>
        )}
      </Guarded>
      <FormModal opened={opened} onClose={close} title="New organisation" size="lg">
        {opened && <NewOrganisationForm onDone={close} />}
      </FormModal>
    </>
  );
}

function NewOrganisationForm({ onDone }: { onDone: () => void }) {
  const { form, submit, problem } = useBeaconForm({
    schema: organisationSchema,
    defaultValues: EMPTY_ORGANISATION,
  });
  const [{ fetching }, create] = useMutation(CreateOrganisationMutation);
  const navigate = useNavigate();
  return (
    <form
      noValidate
      onSubmit={submit(async (values) => {
        const result = await create({ input: organisationInput(values) });
        const organisation = result.data?.createOrganisation.organisation;
        if (organisation) {
          notify.success(`${organisation.name} added`);
          onDone();
          navigate(`/organisations/${encodeURIComponent(organisation.id)}`);
        }
        return result;
      })}
    >
      <FormProblem problem={problem} title="The organisation was not added" />
      <OrganisationFields form={form} />
      <Group justify="flex-end" mt="md">
        <CancelButton />
        <Button type="submit" loading={fetching}>
          Add organisation
        </Button>
      </Group>
    </form>
  );
}
