/**
 * "Edit grant" on a grant's page: its amount, currency, status, figure and note in the catalogue's edit
 * dialog, on the record's version. If someone saved the grant meanwhile, the conflict dialog shows both sets
 * of changes and nothing typed is lost. A save changes the totals per campaign and per organisation (the
 * cache refetches them: see common/graphql/cache.ts).
 */
import { VersionedEditDialog } from '../../common/forms/versioned-edit-dialog';
import type { GrantQuery as GrantResult } from '../../gql/graphql';
import {
  GRANT_DESCRIBE,
  GRANT_LABELS,
  GrantAmountFields,
  grantEditSchema,
  grantInput,
  grantValues,
} from './grant-form';
import { GrantQuery, UpdateGrantMutation } from './grants.operations';

type Grant = Parameters<typeof grantValues>[0] & { id: string; version: number };

const LATEST = {
  query: GrantQuery,
  pick: (data: GrantResult) =>
    data.node?.__typename === 'AdCreditGrant' && 'amount' in data.node ? (data.node as Grant) : null,
};

/** `title` names the grant, such as "Edit the grant to Open Door Helpline". */
export function EditGrantButton({ grant, title }: { grant: Grant; title: string }) {
  return (
    <VersionedEditDialog
      record={grant}
      title={title}
      buttonLabel="Edit grant"
      guard="disable"
      size="lg"
      schema={grantEditSchema}
      labels={GRANT_LABELS}
      describe={GRANT_DESCRIBE}
      valuesOf={grantValues}
      latest={LATEST}
      mutation={UpdateGrantMutation}
      input={grantInput}
      saved={(data) =>
        `${data.updateAdCreditGrant.grant.amount.formatted} to ${data.updateAdCreditGrant.grant.organisation.name} saved`
      }
      problemTitle="The grant was not saved"
      submitLabel="Save grant"
      fields={(form) => <GrantAmountFields form={form} />}
    />
  );
}
