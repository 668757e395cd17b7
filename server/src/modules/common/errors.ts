/**
 * Beacon's client-facing errors. Every error a client can see carries a stable `extensions.code`; anything
 * else is an internal error and is masked by `formatError` before it leaves the server.
 */

import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { databaseOutageReason, type OutageReason } from '../../db/database-faults.js';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** The nominator tried a step the four-eyes rule leaves to someone else (their role would allow it). */
  FOUR_EYES = 'FOUR_EYES',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  CAPACITY_REACHED = 'CAPACITY_REACHED',
  /** The database is down, hung or locked; retryable after `Retry-After` seconds. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
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

export const forbidden = (
  message = 'Your role does not allow this',
  extensions: Record<string, unknown> = {},
) => new BeaconError(ErrorCode.FORBIDDEN, message, extensions);

/** A stale `expectedVersion`: someone else saved the record first. */
export const staleVersion = (what: string, expected: number, actual: number) =>
  conflict(
    `${what} was changed by someone else (you had version ${expected}, it is now ${actual}); reload and retry`,
    {
      expectedVersion: expected,
      actualVersion: actual,
    },
  );

/** Seconds a client should wait before retrying a request refused with `SERVICE_UNAVAILABLE`. */
export const RETRY_AFTER_SECONDS = 5;

const UNAVAILABLE_MESSAGE = 'The database is unavailable right now; retry shortly.';
const unavailableExtensions = () => ({
  code: ErrorCode.SERVICE_UNAVAILABLE,
  retryable: true,
  retryAfterSeconds: RETRY_AFTER_SECONDS,
});

/**
 * For failures before any operation runs (the session lookup in the context factory): the whole
 * response is HTTP 503 with `Retry-After`.
 */
export const serviceUnavailable = () =>
  new BeaconError(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE, {
    retryable: true,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
  });

export function flattenValidation(errors: readonly ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const here = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ path: here, message }));
    return [...own, ...flattenValidation(e.children ?? [], here)];
  });
}

const ARGUMENT_REFUSED = /^Argument "[^"]+" (of (non-null|required) type|has invalid value)/;

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
): { formatted: GraphQLFormattedError; internal: boolean; outage?: OutageReason } {
  const original = unwrapResolverError(error);
  if (original instanceof BeaconError) {
    return { formatted, internal: false };
  }
  const outage = databaseOutageReason(original);
  if (outage) {
    return {
      formatted: {
        message: UNAVAILABLE_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: unavailableExtensions(),
      },
      internal: false,
      outage,
    };
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
  // graphql-js refusing an argument while executing (an explicit null for an argument that has a default
  // but is non-null, a variable with no runtime value) is the client's bad input, not a server fault.
  if (
    original instanceof GraphQLError &&
    !original.originalError &&
    !original.extensions?.code &&
    ARGUMENT_REFUSED.test(original.message)
  ) {
    return {
      formatted: { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } },
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
