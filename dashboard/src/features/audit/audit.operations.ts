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

/**
 * The staff matching what is typed in the "Who" filter (name or email), deactivated accounts included: a
 * first page of 100 left anyone past it out of the filter in a large team.
 */
export const AuditActorsQuery = graphql(`
  query AuditActors($search: String) {
    staffUsers(first: 20, filter: { search: $search, includeDeactivated: true }) {
      nodes {
        id
        displayName
        email
      }
    }
  }
`);

/** The actor the log is filtered to, by id from the URL, named whether or not a search met them. */
export const AuditActorNameQuery = graphql(`
  query AuditActorName($id: ID!) {
    node(id: $id) {
      id
      ... on StaffUser {
        displayName
      }
    }
  }
`);
