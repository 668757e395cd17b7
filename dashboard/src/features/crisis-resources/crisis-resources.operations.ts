/**
 * Crisis resources: those overdue a check, those a region's readers see, the staff directory of every one
 * (archived included), one resource, and "verified".
 */
import { graphql } from '../../gql';

export const StaleCrisisResourcesQuery = graphql(`
  query StaleCrisisResources($first: Int, $after: String, $last: Int, $before: String) {
    staleCrisisResources(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...CrisisResourceRow
      }
    }
  }
`);

export const RegionCrisisResourcesQuery = graphql(`
  query RegionCrisisResources($region: String, $first: Int, $after: String, $last: Int, $before: String) {
    crisisResources(region: $region, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...CrisisResourceRow
      }
    }
  }
`);

export const CrisisResourceDirectoryQuery = graphql(`
  query CrisisResourceDirectory(
    $filter: CrisisResourceDirectoryFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    crisisResourceDirectory(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...CrisisResourceRow
        archivedAt
      }
    }
  }
`);

export const CrisisResourceRowFragment = graphql(`
  fragment CrisisResourceRow on CrisisResource {
    id
    version
    name
    organisationName
    regions
    isGlobal
    topics
    hours
    lastVerifiedAt
    isStale
    contacts {
      channel
      value
      instructions
    }
  }
`);

export const CrisisResourceQuery = graphql(`
  query CrisisResource($id: ID!) {
    node(id: $id) {
      __typename
      id
      ...CrisisResourceRow
      ... on CrisisResource {
        topics
        languages
        archivedAt
      }
    }
  }
`);

export const MarkVerifiedMutation = graphql(`
  mutation MarkCrisisResourceVerified($input: MarkCrisisResourceVerifiedInput!) {
    markCrisisResourceVerified(input: $input) {
      crisisResource {
        id
        version
        lastVerifiedAt
        isStale
      }
    }
  }
`);

export const CreateCrisisResourceMutation = graphql(`
  mutation CreateCrisisResource($input: CreateCrisisResourceInput!) {
    createCrisisResource(input: $input) {
      crisisResource {
        id
        ...CrisisResourceRow
        topics
        languages
        archivedAt
      }
    }
  }
`);

export const UpdateCrisisResourceMutation = graphql(`
  mutation UpdateCrisisResource($input: UpdateCrisisResourceInput!) {
    updateCrisisResource(input: $input) {
      crisisResource {
        id
        ...CrisisResourceRow
        topics
        languages
        archivedAt
      }
    }
  }
`);
