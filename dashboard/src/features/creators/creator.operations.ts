/**
 * One creator's profile: the editable details (with `version`), consent and what withdrawing it would take
 * down, training, videos with their advisories and safe-messaging findings, and spotlight history. The
 * lists (training, videos, spotlights) page through every row: none stops at a fixed number.
 */
import { graphql } from '../../gql';

export const CreatorProfileQuery = graphql(`
  query CreatorProfile($id: ID!) {
    node(id: $id) {
      id
      ... on Creator {
        handle
        displayName
        bio
        region
        languages
        topics
        followerCount
        profileUrl
        status
        archivedAt
        createdAt
        version
        consent {
          active
          scope
          givenAt
          withdrawnAt
        }
        safetyFindings {
          field
          ruleId
          severity
          start
          end
          excerpt
          message
          suggestion
        }
      }
    }
  }
`);

export const CreatorConsentImpactQuery = graphql(`
  query CreatorConsentImpact($id: ID!) {
    node(id: $id) {
      id
      ... on Creator {
        consentWithdrawalImpact {
          id
          status
          scheduledFor
          campaign {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * One page of a creator's training enrolments, oldest first (the server's one order). A root list, so
 * enrolling or withdrawing anyone refetches it by name (cache.ts), wherever that happened.
 */
export const CreatorEnrolmentsQuery = graphql(`
  query CreatorEnrolments($creatorId: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    trainingEnrolments(
      filter: { creatorId: $creatorId }
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
        attended
        completed
        completedAt
        session {
          id
          title
          topic
          startsAt
          endsAt
          timeZone
        }
      }
    }
  }
`);

/**
 * What the safe-messaging badge is worked out from: the creator's completed enrolments, the newest 100
 * (enrolments list oldest first, so the last page). Any completion in the last 12 months is among them
 * unless the creator enrolled in, and completed, 100 more trainings after it.
 */
export const CreatorCompletedTrainingQuery = graphql(`
  query CreatorCompletedTraining($creatorId: ID!) {
    trainingEnrolments(filter: { creatorId: $creatorId, completed: true }, last: 100) {
      totalCount
      nodes {
        id
        completed
        completedAt
        session {
          id
          title
          topic
        }
      }
    }
  }
`);

export const CreatorVideosQuery = graphql(`
  query CreatorVideos($id: ID!, $after: String) {
    node(id: $id) {
      id
      ... on Creator {
        videos(first: 20, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            version
            title
            caption
            url
            publishedAt
            topics
            advisory {
              required
              warningText
              warningOverridden
              requiresOptIn
              minimumAge
              sensitiveTopics
            }
          }
        }
      }
    }
  }
`);

/** One page of a creator's recognitions in every campaign and at every stage, newest nomination first. */
export const CreatorRecognitionsQuery = graphql(`
  query CreatorRecognitions($creatorId: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    recognitions(
      filter: { creatorId: $creatorId }
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
        status
        rank
        nominatedAt
        publishedAt
        withdrawnAt
        withdrawalReason
        scheduledFor
        campaign {
          id
          name
          slug
        }
      }
    }
  }
`);

export const UpdateCreatorMutation = graphql(`
  mutation UpdateCreator($input: UpdateCreatorInput!) {
    updateCreator(input: $input) {
      creator {
        id
        version
        handle
        displayName
        bio
        region
        languages
        topics
        followerCount
        profileUrl
        status
        updatedAt
        safetyFindings {
          field
          ruleId
          severity
          start
          end
          excerpt
          message
          suggestion
        }
      }
    }
  }
`);

export const RecordConsentMutation = graphql(`
  mutation RecordCreatorConsent($input: RecordConsentInput!) {
    recordCreatorConsent(input: $input) {
      creator {
        id
        version
        updatedAt
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

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawCreatorConsent($input: WithdrawConsentInput!) {
    withdrawCreatorConsent(input: $input) {
      creator {
        id
        version
        updatedAt
        consent {
          active
          scope
          givenAt
          withdrawnAt
        }
        consentWithdrawalImpact {
          id
        }
      }
    }
  }
`);

export const OverrideAdvisoryMutation = graphql(`
  mutation OverrideVideoAdvisory($input: UpdateVideoInput!) {
    updateAwarenessVideo(input: $input) {
      video {
        id
        version
        advisory {
          required
          warningText
          warningOverridden
          requiresOptIn
          minimumAge
          sensitiveTopics
        }
      }
    }
  }
`);
