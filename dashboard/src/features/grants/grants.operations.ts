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
 * The largest totals per campaign and per organisation, for the charts and their tables: summed by the
 * server over every unarchived grant in one currency (the one most grants are in unless `currency` is
 * given), with the grand total, how many hold grants in it, and the currencies there are to choose from.
 */
export const GrantTotalsQuery = graphql(`
  query GrantTotals($currency: String, $first: Int!) {
    byCampaign: adCreditGrantTotals(by: CAMPAIGN, currency: $currency, first: $first) {
      ...GrantTotalsParts
    }
    byOrganisation: adCreditGrantTotals(by: ORGANISATION, currency: $currency, first: $first) {
      ...GrantTotalsParts
    }
  }
`);

/** One set of totals (per campaign or per organisation) as the charts and their tables show it. */
export const GrantTotalsPartsFragment = graphql(`
  fragment GrantTotalsParts on GrantTotals {
    currency
    currencies
    holderCount
    grandTotal {
      amountMinor
      currency
      formatted
    }
    top {
      holder {
        ... on Campaign {
          id
          name
          archivedAt
        }
        ... on Organisation {
          id
          name
          archivedAt
        }
      }
      total {
        amountMinor
        currency
        formatted
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
