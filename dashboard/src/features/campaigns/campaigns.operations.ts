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
