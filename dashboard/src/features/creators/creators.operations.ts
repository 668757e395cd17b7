/** The creators list: one page of creators matching the filters, with what staff check at a glance. */
import { graphql } from '../../gql';

export const CreatorsQuery = graphql(`
  query Creators(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: CreatorFilter
    $orderBy: CreatorOrder! = HANDLE
  ) {
    creators(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        handle
        displayName
        region
        topics
        followerCount
        status
        consent {
          active
          scope
          givenAt
          withdrawnAt
        }
      }
    }
  }
`);
