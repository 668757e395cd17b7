/**
 * The spotlight workflow's operations: nominating (with the eligibility checks asked before anything is
 * created), one recognition with its thread and hub-card preview, and every workflow step. Each step
 * selects the whole recognition back, so the page updates in place from the answer (and from Graphcache's
 * optimistic status before it).
 */
import { graphql } from '../../gql';

export const RecognitionFields = graphql(`
  fragment RecognitionFields on Recognition {
    id
    version
    status
    citation
    rank
    nominatedAt
    reviewedAt
    approvedAt
    scheduledFor
    scheduledTimeZone
    scheduleFailure
    publishedAt
    withdrawnAt
    withdrawalReason
    updatedAt
    nominatedBy {
      id
      displayName
    }
    reviewedBy {
      id
      displayName
    }
    approvedBy {
      id
      displayName
    }
    scheduledBy {
      id
      displayName
    }
    publishedBy {
      id
      displayName
    }
    withdrawnBy {
      id
      displayName
    }
    creator {
      id
      handle
      displayName
      region
      topics
    }
    campaign {
      id
      slug
      name
      hashtag
      spotlightCapacity
    }
    eligibility {
      name
      passed
      reason
      at
    }
    safetyFindings {
      ruleId
      severity
      message
      excerpt
      start
      end
      suggestion
    }
    featuredVideos(first: 5) {
      nodes {
        id
        title
        topics
        advisory {
          required
          warningText
          requiresOptIn
        }
      }
    }
    # The newest page of the thread (NOTES_PAGE in note-thread.tsx); older pages load on request.
    notes(last: 20) {
      totalCount
      pageInfo {
        hasPreviousPage
        startCursor
      }
      nodes {
        ...NoteFields
      }
    }
  }
`);

export const NoteFields = graphql(`
  fragment NoteFields on RecognitionNote {
    id
    kind
    body
    createdAt
    author {
      id
      displayName
    }
  }
`);

/** A page of a recognition's thread before a cursor: "Show older notes". */
export const OlderNotesQuery = graphql(`
  query RecognitionOlderNotes($id: ID!, $before: String!, $last: Int!) {
    recognition(id: $id) {
      id
      notes(last: $last, before: $before) {
        pageInfo {
          hasPreviousPage
          startCursor
        }
        nodes {
          ...NoteFields
        }
      }
    }
  }
`);

export const RecognitionQuery = graphql(`
  query Recognition($id: ID!) {
    recognition(id: $id) {
      ...RecognitionFields
    }
  }
`);

export const SpotlightPreviewQuery = graphql(`
  query SpotlightPreview($recognitionId: ID!, $region: String) {
    spotlightPreview(recognitionId: $recognitionId, region: $region) {
      shownInHub
      notShownBecause
      region
      spotlight {
        rank
        citation
        publishedAt
        creator {
          id
          displayName
          handle
        }
        featuredVideos(first: 5) {
          nodes {
            id
            title
            url
            advisory {
              required
              warningText
              requiresOptIn
              minimumAge
              sensitiveTopics
            }
          }
        }
      }
      crisisResources(first: 10) {
        nodes {
          id
          name
          organisationName
          hours
          contacts {
            channel
            value
            instructions
          }
        }
      }
    }
  }
`);

export const RecognitionChangedSubscription = graphql(`
  subscription RecognitionPageChanged($campaignId: ID) {
    recognitionChanged(campaignId: $campaignId) {
      ...RecognitionFields
    }
  }
`);

export const NominationCampaignQuery = graphql(`
  query NominationCampaign($slug: String!) {
    campaign(slug: $slug) {
      id
      slug
      name
      hashtag
      spotlightCapacity
      archivedAt
    }
  }
`);

export const CreatorOptionsQuery = graphql(`
  query CreatorOptions($search: String) {
    creators(first: 20, filter: { search: $search }) {
      nodes {
        id
        handle
        displayName
        region
        topics
        status
      }
    }
  }
`);

/**
 * A creator's videos to feature, the first 50 matching what is typed (title or caption): a prolific creator
 * has more, and the total says when the list stops short.
 */
export const NominationCreatorVideosQuery = graphql(`
  query NominationCreatorVideos($creatorId: ID!, $search: String) {
    awarenessVideos(first: 50, filter: { creatorId: $creatorId, search: $search }) {
      totalCount
      nodes {
        id
        title
        topics
        publishedAt
        advisory {
          required
          warningText
          requiresOptIn
          sensitiveTopics
        }
      }
    }
  }
`);

export const NominationEligibilityQuery = graphql(`
  query NominationEligibility($campaignId: ID!, $creatorId: ID!, $featuredVideoIds: [ID!]!, $citation: String) {
    nominationEligibility(
      campaignId: $campaignId
      creatorId: $creatorId
      featuredVideoIds: $featuredVideoIds
      citation: $citation
    ) {
      eligible
      nominationBlockers
      checks {
        name
        passed
        reason
        at
      }
      liveNomination {
        id
        status
      }
    }
  }
`);

export const NominateMutation = graphql(`
  mutation NominateCreator($input: NominateInput!) {
    nominateCreator(input: $input) {
      recognition {
        ...RecognitionFields
      }
    }
  }
`);

export const EditNominationMutation = graphql(`
  mutation EditNomination($input: EditNominationInput!) {
    editNomination(input: $input) {
      recognition {
        ...RecognitionFields
      }
    }
  }
`);

export const ReviewMutation = graphql(`
  mutation ReviewNomination($input: ReviewInput!) {
    reviewNomination(input: $input) {
      recognition {
        ...RecognitionFields
      }
    }
  }
`);

export const ApproveMutation = graphql(`
  mutation ApproveRecognition($input: VersionedInput!) {
    approveRecognition(input: $input) {
      recognition {
        ...RecognitionFields
      }
    }
  }
`);

export const ScheduleMutation = graphql(`
  mutation ScheduleRecognition($input: ScheduleInput!) {
    scheduleRecognition(input: $input) {
      recognition {
        ...RecognitionFields
      }
    }
  }
`);

export const UnscheduleMutation = graphql(`
  mutation UnscheduleRecognition($input: VersionedInput!) {
    unscheduleRecognition(input: $input) {
      recognition {
        ...RecognitionFields
      }
    }
  }
`);

export const PublishMutation = graphql(`
  mutation PublishRecognition($input: VersionedInput!) {
    publishRecognition(input: $input) {
      recognition {
        ...RecognitionFields
      }
    }
  }
`);

export const WithdrawMutation = graphql(`
  mutation WithdrawRecognition($input: WithdrawInput!) {
    withdrawRecognition(input: $input) {
      recognition {
        ...RecognitionFields
      }
    }
  }
`);

export const AddNoteMutation = graphql(`
  mutation AddRecognitionNote($input: AddRecognitionNoteInput!) {
    addRecognitionNote(input: $input) {
      note {
        id
      }
      recognition {
        ...RecognitionFields
      }
    }
  }
`);
