/**
 * The GraphQL client every screen uses, made once per session (so no data outlives a sign-out):
 * Graphcache (normalised, see cache.ts), then the auth exchange that holds operations failing with
 * UNAUTHENTICATED while the person signs in again in place, then HTTP (POST, the session cookie) and the
 * live socket for subscriptions.
 */
import { authExchange } from '@urql/exchange-auth';
import { Client, fetchExchange, getOperationName, subscriptionExchange } from 'urql';
import type { SessionExpiry } from '../session/session-expiry';
import { cache } from './cache';
import type { LiveSocket } from './live-socket';

/** Operations whose UNAUTHENTICATED error means "wrong credentials", not "the session ended". */
const SIGN_IN_OPERATIONS = new Set(['SignIn', 'AcceptInvitation']);

export function createBeaconClient(options: { sessionExpiry: SessionExpiry; live: LiveSocket }): Client {
  const { sessionExpiry, live } = options;
  return new Client({
    url: '/graphql',
    exchanges: [
      cache,
      authExchange(async (utils) => ({
        // The session is an httpOnly cookie: there is nothing to add to an operation.
        addAuthToOperation: (operation) => operation,
        didAuthError: (error, operation) =>
          !SIGN_IN_OPERATIONS.has(getOperationName(operation.query) ?? '') &&
          error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'),
        refreshAuth: () => sessionExpiry.expired(utils),
      })),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: live.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
    // The session travels in an httpOnly cookie set by signIn on this origin.
    fetchOptions: { credentials: 'same-origin' },
    // Apollo Server's CSRF prevention refuses simple GET requests; JSON POSTs always pass it.
    preferGetMethod: false,
    // Show what the cache has at once and refresh it: another staff member may have changed it since.
    requestPolicy: 'cache-and-network',
  });
}
