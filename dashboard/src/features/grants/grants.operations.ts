/** Ad-credit grants and partner organisations: lists, one grant or organisation, totals, and changes. */
import { graphql } from '../../gql';

export const GrantsQuery = graphql(`
  query Grants(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: GrantFilter
    $orderBy: GrantOrder! = NEWEST
  ) {
    adCreditGrants(
      first: $first
      after: $after
      last: $last
      before: $before
      filter: $filter
      orderBy: $orderBy
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        status
        illustrative
        note
        amount {
          amountMinor
          currency
          formatted
        }
        organisation {
          id
          name
        }
        campaign {
          id
          name
          slug
        }
      }
    }
  }
`);

/**
 * Totals per campaign and per organisation, for the chart and table. Only the first 100 of each (campaigns
 * newest first, organisations by name): past that the page says how many it leaves out (no server query
 * totals grants by holder yet). The filters and "New grant" search every one (the choices below).
 */
export const GrantTotalsQuery = graphql(`
  query GrantTotals {
    campaigns(first: 100) {
      totalCount
      nodes {
        id
        name
        grantTotal {
          amountMinor
          currency
          formatted
        }
      }
    }
    organisations(first: 100) {
      totalCount
      nodes {
        id
        name
        grantTotal {
          amountMinor
          currency
          formatted
        }
      }
    }
  }
`);

/** The organisations matching what is typed in a grant's organisation choice (filter or "New grant"). */
export const GrantOrganisationChoicesQuery = graphql(`
  query GrantOrganisationChoices($search: String) {
    organisations(first: 20, filter: { search: $search }) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The campaigns matching what is typed (name, hashtag or slug), newest first. */
export const GrantCampaignChoicesQuery = graphql(`
  query GrantCampaignChoices($search: String) {
    campaigns(first: 20, filter: { search: $search }) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The organisation a grants list is filtered to, by id from the URL, named whether or not it was searched. */
export const GrantFilterOrganisationQuery = graphql(`
  query GrantFilterOrganisation($id: ID!) {
    node(id: $id) {
      id
      ... on Organisation {
        name
      }
    }
  }
`);

/** The campaign a grants list is filtered to, by id from the URL. */
export const GrantFilterCampaignQuery = graphql(`
  query GrantFilterCampaign($id: ID!) {
    node(id: $id) {
      id
      ... on Campaign {
        name
      }
    }
  }
`);

export const GrantQuery = graphql(`
  query Grant($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on AdCreditGrant {
        version
        status
        illustrative
        note
        createdAt
        archivedAt
        amount {
          amountMinor
          currency
          formatted
        }
        organisation {
          id
          name
        }
        campaign {
          id
          name
          slug
        }
      }
    }
  }
`);

export const CreateGrantMutation = graphql(`
  mutation CreateGrant($input: CreateAdCreditGrantInput!) {
    createAdCreditGrant(input: $input) {
      grant {
        id
        amount {
          formatted
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const UpdateGrantMutation = graphql(`
  mutation UpdateGrant($input: UpdateAdCreditGrantInput!) {
    updateAdCreditGrant(input: $input) {
      grant {
        id
        version
        status
        illustrative
        note
        amount {
          amountMinor
          currency
          formatted
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const OrganisationsQuery = graphql(`
  query Organisations(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: OrganisationFilter
  ) {
    organisations(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        name
        kind
        website
        regionsServed
        focusTopics
        grantTotal {
          amountMinor
          currency
          formatted
        }
      }
    }
  }
`);

export const OrganisationQuery = graphql(`
  query Organisation($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Organisation {
        version
        name
        kind
        website
        description
        regionsServed
        focusTopics
        grantTotal {
          amountMinor
          currency
          formatted
        }
        # The newest 100; past that the page links to /grants filtered to the organisation, which pages.
        grants(first: 100) {
          totalCount
          nodes {
            id
            status
            illustrative
            amount {
              amountMinor
              currency
              formatted
            }
            campaign {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
        version
        name
        kind
        website
        description
        regionsServed
        focusTopics
      }
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      organisation {
        id
        version
        name
        kind
        website
        description
        regionsServed
        focusTopics
      }
    }
  }
`);
