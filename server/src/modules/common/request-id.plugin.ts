/**
 * Every GraphQL error a client receives carries `extensions.requestId`: the id of the `x-request-id`
 * response header and of every log line of that request. A person reporting "it failed" can quote it, and
 * an operator finds the request in the logs. Internal errors (masked for the client) are logged here, with
 * that id, from the request's own logger.
 */
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from './context.js';
import { toClientError } from './errors.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The id of a request: the caller's `x-request-id` when it is a plausible id, else a new one. */
export const requestIdFor = (given: unknown): string =>
  typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();

/** The error as the client will see it, with the request id added to its extensions. */
export function withRequestId(error: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  return { ...error, extensions: { ...error.extensions, requestId } };
}

/** Logs the errors that are masked as INTERNAL_SERVER_ERROR, with their cause, on the request's logger. */
export function logInternalErrors(logger: Logger, errors: readonly GraphQLError[]): void {
  for (const error of errors) {
    if (toClientError(error.toJSON(), error).internal) {
      logger.error(
        { err: error.originalError ?? error, path: error.path },
        'internal error in a GraphQL operation',
      );
    }
  }
}

export function requestIdPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          logInternalErrors(contextValue.logger, errors);
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length) {
            result.errors = result.errors.map((e) => withRequestId(e, contextValue.requestId));
          }
        },
      };
    },
  };
}
