/**
 * When the database is unavailable and a response could serve no data at all, the whole response is
 * HTTP 503 with `Retry-After`, so load balancers, proxies and clients see a retryable outage rather than
 * a 200 whose every field failed. A response that served some data keeps its status; its failed fields
 * carry `SERVICE_UNAVAILABLE` in the body.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, RETRY_AFTER_SECONDS } from './errors.js';

export function databaseUnavailablePlugin<T extends object>(onRefused?: () => void): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
          const servedSomething = !!data && Object.values(data).some((value) => value !== null);
          if (servedSomething) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          onRefused?.();
        },
      };
    },
  };
}
