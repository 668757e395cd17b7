/**
 * Beacon's client-facing errors. Every error a client can see carries a stable `extensions.code`: domain
 * errors (domain-error.ts) are mapped by one exhaustive table; database conflicts and outages, and
 * graphql-js's own refusals of bad arguments, get theirs here; anything else is an internal error and is
 * masked by `formatError` before it leaves the server.
 */

import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { databaseOutageReason, type OutageReason } from '../../db/database-faults.js';
import { DomainError, DomainErrorCode } from './domain-error.js';

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

/**
 * The code clients see for each domain error: one table, exhaustive by type, so a new domain code cannot
 * reach a client without a stable code of its own. The codes are part of the contract; never change one.
 */
const CLIENT_CODES = {
  [DomainErrorCode.BAD_USER_INPUT]: ErrorCode.BAD_USER_INPUT,
  [DomainErrorCode.UNAUTHENTICATED]: ErrorCode.UNAUTHENTICATED,
  [DomainErrorCode.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [DomainErrorCode.FOUR_EYES]: ErrorCode.FOUR_EYES,
  [DomainErrorCode.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [DomainErrorCode.CONFLICT]: ErrorCode.CONFLICT,
  [DomainErrorCode.INVALID_TRANSITION]: ErrorCode.INVALID_TRANSITION,
  [DomainErrorCode.NOT_ELIGIBLE]: ErrorCode.NOT_ELIGIBLE,
  [DomainErrorCode.CAPACITY_REACHED]: ErrorCode.CAPACITY_REACHED,
} as const satisfies Record<DomainErrorCode, ErrorCode>;

/** The GraphQL error a domain error is shown as: its message, its details and its stable code. */
export function toGraphQLError(error: DomainError, located?: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: located?.nodes,
    path: located?.path,
    originalError: error,
    extensions: { ...error.details, code: CLIENT_CODES[error.code] },
  });
}

/** The domain error behind `error`, however a resolver, a loader or a plugin hook wrapped it. */
function domainErrorIn(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (error instanceof GraphQLError && error.originalError instanceof DomainError) return error.originalError;
  return null;
}

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
 * response is HTTP 503 with `Retry-After`. A transport error, not a domain one.
 */
export const serviceUnavailable = () =>
  new GraphQLError(UNAVAILABLE_MESSAGE, {
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      retryable: true,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });

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
  const domain = domainErrorIn(original);
  if (domain) {
    const shown = toGraphQLError(domain).toJSON();
    return {
      formatted: { ...shown, locations: formatted.locations, path: formatted.path },
      internal: false,
    };
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
