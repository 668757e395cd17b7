/** One record's audit trail, as staff read it on the record's page. */
import { graphql } from '../../gql';

export const RecordHistoryQuery = graphql(`
  query RecordHistory($id: ID!, $first: Int!, $after: String) {
    recordHistory(id: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        action
        actorName
        occurredAt
        reason
        changes {
          field
          before
          after
        }
      }
    }
  }
`);
