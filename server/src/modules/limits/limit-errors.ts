/**
 * The error codes of Beacon's limits: a request or operation refused because of how much it asks, how fast
 * it comes or how long it runs. Each is stable and documented in the README; each names the limit and its
 * value so a client can tell what to change.
 */
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

export enum LimitCode {
  DEPTH_LIMIT_EXCEEDED = 'DEPTH_LIMIT_EXCEEDED',
  ALIAS_LIMIT_EXCEEDED = 'ALIAS_LIMIT_EXCEEDED',
  DIRECTIVE_LIMIT_EXCEEDED = 'DIRECTIVE_LIMIT_EXCEEDED',
  TOKEN_LIMIT_EXCEEDED = 'TOKEN_LIMIT_EXCEEDED',
  DOCUMENT_TOO_LARGE = 'DOCUMENT_TOO_LARGE',
  COST_LIMIT_EXCEEDED = 'COST_LIMIT_EXCEEDED',
  INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED',
  EXECUTION_TIMEOUT = 'EXECUTION_TIMEOUT',
  RATE_LIMITED = 'RATE_LIMITED',
}

/** Codes that refuse a request before it runs, as a validation error would (HTTP 400). */
export const REQUEST_LIMIT_CODES: ReadonlySet<string> = new Set([
  LimitCode.DEPTH_LIMIT_EXCEEDED,
  LimitCode.ALIAS_LIMIT_EXCEEDED,
  LimitCode.DIRECTIVE_LIMIT_EXCEEDED,
  LimitCode.TOKEN_LIMIT_EXCEEDED,
  LimitCode.DOCUMENT_TOO_LARGE,
  LimitCode.COST_LIMIT_EXCEEDED,
  LimitCode.INTROSPECTION_DISABLED,
]);

/**
 * A limit error. Over HTTP, Apollo turns `extensions.http` into the response status and headers (and
 * removes it from the body); over graphql-ws there is no HTTP response, so `http: false` leaves it out.
 */
export function limitError(
  code: LimitCode,
  message: string,
  extensions: Record<string, unknown> = {},
  http: { status: number; headers?: Record<string, string> } | false = { status: 400 },
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code,
      ...extensions,
      ...(http
        ? { http: { status: http.status, headers: new HeaderMap(Object.entries(http.headers ?? {})) } }
        : {}),
    },
  });
}

/** Whole seconds to wait, at least 1: what `Retry-After` and `extensions.retryAfterSeconds` carry. */
export const retryAfterSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function rateLimited(
  message: string,
  msBeforeNext: number,
  options: { http?: boolean; extensions?: Record<string, unknown> } = {},
): GraphQLError {
  const seconds = retryAfterSeconds(msBeforeNext);
  return limitError(
    LimitCode.RATE_LIMITED,
    message,
    { retryAfterSeconds: seconds, ...options.extensions },
    options.http === false ? false : { status: 429, headers: { 'retry-after': String(seconds) } },
  );
}
