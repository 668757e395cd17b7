/**
 * Awareness videos for staff: the list (search, filters, order, page), one video's page (caption with its
 * findings, advisory, edits and archive), the advisory as a reader in a region gets it, and the spotlights
 * that feature the video.
 */
import { graphql } from '../../gql';

export const VideosQuery = graphql(`
  query Videos(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: VideoFilter
    $orderBy: VideoOrder! = NEWEST
  ) {
    awarenessVideos(
      first: $first
      after: $after
      last: $last
      before: $before
      filter: $filter
      orderBy: $orderBy
    ) {
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
        title
        caption
        topics
        publishedAt
        archivedAt
        metrics {
          views
        }
        creator {
          id
          handle
          displayName
        }
        advisory {
          required
          warningOverridden
          requiresOptIn
          minimumAge
        }
        safetyFindings {
          ruleId
          severity
        }
      }
    }
  }
`);

export const VideoQuery = graphql(`
  query Video($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on AwarenessVideo {
        version
        title
        caption
        url
        publishedAt
        durationSeconds
        strategy
        topics
        hashtags
        archivedAt
        updatedAt
        metrics {
          views
          likes
          shares
        }
        creator {
          id
          handle
          displayName
          region
        }
        advisory {
          required
          warningText
          warningOverridden
          requiresOptIn
          minimumAge
          sensitiveTopics
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

export const VideoReaderAdvisoryQuery = graphql(`
  query VideoReaderAdvisory($id: ID!, $region: String) {
    node(id: $id) {
      __typename
      id
      ... on AwarenessVideo {
        title
        advisory {
          required
          warningText
          requiresOptIn
          minimumAge
          sensitiveTopics
          crisisResources(region: $region, first: 5) {
            nodes {
              id
              name
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
    }
  }
`);

/** One page of the spotlights featuring a video, at every stage, newest nomination first. */
export const VideoSpotlightsQuery = graphql(`
  query VideoSpotlights($videoId: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    recognitions(
      filter: { featuredVideoId: $videoId }
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
        scheduledFor
        publishedAt
        campaign {
          id
          name
          slug
        }
      }
    }
  }
`);

/**
 * The spotlights archiving a video would matter to (those not yet over), counted by the server and the
 * first of them named, for the confirmation before archiving.
 */
export const VideoLiveSpotlightsQuery = graphql(`
  query VideoLiveSpotlights($videoId: ID!, $statuses: [RecognitionStatus!]!, $first: Int!) {
    recognitions(filter: { featuredVideoId: $videoId, statuses: $statuses }, first: $first) {
      totalCount
      nodes {
        id
        status
        rank
        campaign {
          id
          name
        }
      }
    }
  }
`);

export const UpdateVideoMutation = graphql(`
  mutation UpdateVideo($input: UpdateVideoInput!) {
    updateAwarenessVideo(input: $input) {
      video {
        id
        version
        caption
        hashtags
        durationSeconds
        updatedAt
        advisory {
          required
          warningText
          warningOverridden
          requiresOptIn
          minimumAge
          sensitiveTopics
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

export const ArchiveVideoMutation = graphql(`
  mutation ArchiveVideo($input: ArchiveInput!) {
    archiveAwarenessVideo(input: $input) {
      video {
        id
        version
        archivedAt
        updatedAt
      }
    }
  }
`);
