/**
 * Editing a campaign: its details, capacity and partners (`updateCampaign`), and its programming windows
 * (`addProgrammingWindow`, `removeProgrammingWindow`). Each mutation answers with the campaign in the same
 * shape as the board's `Campaign` query, so the normalised cache updates the board without a refetch.
 */
import { graphql } from '../../gql';

/**
 * The organisations matching what staff type in the partners picker: the server searches every one (a
 * programme has hundreds), rather than the picker filtering a first hundred it loaded.
 */
export const PartnerOptionsQuery = graphql(`
  query PartnerOptions($search: String) {
    organisations(first: 20, filter: { search: $search }) {
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
        # A campaign has at most 100 partners (PARTNERS_MAX in campaign.inputs.ts): this is all of them.
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
