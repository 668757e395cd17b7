/** Campaign operations: the list staff browse and the detail of one campaign. */
import { graphql } from '../../gql';

export const CampaignsQuery = graphql(`
  query Campaigns(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: CampaignFilter
    $orderBy: CampaignOrder! = NEWEST
  ) {
    campaigns(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        slug
        name
        hashtag
        theme
        startsOn
        endsOn
        spotlightCapacity
        archivedAt
      }
    }
  }
`);

export const CampaignQuery = graphql(`
  query Campaign($slug: String!) {
    campaign(slug: $slug) {
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
      # A campaign has at most 100 windows (PROGRAMMING_WINDOWS_MAX): this is all of them. Should a database
      # from before that limit hold more, the board and the edit page say how many are not shown (notAllShown).
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
      # A campaign has at most 100 partners (PARTNERS_MAX in campaign.inputs.ts): this is all of them, and the
      # edit form's partner list starts from it, so a save never drops a partner it did not load.
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
`);
