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

/** Totals per campaign and per organisation, and the choices for the filters and the grant form. */
export const GrantTotalsQuery = graphql(`
  query GrantTotals {
    campaigns(first: 100) {
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
