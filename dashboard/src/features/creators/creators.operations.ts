/** The creators list: one page of creators matching the filters, with what staff check at a glance. */
import { graphql } from '../../gql';

export const CreatorsQuery = graphql(`
  query Creators($first: Int!, $after: String, $filter: CreatorFilter) {
    creators(first: $first, after: $after, filter: $filter, orderBy: HANDLE) {
      totalCount
      pageInfo {
        hasNextPage
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
          withdrawnAt
        }
      }
    }
  }
`);
