/**
 * Beacon's client-facing errors. Every error a client can see carries a stable `extensions.code`; anything
 * else is an internal error and is masked by `formatError` before it leaves the server.
 */

import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  CAPACITY_REACHED = 'CAPACITY_REACHED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One invalid input field: its path from the operation's arguments, and why it was refused. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** An error meant for the client. Services throw these; the schema turns them into GraphQL errors. */
export class BeaconError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.code = code;
  }
}

export const badInput = (message: string, fields: FieldProblem[]) =>
  new BeaconError(ErrorCode.BAD_USER_INPUT, message, { fields });

/** A single invalid field, the common case: `invalidField('input.handle', 'is taken')`. */
export const invalidField = (path: string, message: string) =>
  badInput(`${path}: ${message}`, [{ path, message }]);

export const notFound = (what: string, id?: string) =>
  new BeaconError(ErrorCode.NOT_FOUND, id ? `${what} ${id} was not found` : `${what} was not found`);

export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  new BeaconError(ErrorCode.CONFLICT, message, extensions);

export const unauthenticated = () =>
  new BeaconError(ErrorCode.UNAUTHENTICATED, 'Sign in as a staff member to do this');

export const forbidden = (message = 'Your role does not allow this') =>
  new BeaconError(ErrorCode.FORBIDDEN, message);

/** A stale `expectedVersion`: someone else saved the record first. */
export const staleVersion = (what: string, expected: number, actual: number) =>
  conflict(
    `${what} was changed by someone else (you had version ${expected}, it is now ${actual}); reload and retry`,
    {
      expectedVersion: expected,
      actualVersion: actual,
    },
  );

export function flattenValidation(errors: readonly ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const here = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ path: here, message }));
    return [...own, ...flattenValidation(e.children ?? [], here)];
  });
}

const INVALID_VALUE = /^(Value ".*" does not exist in ".*" enum|Expected value of type|.* cannot represent )/;

/**
 * graphql-js stops coercing variables after 50 problems with one error that names no variable, so Apollo
 * cannot tell it is the client's: it is, like each problem it summarises.
 */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables, error limit reached/;

/**
 * Maps what resolvers threw to what clients see. Known errors keep their code; database conflicts become
 * `CONFLICT`; everything else is masked as `INTERNAL_SERVER_ERROR` (and logged by the caller).
 */
export function toClientError(
  formatted: GraphQLFormattedError,
  error: unknown,
): { formatted: GraphQLFormattedError; internal: boolean } {
  const original = unwrapResolverError(error);
  if (original instanceof BeaconError) {
    return { formatted, internal: false };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      formatted: {
        ...formatted,
        message: 'A record with the same unique value already exists',
        extensions: { code: ErrorCode.CONFLICT },
      },
      internal: false,
    };
  }
  if (original instanceof OptimisticLockError) {
    return {
      formatted: {
        ...formatted,
        message: 'The record was changed by someone else; reload and retry',
        extensions: { code: ErrorCode.CONFLICT },
      },
      internal: false,
    };
  }
  const code = formatted.extensions?.code;
  // A literal argument of the wrong type or an unknown enum value is the client's bad input, whether it
  // came as a variable (graphql-js coerces: BAD_USER_INPUT) or inline (validation): one code for both.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && INVALID_VALUE.test(formatted.message)) {
    return {
      formatted: { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } },
      internal: false,
    };
  }
  if (original instanceof GraphQLError && !original.path && TOO_MANY_VARIABLE_ERRORS.test(original.message)) {
    return {
      formatted: { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } },
      internal: false,
    };
  }
  // Errors Apollo raises itself before execution (parse, validation, variable coercion) are safe to show.
  if (
    typeof code === 'string' &&
    code !== ErrorCode.INTERNAL_SERVER_ERROR &&
    !(original instanceof Error && !(original instanceof GraphQLError))
  ) {
    return { formatted, internal: false };
  }
  if (
    original instanceof GraphQLError &&
    original.extensions?.code &&
    original.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR
  ) {
    return { formatted, internal: false };
  }
  return {
    formatted: {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    },
    internal: true,
  };
}
