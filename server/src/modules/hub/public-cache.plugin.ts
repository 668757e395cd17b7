/**
 * Cache headers a CDN can honour. A query from a client without a staff session, that asks only for
 * public root fields and succeeds, is `public, max-age=60`; everything else is `private, no-store`.
 * Responses vary by cookie and by the trusted region header, which change what a reader sees, and by Accept,
 * which changes the content type.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../common/context.js';

export const PUBLIC_MAX_AGE_SECONDS = 60;

/** Root query fields whose answers are the same for every anonymous reader with the same variables and region. */
export const PUBLIC_ROOT_FIELDS = new Set([
  'hub',
  'campaigns',
  'campaign',
  'creators',
  'creator',
  'awarenessVideos',
  'organisations',
  'crisisResources',
  '__typename',
]);

function rootFieldsOf(operation: OperationDefinitionNode): string[] | null {
  const names: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    // Fragments at the root are rare; treat them as not cacheable rather than expanding them.
    if (selection.kind !== Kind.FIELD) return null;
    names.push(selection.name.value);
  }
  return names;
}

export function publicCachePlugin(regionHeader: string): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response }) {
          const fields = operation ? rootFieldsOf(operation) : null;
          const cacheable =
            operation?.operation === 'query' &&
            !contextValue.user &&
            fields?.every((f) => PUBLIC_ROOT_FIELDS.has(f)) === true &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors?.length;
          response.http.headers.set(
            'cache-control',
            cacheable ? `public, max-age=${PUBLIC_MAX_AGE_SECONDS}` : 'private, no-store',
          );
          // Accept too: it picks the content type (application/json or application/graphql-response+json).
          response.http.headers.set('vary', `accept, cookie, ${regionHeader}`);
        },
      };
    },
  };
}
