/**
 * The GraphQL client: urql's document cache over POST requests to /graphql on this origin, carrying the
 * httpOnly session cookie. A fresh client (and so an empty cache) is made for every session, so nothing one
 * staff member loaded outlives their sign-out.
 */
import { CombinedError, getOperationName, mapExchange, type Operation } from '@urql/core';
import { Client, cacheExchange, fetchExchange } from 'urql';

/** Operations whose UNAUTHENTICATED error means "wrong credentials", not "the session ended". */
const SIGN_IN_OPERATIONS = new Set(['SignIn']);

const endsSession = (error: CombinedError, operation: Operation) =>
  !SIGN_IN_OPERATIONS.has(getOperationName(operation.query) ?? '') &&
  error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');

export function createBeaconClient(options: { onSessionEnded: () => void }): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          if (endsSession(error, operation)) options.onSessionEnded();
        },
      }),
      fetchExchange,
    ],
    // The session travels in an httpOnly cookie set by signIn on this origin.
    fetchOptions: { credentials: 'same-origin' },
    // Apollo Server's CSRF prevention refuses simple GET requests; JSON POSTs always pass it.
    preferGetMethod: false,
  });
}
