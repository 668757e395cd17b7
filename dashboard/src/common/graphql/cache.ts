/**
 * Graphcache: the dashboard's one normalised store of server data. Everything about how server data is
 * kept lives here, so a feature adds its mutation's list updates and optimistic result in this file.
 *
 * - Lists are paged one page at a time (creators, campaigns…): each page is kept apart, keyed by its
 *   arguments, so Back and Forward between pages answer from the cache.
 * - Keys: Beacon's IDs are Relay global IDs, unique across types, so records are keyed by `id` alone and
 *   `node(id)` can answer from the cache. Types with no id (connections, edges, page info, consent,
 *   findings, checks, money…) are embedded in their parent; the list is derived from the schema, so a new
 *   type needs no entry.
 * - Updates: a workflow step or a live `recognitionChanged` event changes which list a recognition
 *   belongs to, so lists of recognitions are refetched; the recognition itself updates in place.
 * - Optimistic results: workflow steps show their new status at once and roll back if the server refuses.
 */
import {
  type Cache,
  type CacheExchangeOpts,
  cacheExchange,
  type KeyingConfig,
  type ResolveInfo,
} from '@urql/exchange-graphcache';
import type { IntrospectionObjectType, IntrospectionTypeRef } from 'graphql';
import schema from '../../gql/introspection';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** Every object type without an `id` field is data inside its parent, not a record of its own. */
export const embeddedTypes: string[] = schema.__schema.types
  .filter(
    (type): type is IntrospectionObjectType =>
      type.kind === 'OBJECT' && !ROOT_TYPES.has(type.name) && !type.name.startsWith('__'),
  )
  .filter((type) => !type.fields.some((field) => field.name === 'id'))
  .map((type) => type.name);

const keys: KeyingConfig = Object.fromEntries(embeddedTypes.map((name) => [name, () => null]));

/** Lists and counts that depend on a recognition's status or rank: refetched when one changes. */
const RECOGNITION_LISTS = new Set(['recognitions', 'recognitionStatusCounts', 'hub']);

function invalidateRecognitionLists(cache: Cache) {
  for (const field of cache.inspectFields('Query')) {
    if (RECOGNITION_LISTS.has(field.fieldName))
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

/**
 * The campaign's fields that can move when one of its recognitions does: those holding objects (lists,
 * totals, counters). Its own attributes (name, slug, capacity…) do not, and must stay: a workflow step's
 * answer and every open page select them, and emptying the whole record would read those back as missing
 * (the step's result then arrives without its recognition).
 */
const unwrap = (type: IntrospectionTypeRef): IntrospectionTypeRef =>
  'ofType' in type && type.ofType ? unwrap(type.ofType) : type;
const CAMPAIGN_DERIVED_FIELDS = new Set(
  (
    schema.__schema.types.find((type) => type.name === 'Campaign') as IntrospectionObjectType | undefined
  )?.fields
    .filter((field) => unwrap(field.type).kind === 'OBJECT')
    .map((field) => field.name) ?? [],
);

/** Like invalidateRecognitionLists, and the campaign's derived fields (its lists and counters). */
function recognitionChanged(cache: Cache, campaignId: string | undefined) {
  invalidateRecognitionLists(cache);
  if (!campaignId) return;
  const campaign = cache.keyOfEntity({ __typename: 'Campaign', id: campaignId });
  if (!campaign) return;
  for (const field of cache.inspectFields(campaign)) {
    if (CAMPAIGN_DERIVED_FIELDS.has(field.fieldName))
      cache.invalidate(campaign, field.fieldName, field.arguments ?? undefined);
  }
}

/**
 * A record's history (the audit timeline on its page) gains an entry with every change to it: the pages of
 * `recordHistory` for that record are fetched again, or the page would say "No changes recorded yet"
 * right after the step its reader took.
 */
function invalidateHistoryOf(cache: Cache, recordId: string | undefined) {
  if (!recordId) return;
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'recordHistory' && field.arguments?.id === recordId)
      cache.invalidate('Query', field.fieldName, field.arguments);
  }
}

/** Creator lists filter and sort on what these change (consent, standing, names): refetched after them. */
const invalidateCreatorLists = (cache: Cache) => invalidateLists(cache, 'creators');

/** Every page and filter of a root list (`trainingSessions`, `adCreditGrants`, …): refetched when next read. */
function invalidateLists(cache: Cache, ...fieldNames: string[]) {
  for (const field of cache.inspectFields('Query')) {
    if (fieldNames.includes(field.fieldName))
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

const CREATOR_LIST_CHANGES = [
  'createCreator',
  'updateCreator',
  'archiveCreator',
  'recordCreatorConsent',
  'commitCreatorImport',
] as const;

/**
 * A grant added, changed or archived: the grant lists, the totals of every currency per campaign and per
 * organisation (its amount can move any holder up or down them), and the totals and grant lists of its
 * organisation and campaign (looked up through the grant's links when the mutation did not select them).
 */
function grantChanged(cache: Cache, payload: unknown) {
  invalidateLists(cache, 'adCreditGrants', 'adCreditGrantTotals', 'campaigns', 'organisations');
  const grant = (payload as { grant?: { id?: string } } | null)?.grant;
  if (!grant?.id) return;
  for (const [field, typename] of [
    ['organisation', 'Organisation'],
    ['campaign', 'Campaign'],
  ] as const) {
    const link = cache.resolve({ __typename: 'AdCreditGrant', id: grant.id }, field);
    if (typeof link !== 'string') continue;
    const id = cache.resolve(link, 'id') as string | undefined;
    if (!id) continue;
    for (const f of cache.inspectFields({ __typename: typename, id }))
      if (f.fieldName === 'grantTotal' || f.fieldName === 'grants')
        cache.invalidate({ __typename: typename, id }, f.fieldName, f.arguments ?? undefined);
  }
}

/**
 * The session an enrolment payload belongs to, refetched whole (its counters), and every page of
 * enrolments: a session's page and a creator's page both list them through the root `trainingEnrolments`
 * (filtered to the session or the creator), so enrolling someone on the session's page, or withdrawing
 * them, shows on their own page too.
 */
function invalidateSessionOf(cache: Cache, payload: unknown) {
  invalidateLists(cache, 'trainingEnrolments');
  const session = (payload as { enrolment?: { session?: { id?: string } } } | null)?.enrolment?.session;
  if (session?.id) cache.invalidate({ __typename: 'TrainingSession', id: session.id });
}

/**
 * A completion moves an enrolment into the lists of completed ones (`trainingEnrolments` filtered on
 * `completed`, which a creator's safe-messaging badge reads); lists of every enrolment update in place.
 */
function invalidateCompletedEnrolments(cache: Cache) {
  for (const field of cache.inspectFields('Query')) {
    const filter = field.arguments?.filter as { completed?: boolean | null } | null | undefined;
    if (field.fieldName === 'trainingEnrolments' && filter?.completed != null)
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

type Args<T> = { input: T };
type Versioned = { id: string; expectedVersion: number };

/** The payload a workflow step returns, with the status the server will give it if it agrees. */
const stepTo =
  <T extends Versioned>(status: string | ((input: T) => string), extra: (input: T) => object = () => ({})) =>
  (args: Args<T>) => ({
    __typename: 'RecognitionPayload',
    recognition: {
      __typename: 'Recognition',
      id: args.input.id,
      status: typeof status === 'function' ? status(args.input) : status,
      ...extra(args.input),
    },
  });

const REVIEW_OUTCOME: Record<string, string> = {
  SIGN_OFF: 'SAFETY_REVIEWED',
  RETURN_FOR_CHANGES: 'RETURNED_FOR_CHANGES',
  REJECT: 'REJECTED',
};

/** Mutations that move a recognition through its lifecycle (see the server's lifecycle.ts). */
const WORKFLOW_STEPS = [
  'nominateCreator',
  'editNomination',
  'reviewNomination',
  'approveRecognition',
  'scheduleRecognition',
  'unscheduleRecognition',
  'publishRecognition',
  'withdrawRecognition',
] as const;

type RecognitionPayload = { recognition?: { campaign?: { id?: string } | null } | null } | null;

const campaignOf = (cache: Cache, result: Record<string, unknown>, field: string): string | undefined => {
  const payload = result[field] as RecognitionPayload;
  const recognition = payload?.recognition as { id?: string } | undefined;
  const fromResult = payload?.recognition?.campaign?.id;
  if (fromResult) return fromResult;
  // The selection may not include the campaign; the cache may still know it.
  if (!recognition?.id) return undefined;
  const link = cache.resolve({ __typename: 'Recognition', id: recognition.id }, 'campaign');
  return typeof link === 'string' ? (cache.resolve(link, 'id') as string | undefined) : undefined;
};

/** The cache's configuration, exported for tests that build their own client. */
export const cacheConfig = {
  schema,
  keys,
  globalIDs: true,
  resolvers: {
    Query: {
      // Answer node(id) and nodes(ids) from records already loaded under any query. A record the cache has
      // never seen falls back to what the server answered for this node(id): null for one that does not
      // exist, so a "not found" page shows instead of asking again for ever.
      node: (_parent, args, cache, info) => {
        const id = args.id as string;
        if (cache.resolve(id, '__typename')) return id;
        return cache.resolve(info.parentKey, info.fieldName, args) as string | null | undefined;
      },
      nodes: (_parent, args) => args.ids as string[],
    },
  },
  updates: {
    Mutation: {
      // Not for optimistic results: emptying the lists then would refetch them before the server has
      // acted, and the stale answer would hide the optimistic status.
      ...Object.fromEntries(
        WORKFLOW_STEPS.map((step) => [
          step,
          (result: Record<string, unknown>, _args: unknown, cache: Cache, info: ResolveInfo) => {
            if (info.optimistic) return;
            recognitionChanged(cache, campaignOf(cache, result, step));
            invalidateHistoryOf(
              cache,
              (result[step] as { recognition?: { id?: string } } | null)?.recognition?.id,
            );
          },
        ]),
      ),
      ...Object.fromEntries(
        CREATOR_LIST_CHANGES.map((mutation) => [
          mutation,
          (_result: unknown, _args: unknown, cache: Cache) => invalidateCreatorLists(cache),
        ]),
      ),
      // Withdrawing consent takes the creator's published and scheduled spotlights down with it.
      withdrawCreatorConsent: (_result, _args, cache) => {
        invalidateCreatorLists(cache);
        invalidateRecognitionLists(cache);
      },
      // Catalogue lists: a record added or archived changes which records a list holds.
      // A video's caption change moves it in or out of "has findings"; archiving hides it from the list.
      updateAwarenessVideo: (_result, _args, cache) => invalidateLists(cache, 'awarenessVideos'),
      archiveAwarenessVideo: (_result, _args, cache) => invalidateLists(cache, 'awarenessVideos'),
      createTrainingSession: (_result, _args, cache) => invalidateLists(cache, 'trainingSessions'),
      archiveTrainingSession: (_result, _args, cache) => invalidateLists(cache, 'trainingSessions'),
      // A grant added or archived changes the grant lists and every total it counts towards.
      createAdCreditGrant: (result, _args, cache) => grantChanged(cache, result.createAdCreditGrant),
      archiveAdCreditGrant: (result, _args, cache) => grantChanged(cache, result.archiveAdCreditGrant),
      updateAdCreditGrant: (result, _args, cache) => grantChanged(cache, result.updateAdCreditGrant),
      // An invited or deactivated member joins or leaves the staff lists.
      createStaffUser: (_result, _args, cache) => invalidateLists(cache, 'staffUsers'),
      deactivateStaffUser: (_result, _args, cache) => invalidateLists(cache, 'staffUsers'),
      // A verified resource leaves the "overdue a check" list and the staff directory's overdue filter
      // (and joins its "checked" one).
      markCrisisResourceVerified: (_result, _args, cache) =>
        invalidateLists(cache, 'staleCrisisResources', 'crisisResourceDirectory'),
      // A new or changed resource may join, leave or move in a region's list (regions, name), the overdue
      // one or the staff directory (name, region, topics).
      createCrisisResource: (_result, _args, cache) =>
        invalidateLists(cache, 'crisisResources', 'staleCrisisResources', 'crisisResourceDirectory'),
      updateCrisisResource: (_result, _args, cache) =>
        invalidateLists(cache, 'crisisResources', 'staleCrisisResources', 'crisisResourceDirectory'),
      // Campaigns are listed by name or first day and found by name, hashtag or slug: a changed one moves.
      updateCampaign: (_result, _args, cache) => invalidateLists(cache, 'campaigns'),
      // Organisations are listed by name and filtered by kind: a new or renamed one moves.
      createOrganisation: (_result, _args, cache) => invalidateLists(cache, 'organisations'),
      updateOrganisation: (_result, _args, cache) => invalidateLists(cache, 'organisations'),
      // Enrolling or withdrawing changes the session's enrolment list, not only its counters.
      enrolInTraining: (result, _args, cache) => invalidateSessionOf(cache, result.enrolInTraining),
      archiveTrainingEnrolment: (result, _args, cache) =>
        invalidateSessionOf(cache, result.archiveTrainingEnrolment),
      recordTrainingCompletion: (_result, _args, cache) => invalidateCompletedEnrolments(cache),
      reorderSpotlight: (_result, args, cache, info) => {
        if (!info.optimistic)
          recognitionChanged(cache, (args as Args<{ campaignId: string }>).input.campaignId);
      },
    },
    Subscription: {
      // Watching every campaign (the start page), the event's own campaign is the one whose counters moved.
      recognitionChanged: (result, args, cache) => {
        const changed = result.recognitionChanged as
          | (NonNullable<RecognitionPayload>['recognition'] & { id?: string })
          | null;
        recognitionChanged(cache, (args.campaignId as string | null | undefined) ?? changed?.campaign?.id);
        invalidateHistoryOf(cache, changed?.id);
      },
    },
  },
  optimistic: {
    reviewNomination: (args) =>
      stepTo<Versioned & { decision: string; notes?: string | null }>(
        (input) => REVIEW_OUTCOME[input.decision] ?? 'NOMINATED',
      )(args as Args<Versioned & { decision: string }>),
    // Editing a nomination (or resubmitting one returned for changes) puts it back in the review queue.
    editNomination: (args) =>
      stepTo<Versioned & { citation?: string | null }>('NOMINATED', (input) =>
        input.citation ? { citation: input.citation } : {},
      )(args as Args<Versioned & { citation?: string | null }>),
    approveRecognition: (args) => stepTo('APPROVED')(args as Args<Versioned>),
    scheduleRecognition: (args) =>
      stepTo<Versioned & { publishAt: string; timeZone: string }>('SCHEDULED', (input) => ({
        scheduledFor: input.publishAt,
        scheduledTimeZone: input.timeZone,
      }))(args as Args<Versioned & { publishAt: string; timeZone: string }>),
    unscheduleRecognition: (args) =>
      stepTo('APPROVED', () => ({ scheduledFor: null, scheduledTimeZone: null }))(args as Args<Versioned>),
    publishRecognition: (args) => stepTo('PUBLISHED')(args as Args<Versioned>),
    withdrawRecognition: (args) =>
      stepTo<Versioned & { reason: string }>('WITHDRAWN', (input) => ({ withdrawalReason: input.reason }))(
        args as Args<Versioned & { reason: string }>,
      ),
  },
} satisfies CacheExchangeOpts;

export const cache = cacheExchange(cacheConfig);
