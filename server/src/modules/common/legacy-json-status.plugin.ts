/**
 * GraphQL over HTTP: a client that accepts only `application/json` (the legacy media type) SHOULD get
 * status 200 for requests that reached GraphQL but failed to parse, validate or coerce variables, with the
 * errors in the body; such clients read errors from the body, not the status. Clients accepting
 * `application/graphql-response+json` keep Apollo's 4xx statuses.
 */
import type { ApolloServerPlugin } from '@apollo/server';

const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

export function legacyJsonStatusPlugin<T extends object>(
  /** Further codes that refuse a request before execution (Beacon's limits), treated like validation. */
  alsoRequestErrors: ReadonlySet<string> = new Set(),
): ApolloServerPlugin<T> {
  const requestErrors = new Set([...REQUEST_ERRORS, ...alsoRequestErrors]);
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      const legacyOnly =
        accept.includes('application/json') && !accept.includes('application/graphql-response+json');
      if (!legacyOnly) return;
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || response.body.singleResult.data !== undefined) return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.length > 0 && errors.every((e) => requestErrors.has(String(e.extensions?.code)))) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
