/**
 * "Edit" on an organisation's page: its fields in a dialog, on the record's version. If someone saved it
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
import { OrganisationQuery, UpdateOrganisationMutation } from './grants.operations';
import {
  ORGANISATION_LABELS,
  OrganisationFields,
  organisationInput,
  organisationSchema,
  organisationValues,
} from './organisation-form';

type Organisation = Parameters<typeof organisationValues>[0] & { id: string; version: number };

export function EditOrganisationButton({ organisation }: { organisation: Organisation }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Guarded permission={Permission.CATALOGUE_WRITE} mode="hide">
        {(props) => (
          <Button variant="default" {...props} onClick={open}>
            Edit
          </Button>
        )}
      </Guarded>
      <Modal
        opened={opened}
        onClose={close}
        title={`Edit ${organisation.name}`}
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {opened && <EditOrganisationForm organisation={organisation} onDone={close} />}
      </Modal>
    </>
  );
}

function EditOrganisationForm({ organisation, onDone }: { organisation: Organisation; onDone: () => void }) {
  const client = useClient();
  const record = useMemo(
    () => ({ values: organisationValues(organisation), version: organisation.version }),
    [organisation],
  );
  const fetchLatest = useCallback(async () => {
    const result = await client
      .query(OrganisationQuery, { id: organisation.id }, { requestPolicy: 'network-only' })
      .toPromise();
    const node = result.data?.node;
    return node?.__typename === 'Organisation' && 'name' in node
      ? { values: organisationValues(node as Organisation), version: (node as Organisation).version }
      : null;
  }, [client, organisation.id]);
  const { form, submit, problem, expectedVersion, conflictDialog } = useVersionedForm({
    schema: organisationSchema,
    record,
    labels: ORGANISATION_LABELS,
    fetchLatest,
  });
  const [{ fetching }, update] = useMutation(UpdateOrganisationMutation);
  return (
    <form
      noValidate
      onSubmit={submit(async (values) => {
        const result = await update({
          input: { id: organisation.id, expectedVersion, ...organisationInput(values) },
        });
        if (result.data) {
          notify.success(`${result.data.updateOrganisation.organisation.name} saved`);
          onDone();
        }
        return result;
      })}
    >
      <FormProblem problem={problem} title="The organisation was not saved" />
      <OrganisationFields form={form} />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={fetching}>
          Save organisation
        </Button>
      </Group>
      {conflictDialog}
    </form>
  );
}
