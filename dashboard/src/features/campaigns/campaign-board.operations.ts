/**
 * The campaign board's operations: the spotlight (published in rank order, scheduled soonest first), the
 * pipeline (counts by stage and the recognitions in flight), the critical-moments calendar with the training
 * sessions before each moment, and the reorder.
 */
import { graphql } from '../../gql';

export const SpotlightFields = graphql(`
  fragment SpotlightFields on Recognition {
    id
    status
    rank
    version
    publishedAt
    scheduledFor
    scheduledTimeZone
    scheduleFailure
    nominatedAt
    creator {
      id
      displayName
      handle
    }
  }
`);

export const CampaignBoardQuery = graphql(`
  query CampaignBoard($campaignId: ID!, $pipelineStatuses: [RecognitionStatus!]!) {
    published: recognitions(
      first: 100
      filter: { campaignId: $campaignId, statuses: [PUBLISHED] }
      orderBy: RANK
    ) {
      totalCount
      nodes {
        ...SpotlightFields
      }
    }
    scheduled: recognitions(
      first: 100
      filter: { campaignId: $campaignId, statuses: [SCHEDULED] }
      orderBy: SCHEDULED_SOONEST
    ) {
      totalCount
      nodes {
        ...SpotlightFields
      }
    }
    pipeline: recognitions(
      first: 100
      filter: { campaignId: $campaignId, statuses: $pipelineStatuses }
      orderBy: OLDEST_NOMINATION
    ) {
      totalCount
      nodes {
        ...SpotlightFields
      }
    }
    recognitionStatusCounts(filter: { campaignId: $campaignId }) {
      status
      count
    }
  }
`);

export const CriticalMomentsQuery = graphql(`
  query CriticalMoments($year: Int!) {
    criticalMoments(year: $year) {
      name
      occasion
      startsOn
      endsOn
      # A card shows the first 50; past that it says so and links to the training list filtered to them all.
      trainingSessionsBefore(first: 50) {
        totalCount
        nodes {
          id
          title
          audience
          startsAt
          endsAt
          timeZone
          seatsLeft
          capacity
          facilitator {
            id
            name
          }
        }
      }
    }
  }
`);

export const ReorderSpotlightMutation = graphql(`
  mutation ReorderSpotlight($input: ReorderSpotlightInput!) {
    reorderSpotlight(input: $input) {
      id
      rank
      version
      # The campaign's new version, so a next move sends it without waiting for a refetch.
      campaign {
        id
        version
      }
    }
  }
`);

export const CampaignSlugByIdQuery = graphql(`
  query CampaignSlugById($id: ID!) {
    node(id: $id) {
      id
      ... on Campaign {
        slug
      }
    }
  }
`);
