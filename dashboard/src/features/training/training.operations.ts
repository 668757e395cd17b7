/** Training sessions: the list, one session with its enrolments, and the changes staff make to them. */
import { graphql } from '../../gql';

export const TrainingSessionsQuery = graphql(`
  query TrainingSessions(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: TrainingSessionFilter
  ) {
    trainingSessions(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        title
        topic
        occasion
        audience
        startsAt
        endsAt
        timeZone
        capacity
        enrolledCount
        completedCount
        seatsLeft
        archivedAt
        facilitator {
          id
          name
        }
      }
    }
  }
`);

export const TrainingSessionQuery = graphql(`
  query TrainingSession($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on TrainingSession {
        version
        title
        description
        topic
        occasion
        audience
        startsAt
        endsAt
        timeZone
        capacity
        enrolledCount
        completedCount
        seatsLeft
        archivedAt
        facilitator {
          id
          name
        }
      }
    }
  }
`);

/**
 * One page of a session's enrolments, oldest first: a session takes up to 10,000, so its page lists them a
 * page at a time rather than stopping at the first hundred. A root list, so enrolling or withdrawing
 * refetches it by name (cache.ts).
 */
export const SessionEnrolmentsQuery = graphql(`
  query SessionEnrolments($sessionId: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    trainingEnrolments(
      filter: { sessionId: $sessionId }
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        version
        attended
        attendedAt
        completed
        completedAt
        creator {
          id
          handle
          displayName
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const CreateTrainingSessionMutation = graphql(`
  mutation CreateTrainingSession($input: CreateTrainingSessionInput!) {
    createTrainingSession(input: $input) {
      session {
        id
        title
      }
    }
  }
`);

export const UpdateTrainingSessionMutation = graphql(`
  mutation UpdateTrainingSession($input: UpdateTrainingSessionInput!) {
    updateTrainingSession(input: $input) {
      session {
        id
        version
        title
        description
        topic
        occasion
        audience
        startsAt
        endsAt
        timeZone
        capacity
        enrolledCount
        seatsLeft
      }
    }
  }
`);

export const EnrolInTrainingMutation = graphql(`
  mutation EnrolInTraining($input: EnrolInTrainingInput!) {
    enrolInTraining(input: $input) {
      enrolment {
        id
        creator {
          id
          handle
          displayName
        }
        organisation {
          id
          name
        }
        session {
          id
          enrolledCount
          seatsLeft
        }
      }
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordTrainingAttendance($input: RecordTrainingAttendanceInput!) {
    recordTrainingAttendance(input: $input) {
      enrolment {
        id
        version
        attended
        attendedAt
        completed
        completedAt
        session {
          id
          completedCount
        }
      }
    }
  }
`);

export const RecordCompletionMutation = graphql(`
  mutation RecordTrainingCompletion($input: RecordTrainingCompletionInput!) {
    recordTrainingCompletion(input: $input) {
      enrolment {
        id
        version
        attended
        attendedAt
        completed
        completedAt
        session {
          id
          completedCount
        }
      }
    }
  }
`);

export const WithdrawEnrolmentMutation = graphql(`
  mutation WithdrawTrainingEnrolment($input: ArchiveInput!) {
    archiveTrainingEnrolment(input: $input) {
      enrolment {
        id
        session {
          id
          enrolledCount
          completedCount
          seatsLeft
        }
      }
    }
  }
`);

/** Who can be enrolled: creators or organisations matching what staff type. */
export const EnroleeCreatorsQuery = graphql(`
  query EnroleeCreators($search: String) {
    creators(first: 20, filter: { search: $search }) {
      nodes {
        id
        handle
        displayName
      }
    }
  }
`);

export const EnroleeOrganisationsQuery = graphql(`
  query EnroleeOrganisations($search: String) {
    organisations(first: 20, filter: { search: $search }) {
      nodes {
        id
        name
      }
    }
  }
`);
