/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query RecordHistory($id: ID!, $first: Int!, $after: String) {\n    recordHistory(id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorName\n        occurredAt\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.RecordHistoryDocument,
    "\n  query AuditEvents($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        action\n        occurredAt\n        reason\n        requestId\n        targetGlobalId\n        targetType\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditActors {\n    staffUsers(first: 100, filter: { includeDeactivated: true }) {\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilter) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        hashtag\n        theme\n        startsOn\n        endsOn\n        spotlightCapacity\n        archivedAt\n      }\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  query Campaign($slug: String!) {\n    campaign(slug: $slug) {\n      id\n      slug\n      name\n      hashtag\n      theme\n      description\n      startsOn\n      endsOn\n      spotlightCapacity\n      archivedAt\n      programmingWindows(first: 100) {\n        totalCount\n        nodes {\n          id\n          title\n          description\n          startsAt\n          endsAt\n          timeZone\n        }\n      }\n      partners(first: 100) {\n        totalCount\n        nodes {\n          id\n          name\n          kind\n          website\n          description\n        }\n      }\n    }\n  }\n": typeof types.CampaignDocument,
    "\n  query Creators(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: CreatorFilter\n    $orderBy: CreatorOrder! = HANDLE\n  ) {\n    creators(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        handle\n        displayName\n        region\n        topics\n        followerCount\n        status\n        consent {\n          active\n          scope\n          givenAt\n          withdrawnAt\n        }\n      }\n    }\n  }\n": typeof types.CreatorsDocument,
};
const documents: Documents = {
    "\n  query RecordHistory($id: ID!, $first: Int!, $after: String) {\n    recordHistory(id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorName\n        occurredAt\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.RecordHistoryDocument,
    "\n  query AuditEvents($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        action\n        occurredAt\n        reason\n        requestId\n        targetGlobalId\n        targetType\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditActors {\n    staffUsers(first: 100, filter: { includeDeactivated: true }) {\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.AuditActorsDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilter) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        hashtag\n        theme\n        startsOn\n        endsOn\n        spotlightCapacity\n        archivedAt\n      }\n    }\n  }\n": types.CampaignsDocument,
    "\n  query Campaign($slug: String!) {\n    campaign(slug: $slug) {\n      id\n      slug\n      name\n      hashtag\n      theme\n      description\n      startsOn\n      endsOn\n      spotlightCapacity\n      archivedAt\n      programmingWindows(first: 100) {\n        totalCount\n        nodes {\n          id\n          title\n          description\n          startsAt\n          endsAt\n          timeZone\n        }\n      }\n      partners(first: 100) {\n        totalCount\n        nodes {\n          id\n          name\n          kind\n          website\n          description\n        }\n      }\n    }\n  }\n": types.CampaignDocument,
    "\n  query Creators(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: CreatorFilter\n    $orderBy: CreatorOrder! = HANDLE\n  ) {\n    creators(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        handle\n        displayName\n        region\n        topics\n        followerCount\n        status\n        consent {\n          active\n          scope\n          givenAt\n          withdrawnAt\n        }\n      }\n    }\n  }\n": types.CreatorsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordHistory($id: ID!, $first: Int!, $after: String) {\n    recordHistory(id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorName\n        occurredAt\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordHistory($id: ID!, $first: Int!, $after: String) {\n    recordHistory(id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorName\n        occurredAt\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        action\n        occurredAt\n        reason\n        requestId\n        targetGlobalId\n        targetType\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        action\n        occurredAt\n        reason\n        requestId\n        targetGlobalId\n        targetType\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    staffUsers(first: 100, filter: { includeDeactivated: true }) {\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    staffUsers(first: 100, filter: { includeDeactivated: true }) {\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilter) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        hashtag\n        theme\n        startsOn\n        endsOn\n        spotlightCapacity\n        archivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilter) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        hashtag\n        theme\n        startsOn\n        endsOn\n        spotlightCapacity\n        archivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaign($slug: String!) {\n    campaign(slug: $slug) {\n      id\n      slug\n      name\n      hashtag\n      theme\n      description\n      startsOn\n      endsOn\n      spotlightCapacity\n      archivedAt\n      programmingWindows(first: 100) {\n        totalCount\n        nodes {\n          id\n          title\n          description\n          startsAt\n          endsAt\n          timeZone\n        }\n      }\n      partners(first: 100) {\n        totalCount\n        nodes {\n          id\n          name\n          kind\n          website\n          description\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Campaign($slug: String!) {\n    campaign(slug: $slug) {\n      id\n      slug\n      name\n      hashtag\n      theme\n      description\n      startsOn\n      endsOn\n      spotlightCapacity\n      archivedAt\n      programmingWindows(first: 100) {\n        totalCount\n        nodes {\n          id\n          title\n          description\n          startsAt\n          endsAt\n          timeZone\n        }\n      }\n      partners(first: 100) {\n        totalCount\n        nodes {\n          id\n          name\n          kind\n          website\n          description\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Creators(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: CreatorFilter\n    $orderBy: CreatorOrder! = HANDLE\n  ) {\n    creators(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        handle\n        displayName\n        region\n        topics\n        followerCount\n        status\n        consent {\n          active\n          scope\n          givenAt\n          withdrawnAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Creators(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: CreatorFilter\n    $orderBy: CreatorOrder! = HANDLE\n  ) {\n    creators(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        handle\n        displayName\n        region\n        topics\n        followerCount\n        status\n        consent {\n          active\n          scope\n          givenAt\n          withdrawnAt\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;