/** Builds the GraphQL schema from every module's resolvers. The same schema is served and emitted. */
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ClassType, type NonEmptyArray } from 'type-graphql';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { authChecker } from './modules/common/auth-checker.js';
import { NodeResolver } from './modules/common/node.resolver.js';
import { validateArgument } from './modules/common/validation.js';
import { CreatorResolver } from './modules/creators/creator.resolver.js';
import { StaffResolver } from './modules/staff/staff.resolver.js';
import { AwarenessVideoResolver } from './modules/videos/video.resolver.js';

export const resolvers = [
  AuditResolver,
  AwarenessVideoResolver,
  CreatorResolver,
  NodeResolver,
  StaffResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process (type-graphql's metadata is global). */
export function beaconSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...resolvers] as unknown as NonEmptyArray<ClassType>,
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
  });
  return built;
}
