/**
 * The contract's two checks, as functions of their inputs so tests can feed them small schemas:
 * - `compareWithRelease`: every breaking change from the last released schema to the current one must be
 *   declared (accepted-breaks.json, each with a reason); a declaration that matches no change is stale;
 * - `lintOperations`: every operation the dashboard sends validates against the current schema and uses
 *   nothing deprecated.
 * Both read the schema diff and validation from GraphQL Inspector (@graphql-inspector/core), which knows
 * which changes break clients, rather than rules of Beacon's own.
 */
import { type Change, CriticalityLevel, diff, validate } from '@graphql-inspector/core';
import { buildSchema, Source } from 'graphql';

/** One breaking change the next release makes on purpose. */
export interface AcceptedBreak {
  /** GraphQL Inspector's change type, e.g. FIELD_REMOVED. */
  readonly type: string;
  /** The schema coordinate it changes, e.g. Query.creators or Creator.status. */
  readonly path: string;
  /** Why clients can live with it, for the release notes. */
  readonly reason: string;
}

export interface ContractReport {
  /** Breaking changes not declared: the check fails on any. */
  readonly undeclared: readonly Change[];
  /** Breaking changes declared in accepted-breaks.json. */
  readonly declared: readonly Change[];
  /** Declarations that match no change (already released, or mistyped): the check fails on any. */
  readonly stale: readonly AcceptedBreak[];
  /** Declarations without a reason: the check fails on any. */
  readonly unexplained: readonly AcceptedBreak[];
  /** Changes that break no client but may change behaviour (a new enum value, a new default). */
  readonly dangerous: readonly Change[];
  /** Everything else: additions and descriptions. */
  readonly safe: readonly Change[];
}

const matches = (change: Change, accepted: AcceptedBreak) =>
  change.type === accepted.type && change.path === accepted.path;

export async function compareWithRelease(
  releasedSdl: string,
  currentSdl: string,
  accepted: readonly AcceptedBreak[],
): Promise<ContractReport> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  return {
    undeclared: breaking.filter((c) => !accepted.some((a) => matches(c, a))),
    declared: breaking.filter((c) => accepted.some((a) => matches(c, a))),
    stale: accepted.filter((a) => !breaking.some((c) => matches(c, a))),
    unexplained: accepted.filter((a) => typeof a.reason !== 'string' || a.reason.trim().length < 10),
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking),
  };
}

/** An operation as found in the dashboard's code. */
export interface Operation {
  readonly body: string;
  /** Where it was found, for the message. */
  readonly location: string;
}

export interface OperationProblem {
  readonly location: string;
  readonly message: string;
}

export function lintOperations(schemaSdl: string, operations: readonly Operation[]): OperationProblem[] {
  const invalid = validate(
    buildSchema(schemaSdl),
    operations.map((op) => new Source(op.body, op.location)),
    { strictDeprecated: true, strictFragments: true },
  );
  return invalid.flatMap((doc) =>
    [...doc.errors, ...doc.deprecated].map((error) => ({
      location: doc.source.name,
      message: error.message,
    })),
  );
}

/** Reads accepted-breaks.json, refusing anything but a list of declarations. */
export function parseAcceptedBreaks(json: string): AcceptedBreak[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) throw new Error('accepted-breaks.json must be a JSON list');
  return value.map((entry, i) => {
    const { type, path, reason } = (entry ?? {}) as Record<string, unknown>;
    if (typeof type !== 'string' || typeof path !== 'string') {
      throw new Error(`accepted-breaks.json entry ${i} needs "type" and "path" (as the check prints them)`);
    }
    return { type, path, reason: typeof reason === 'string' ? reason : '' };
  });
}
