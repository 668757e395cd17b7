/** The audit log: every staff change, newest first, filtered by who, what, which kind of record and when. */
import { graphql } from '../../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        action
        occurredAt
        reason
        requestId
        targetGlobalId
        targetType
        before
        after
        actor {
          id
          displayName
        }
      }
    }
  }
`);

/** Everyone who could have made a change, deactivated accounts included, for the "Who" filter. */
export const AuditActorsQuery = graphql(`
  query AuditActors {
    staffUsers(first: 100, filter: { includeDeactivated: true }) {
      nodes {
        id
        displayName
        email
      }
    }
  }
`);
