/**
 * The operations Apollo Sandbox and the bundled explorer open with: a tour of the public API, and staff
 * sign-in with the configured admin's email (the password is never shown: the reader types theirs).
 */
export function exampleOperations(adminEmail: string): string {
  return `# Welcome to Beacon's GraphQL API. Run any operation below with the ▶ button.
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

# Replace the password with yours (BEACON_ADMIN_PASSWORD, or the one printed on first start).
mutation SignIn {
  signIn(input: { email: ${JSON.stringify(adminEmail)}, password: "your password" }) {
    user { displayName role }
  }
}

# Or, outside production with the demo programme, as a demo staff member:
#   editor@demo.beacon.local, reviewer@demo.beacon.local or publisher@demo.beacon.local
#   with the demo password (BEACON_DEMO_PASSWORD, "beacon-demo-team" unless changed).

query Me {
  me { displayName email role permissions }
}

# What needs a safety reviewer: nominations by others waiting longest, and the counts per stage.
query ReviewQueue {
  recognitions(first: 10, filter: { statuses: [NOMINATED], nominatedByMe: false }, orderBy: OLDEST_NOMINATION) {
    nodes {
      id citation nominatedAt
      creator { handle displayName }
      eligibility { name passed reason }
      notes { nodes { kind body createdAt author { displayName } } }
    }
  }
  recognitionStatusCounts { status count }
}

# A recognition's public hub card as a reader in GB would get it (paste an id from ReviewQueue).
query PreviewForGB($id: ID!) {
  spotlightPreview(recognitionId: $id, region: "GB") {
    shownInHub notShownBecause
    spotlight {
      rank citation creator { handle displayName }
      featuredVideos { nodes { title advisory { warningText requiresOptIn crisisResources { nodes { name } } } } }
    }
  }
  recordHistory(id: $id, first: 10) { nodes { action occurredAt actorName reason changedFields } }
}
`;
}
