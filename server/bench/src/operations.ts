/**
 * The GraphQL operations the benchmark sends, as clients send them: the in-app hub's query (anonymous),
 * the dashboard's staff lists, a nested list, a staff write and a publish.
 */

/** What the in-app awareness hub asks for: everything it shows on one screen. */
export const HUB_QUERY = `query Hub($campaign: String!, $region: String) {
  hub(campaign: $campaign, region: $region) {
    region
    campaign { id slug name hashtag theme description startsOn endsOn }
    programmingWindows(first: 10) { nodes { id title description startsAt endsAt timeZone } }
    spotlights(first: 10) {
      nodes {
        rank
        citation
        publishedAt
        creator { id handle displayName bio region languages topics followerCount profileUrl }
        featuredVideos(first: 3) {
          nodes {
            id title caption url publishedAt durationSeconds strategy topics hashtags
            metrics { views likes shares }
            advisory {
              required requiresOptIn minimumAge sensitiveTopics warningText
              crisisResources(first: 3) { nodes { id name contacts { channel value instructions } hours } }
            }
          }
        }
      }
    }
    partners(first: 20) { nodes { id name kind website description } }
    crisisResources(first: 5) {
      nodes { id name organisationName contacts { channel value instructions } hours languages lastVerifiedAt }
    }
  }
}`;

export const TYPENAME_QUERY = '{ __typename }';

const creatorFields = 'id handle displayName region followerCount status topics createdAt';
/** What a public client may ask of a creator (`status` is staff-only). */
const publicCreatorFields = 'id handle displayName region followerCount topics createdAt';
const videoFields =
  'id title publishedAt strategy topics metrics { views } advisory { required } creator { handle }';

export const creatorsQuery = (
  withCount: boolean,
  publicOnly = false,
) => `query Creators($first: Int!, $after: String, $filter: CreatorFilter) {
  creators(first: $first, after: $after, filter: $filter, orderBy: HANDLE) {
    ${withCount ? 'totalCount' : ''}
    nodes { ${publicOnly ? publicCreatorFields : creatorFields} }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const videosQuery = (
  withCount: boolean,
) => `query Videos($first: Int!, $after: String, $filter: VideoFilter) {
  awarenessVideos(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {
    ${withCount ? 'totalCount' : ''}
    nodes { ${videoFields} }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Creators with their newest videos: one nested connection per parent. */
export const NESTED_QUERY = `query Nested($first: Int!) {
  creators(first: $first, orderBy: HANDLE) {
    nodes { handle videos(first: 5) { nodes { id title publishedAt } } }
  }
}`;

export const UPDATE_CREATOR = `mutation UpdateCreator($input: UpdateCreatorInput!) {
  updateCreator(input: $input) { creator { id version followerCount } }
}`;

export const PUBLISH = `mutation Publish($input: VersionedInput!) {
  publishRecognition(input: $input) { recognition { id status rank } }
}`;

/** Relay global IDs as Beacon issues them (graphql-relay's `toGlobalId`). */
export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
export const localId = (global: string) =>
  Buffer.from(global, 'base64').toString().split(':').slice(1).join(':');
