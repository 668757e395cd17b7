/**
 * The authorisation table (authorisation-table.ts), held against the real schema: every query, mutation
 * and subscription the schema has runs as an anonymous client and as each staff role, with minimal
 * arguments built from the schema's own types. An allowed principal must not be refused with
 * UNAUTHENTICATED or FORBIDDEN; a denied one must be. An operation without a line in the table fails.
 */
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  subscribe,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beaconSchema } from '../../schema.js';
import { createTestApp, type OperationResult, type TestApp } from '../../test/test-app.js';
import { StaffRole } from '../staff/staff-role.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { AUTHORISATION_TABLE, PRINCIPALS, type Principal } from './authorisation-table.js';
import { toClientError } from './errors.js';
import { encodeGlobalId } from './node.js';

const TABLE_FILE = 'server/src/modules/common/authorisation-table.ts';
const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** A syntactically valid sample of each custom scalar; a new scalar needs one here. */
const SCALAR_SAMPLES: Record<string, unknown> = {
  ID: encodeGlobalId('Campaign', '00000000-0000-7000-8000-000000000000'),
  String: 'authorisation probe',
  Int: 1,
  Float: 1,
  Boolean: false,
  DateTime: '2030-01-01T00:00:00.000Z',
  LocalDate: '2030-01-01',
  SafeInt: 1,
  JSONObject: {},
};

/** The smallest value of `type` the schema accepts: required fields only, empty lists, first enum value. */
function sample(type: GraphQLInputType, where: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, where);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isScalarType(type)) {
    if (!(type.name in SCALAR_SAMPLES)) {
      throw new Error(`No sample value for scalar ${type.name} (at ${where}): add one to SCALAR_SAMPLES`);
    }
    return SCALAR_SAMPLES[type.name];
  }
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = sample(field.type, `${where}.${field.name}`);
      }
    }
    return value;
  }
  throw new Error(`Cannot build a value for ${String(type)} at ${where}`);
}

interface Operation {
  readonly key: string;
  readonly kind: 'query' | 'mutation' | 'subscription';
  readonly document: string;
  readonly variables: Record<string, unknown>;
}

function operationFor(
  kind: Operation['kind'],
  field: GraphQLField<unknown, unknown>,
  root: string,
): Operation {
  const required = field.args.filter(
    (a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined,
  );
  const variables = Object.fromEntries(
    required.map((a) => [a.name, sample(a.type, `${root}.${field.name}(${a.name})`)]),
  );
  const declarations = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    key: `${root}.${field.name}`,
    kind,
    variables,
    document: `${kind} AuthorisationProbe${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
  };
}

describe('the authorisation table', async () => {
  const schema = await beaconSchema();
  const roots: [Operation['kind'], GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  const operations = roots.flatMap(([kind, type]) =>
    type ? Object.values(type.getFields()).map((field) => operationFor(kind, field, type.name)) : [],
  );

  let app: TestApp;
  const staff = new Map<StaffRole, StaffUser>();

  beforeAll(async () => {
    app = await createTestApp();
    for (const role of Object.values(StaffRole)) staff.set(role, await app.staff(role));
  });
  afterAll(() => app?.close());

  it('has one line for every operation in the schema, and none for operations it no longer has', () => {
    const missing = operations.filter((o) => !(o.key in AUTHORISATION_TABLE)).map((o) => o.key);
    const stale = Object.keys(AUTHORISATION_TABLE).filter((key) => !operations.some((o) => o.key === key));
    const advice = missing.map((key) => `  '${key}': [/* who may run it, e.g. ADMIN */],`).join('\n');
    expect(
      missing,
      `${missing.length} operation(s) have no line in ${TABLE_FILE}; add, for each:\n${advice}\n`,
    ).toEqual([]);
    expect(stale, `${TABLE_FILE} has lines for operations the schema no longer has`).toEqual([]);
    for (const [key, allowed] of Object.entries(AUTHORISATION_TABLE)) {
      for (const principal of allowed)
        expect(PRINCIPALS, `${key} names an unknown principal`).toContain(principal);
    }
  });

  /** Runs `operation` as `principal`; the error codes, after checking the operation reached its resolver. */
  async function codesAs(operation: Operation, principal: Principal): Promise<string[]> {
    const user = principal === 'anonymous' ? null : (staff.get(principal) ?? null);
    let result: OperationResult<unknown>;
    if (operation.kind === 'subscription') {
      const base = await app.beacon.contextFor({ headers: {} });
      const contextValue = {
        ...base,
        user: user ? await base.em.findOneOrFail(StaffUser, { id: user.id }) : null,
      };
      const outcome = await subscribe({
        schema,
        document: parse(operation.document),
        variableValues: operation.variables,
        contextValue,
      });
      if (Symbol.asyncIterator in outcome) {
        await outcome.return?.();
        return [];
      }
      // As the socket answers it: through the same client error mapping as every response.
      result = { errors: outcome.errors?.map((e) => toClientError(e.toJSON(), e).formatted) };
    } else {
      result = await app.run(operation.document, operation.variables, user);
    }
    const errors = result.errors ?? [];
    // A request error (no path) means the generated arguments never reached the resolver: the cell
    // proved nothing, so it fails rather than passing by accident.
    const unreached = errors.filter((e) => !e.path);
    if (unreached.length > 0) {
      throw new Error(
        `${operation.key} did not run (${unreached.map((e) => e.message).join('; ')}); fix its generated arguments in this test`,
      );
    }
    return errors.map((e) => String(e.extensions?.code));
  }

  describe.each(operations.filter((o) => o.key in AUTHORISATION_TABLE).map((o) => [o.key, o] as const))(
    '%s',
    (_key, operation) => {
      const allowed = new Set(AUTHORISATION_TABLE[operation.key]);
      it.each(PRINCIPALS.map((principal) => [allowed.has(principal) ? 'allow' : 'deny', principal] as const))(
        '%s %s',
        async (verdict, principal) => {
          const codes = await codesAs(operation, principal);
          const refused = codes.filter((code) => REFUSALS.has(code));
          if (verdict === 'allow') {
            expect(refused, `${operation.key} refused ${principal}, whom ${TABLE_FILE} allows`).toEqual([]);
            return;
          }
          expect(
            refused,
            `${operation.key} let ${principal} through (codes: ${codes.join(', ') || 'none'}), whom ${TABLE_FILE} denies`,
          ).not.toEqual([]);
          // No session: UNAUTHENTICATED (sign in); a session whose role lacks the right: FORBIDDEN.
          expect(refused[0]).toBe(principal === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        },
      );
    },
  );
});
