/** The start page's operations: one work queue (a filtered list of recognitions with its total), the
 * programme's counts by stage, and the live feed that keeps both current. */
import { graphql } from '../../gql';

export const WorkQueueQuery = graphql(`
  query WorkQueue($first: Int!, $filter: RecognitionFilter!, $orderBy: RecognitionOrder!) {
    recognitions(first: $first, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes {
        id
        status
        nominatedAt
        reviewedAt
        approvedAt
        scheduledFor
        scheduledTimeZone
        scheduleFailure
        creator {
          id
          displayName
          handle
        }
        campaign {
          id
          slug
          name
        }
        nominatedBy {
          id
          displayName
        }
      }
    }
  }
`);

export const StatusCountsQuery = graphql(`
  query StatusCounts($filter: RecognitionFilter) {
    recognitionStatusCounts(filter: $filter) {
      status
      count
    }
  }
`);

export const RecognitionChangedSubscription = graphql(`
  subscription RecognitionChanged($campaignId: ID) {
    recognitionChanged(campaignId: $campaignId) {
      id
      status
      version
      rank
      # The campaign's version moves with a reorder: a board that follows live can reorder after it.
      campaign {
        id
        version
      }
    }
  }
`);
