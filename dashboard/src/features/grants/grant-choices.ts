/**
 * The organisation and campaign a grant is for, chosen by searching the server (common/forms/search-select):
 * a programme has hundreds of organisations, and the first 100 loaded left the rest out of "New grant" and
 * the list's filters. The same choices serve both.
 */
import type {
  GrantCampaignChoicesQuery as CampaignChoices,
  GrantFilterCampaignQuery as CampaignName,
  GrantOrganisationChoicesQuery as OrganisationChoices,
  GrantFilterOrganisationQuery as OrganisationName,
} from '../../gql/graphql';
import {
  GrantCampaignChoicesQuery,
  GrantFilterCampaignQuery,
  GrantFilterOrganisationQuery,
  GrantOrganisationChoicesQuery,
} from './grants.operations';

export const organisationChoices = {
  query: GrantOrganisationChoicesQuery,
  variables: (search: string | null) => ({ search }),
  options: (data: OrganisationChoices) =>
    data.organisations.nodes.map((o) => ({ value: o.id, label: o.name })),
  nothingFound: 'No organisation by that name',
};

export const campaignChoices = {
  query: GrantCampaignChoicesQuery,
  variables: (search: string | null) => ({ search }),
  options: (data: CampaignChoices) => data.campaigns.nodes.map((c) => ({ value: c.id, label: c.name })),
  nothingFound: 'No campaign by that name or hashtag',
};

export const organisationName = {
  query: GrantFilterOrganisationQuery,
  // The cache's answer carries no __typename: the name is there only when the id is an organisation's.
  label: (data: OrganisationName) => (data.node && 'name' in data.node ? data.node.name : null),
};

export const campaignName = {
  query: GrantFilterCampaignQuery,
  label: (data: CampaignName) => (data.node && 'name' in data.node ? data.node.name : null),
};
