/**
 * "Edit" on a crisis resource's page: its fields in a dialog, on the record's version. If someone saved it
 * meanwhile, the conflict dialog shows both sets of changes and nothing typed is lost.
 */
import { VersionedEditDialog } from '../../common/forms/versioned-edit-dialog';
import type { CrisisResourceQuery as CrisisResourceResult } from '../../gql/graphql';
import {
  RESOURCE_LABELS,
  ResourceFields,
  resourceInput,
  resourceSchema,
  resourceValues,
} from './crisis-resource-form';
import { CrisisResourceQuery, UpdateCrisisResourceMutation } from './crisis-resources.operations';

type Resource = Parameters<typeof resourceValues>[0] & { id: string; version: number };

const LATEST = {
  query: CrisisResourceQuery,
  pick: (data: CrisisResourceResult) => {
    const node = data.node;
    return node?.__typename === 'CrisisResource' && 'name' in node ? (node as Resource) : null;
  },
};

export function EditCrisisResourceButton({ resource }: { resource: Resource }) {
  return (
    <VersionedEditDialog
      record={resource}
      title={`Edit ${resource.name}`}
      schema={resourceSchema}
      labels={RESOURCE_LABELS}
      valuesOf={resourceValues}
      latest={LATEST}
      mutation={UpdateCrisisResourceMutation}
      input={resourceInput}
      saved={(data) => `${data.updateCrisisResource.crisisResource.name} saved`}
      problemTitle="The resource was not saved"
      submitLabel="Save resource"
      fields={(form) => <ResourceFields form={form} />}
    />
  );
}
