/** Builds the GraphQL schema from every module's resolvers. The same schema is served and emitted. */
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ClassType, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { HistoryEntryResolver } from './modules/audit/history.resolver.js';
import { CampaignResolver, ProgrammingWindowResolver } from './modules/campaigns/campaign.resolver.js';
import { authChecker } from './modules/common/auth-checker.js';
import { fieldIsChecked } from './modules/common/field-roles.js';
import { NodeResolver } from './modules/common/node.resolver.js';
import { validateArgument } from './modules/common/validation.js';
import { CreatorResolver } from './modules/creators/creator.resolver.js';
import { CreatorImportResolver } from './modules/creators/creator-import.resolver.js';
import { CrisisResourceResolver } from './modules/crisis-resources/crisis-resource.resolver.js';
import { AdCreditGrantResolver } from './modules/grants/grant.resolver.js';
import { HubResolver, SpotlightPreviewResolver, SpotlightResolver } from './modules/hub/hub.resolver.js';
import { OrganisationResolver } from './modules/organisations/organisation.resolver.js';
import { recognitionPubSub } from './modules/recognitions/recognition.events.js';
import { RecognitionNoteResolver, RecognitionResolver } from './modules/recognitions/recognition.resolver.js';
import { SafetyResolver } from './modules/safety/safety.resolver.js';
import { StaffResolver } from './modules/staff/staff.resolver.js';
import {
  CriticalMomentResolver,
  TrainingEnrolmentResolver,
  TrainingSessionResolver,
} from './modules/training/training.resolver.js';
import { AwarenessVideoResolver, ContentAdvisoryResolver } from './modules/videos/video.resolver.js';

export const resolvers = [
  AdCreditGrantResolver,
  AuditResolver,
  AwarenessVideoResolver,
  CampaignResolver,
  ContentAdvisoryResolver,
  CreatorImportResolver,
  CriticalMomentResolver,
  CreatorResolver,
  CrisisResourceResolver,
  HistoryEntryResolver,
  HubResolver,
  NodeResolver,
  OrganisationResolver,
  ProgrammingWindowResolver,
  RecognitionNoteResolver,
  RecognitionResolver,
  SafetyResolver,
  SpotlightPreviewResolver,
  SpotlightResolver,
  StaffResolver,
  TrainingEnrolmentResolver,
  TrainingSessionResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

const ROOT_DESCRIPTIONS = {
  Query:
    "Reads. Public clients (the in-app awareness hub, partners' sites) need no sign-in for campaigns, hubs, public creator profiles, videos, organisations and crisis resources; everything else needs a staff session.",
  Mutation: 'Changes, for signed-in staff; each needs a role. Updates take the `expectedVersion` you read.',
  Subscription: 'Live updates for signed-in staff over graphql-ws at the same /graphql path.',
};

/**
 * Marks as `simple` every field that only reads a property of the same name: no `@Authorized`, no
 * middleware, no resolver or getter of its own. type-graphql otherwise gives each such field a resolver
 * that builds a resolver-data object and runs an empty middleware chain, and the execution deadline
 * (modules/limits) then wraps that resolver too: work done for every scalar of every answer (a hub
 * answer has about 2,000 of them) that changes nothing. A simple field has no resolver, and GraphQL
 * reads the property itself, as type-graphql's own resolver would. Anything that has roles or middleware,
 * on the field or on its class, keeps type-graphql's resolver and its checks.
 */
function plainPropertyFields(): void {
  for (const field of getMetadataStorage().fields) {
    // A field with a resolver of its own (a getter, a @FieldResolver) keeps it whatever `simple` says.
    if (field.simple !== undefined || field.name !== field.schemaName) continue;
    if (fieldIsChecked(field.target, field.name)) continue;
    field.simple = true;
  }
}

/** The schema, built once per process (type-graphql's metadata is global). */
export function beaconSchema(): Promise<GraphQLSchema> {
  if (!built) plainPropertyFields();
  built ??= buildSchema({
    resolvers: [...resolvers] as unknown as NonEmptyArray<ClassType>,
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
    pubSub: recognitionPubSub,
  }).then((schema) => {
    // type-graphql has no decorator for the root types' own descriptions.
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      if (root) root.description = ROOT_DESCRIPTIONS[root.name as keyof typeof ROOT_DESCRIPTIONS];
    }
    return schema;
  });
  return built;
}
