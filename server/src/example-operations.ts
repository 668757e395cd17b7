/** The operation Apollo Sandbox opens with: a tour of the public API, and staff sign-in. */
export const EXAMPLE_OPERATIONS = `# Welcome to Beacon's GraphQL API. Run any operation below with the ▶ button.
# Public queries need no sign-in. For staff operations, run SignIn first (the session is a cookie).

query Campaigns {
  campaigns(first: 10) {
    totalCount
    nodes { id slug name hashtag startsOn endsOn spotlightCapacity }
  }
}

query CreatorsOnEatingDisorders {
  creators(first: 5, filter: { topic: EATING_DISORDERS }) {
    nodes {
      handle
      displayName
      region
      videos(first: 3) {
        nodes { title advisory { required warningText requiresOptIn minimumAge } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}

query CrisisResourcesForGB {
  crisisResources(region: "GB", first: 5) {
    nodes { name hours contacts { channel value instructions } lastVerifiedAt }
  }
}

mutation SignIn {
  signIn(input: { email: "admin@beacon.local", password: "change-me-please" }) {
    user { displayName role }
  }
}

query Me {
  me { displayName email role }
}
`;
