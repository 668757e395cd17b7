/**
 * Editing a campaign: its details, capacity and partners (`updateCampaign`), and its programming windows
 * (`addProgrammingWindow`, `removeProgrammingWindow`). Each mutation answers with the campaign in the same
 * shape as the board's `Campaign` query, so the normalised cache updates the board without a refetch.
 */
import { graphql } from '../../gql';

export const PartnerOptionsQuery = graphql(`
  query PartnerOptions {
    organisations(first: 100) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      campaign {
        id
        slug
        name
        hashtag
        theme
        description
        startsOn
        endsOn
        spotlightCapacity
        archivedAt
        version
        partners(first: 100) {
          totalCount
          nodes {
            id
            name
            kind
            website
            description
          }
        }
      }
    }
  }
`);

export const AddProgrammingWindowMutation = graphql(`
  mutation AddProgrammingWindow($input: AddProgrammingWindowInput!) {
    addProgrammingWindow(input: $input) {
      campaign {
        id
        version
        programmingWindows(first: 100) {
          totalCount
          nodes {
            id
            title
            description
            startsAt
            endsAt
            timeZone
          }
        }
      }
    }
  }
`);

export const RemoveProgrammingWindowMutation = graphql(`
  mutation RemoveProgrammingWindow($input: RemoveProgrammingWindowInput!) {
    removeProgrammingWindow(input: $input) {
      campaign {
        id
        version
        programmingWindows(first: 100) {
          totalCount
          nodes {
            id
            title
            description
            startsAt
            endsAt
            timeZone
          }
        }
      }
    }
  }
`);
