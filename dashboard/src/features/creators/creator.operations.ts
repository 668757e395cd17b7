/**
 * One creator's profile: the editable details (with `version`), consent and what withdrawing it would take
 * down, training, videos with their advisories and safe-messaging findings, and spotlight history.
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

export const CreatorTrainingQuery = graphql(`
  query CreatorTraining($id: ID!) {
    node(id: $id) {
      id
      ... on Creator {
        enrolments(first: 50) {
          totalCount
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

export const CreatorRecognitionsQuery = graphql(`
  query CreatorRecognitions($creatorId: ID!) {
    recognitions(filter: { creatorId: $creatorId }, first: 50) {
      totalCount
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
