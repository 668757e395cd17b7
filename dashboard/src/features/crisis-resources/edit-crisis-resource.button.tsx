/**
 * "Edit" on a crisis resource's page: its fields in a dialog, on the record's version. If someone saved it
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
import {
  RESOURCE_LABELS,
  ResourceFields,
  resourceInput,
  resourceSchema,
  resourceValues,
} from './crisis-resource-form';
import { CrisisResourceQuery, UpdateCrisisResourceMutation } from './crisis-resources.operations';

type Resource = Parameters<typeof resourceValues>[0] & { id: string; version: number };

export function EditCrisisResourceButton({ resource }: { resource: Resource }) {
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
        title={`Edit ${resource.name}`}
        size="xl"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {opened && <EditCrisisResourceForm resource={resource} onDone={close} />}
      </Modal>
    </>
  );
}

function EditCrisisResourceForm({ resource, onDone }: { resource: Resource; onDone: () => void }) {
  const client = useClient();
  const record = useMemo(() => ({ values: resourceValues(resource), version: resource.version }), [resource]);
  const fetchLatest = useCallback(async () => {
    const result = await client
      .query(CrisisResourceQuery, { id: resource.id }, { requestPolicy: 'network-only' })
      .toPromise();
    const node = result.data?.node;
    return node?.__typename === 'CrisisResource' && 'name' in node
      ? { values: resourceValues(node as Resource), version: (node as Resource).version }
      : null;
  }, [client, resource.id]);
  const { form, submit, problem, expectedVersion, conflictDialog } = useVersionedForm({
    schema: resourceSchema,
    record,
    labels: RESOURCE_LABELS,
    fetchLatest,
  });
  const [{ fetching }, update] = useMutation(UpdateCrisisResourceMutation);
  return (
    <form
      noValidate
      onSubmit={submit(async (values) => {
        const result = await update({
          input: { id: resource.id, expectedVersion, ...resourceInput(values) },
        });
        if (result.data) {
          notify.success(`${result.data.updateCrisisResource.crisisResource.name} saved`);
          onDone();
        }
        return result;
      })}
    >
      <FormProblem problem={problem} title="The resource was not saved" />
      <ResourceFields form={form} />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={fetching}>
          Save resource
        </Button>
      </Group>
      {conflictDialog}
    </form>
  );
}
