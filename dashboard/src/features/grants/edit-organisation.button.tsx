/**
 * "Edit" on an organisation's page: its fields in a dialog, on the record's version. If someone saved it
 * meanwhile, the conflict dialog shows both sets of changes and nothing typed is lost.
 */
import { VersionedEditDialog } from '../../common/forms/versioned-edit-dialog';
import type { OrganisationQuery as OrganisationResult } from '../../gql/graphql';
import { OrganisationQuery, UpdateOrganisationMutation } from './grants.operations';
import {
  ORGANISATION_LABELS,
  OrganisationFields,
  organisationInput,
  organisationSchema,
  organisationValues,
} from './organisation-form';

type Organisation = Parameters<typeof organisationValues>[0] & { id: string; version: number };

const LATEST = {
  query: OrganisationQuery,
  pick: (data: OrganisationResult) => {
    const node = data.node;
    return node?.__typename === 'Organisation' && 'name' in node ? (node as Organisation) : null;
  },
};

export function EditOrganisationButton({ organisation }: { organisation: Organisation }) {
  return (
    <VersionedEditDialog
      record={organisation}
      title={`Edit ${organisation.name}`}
      size="lg"
      schema={organisationSchema}
      labels={ORGANISATION_LABELS}
      valuesOf={organisationValues}
      latest={LATEST}
      mutation={UpdateOrganisationMutation}
      input={organisationInput}
      saved={(data) => `${data.updateOrganisation.organisation.name} saved`}
      problemTitle="The organisation was not saved"
      submitLabel="Save organisation"
      fields={(form) => <OrganisationFields form={form} />}
    />
  );
}
