/**
 * Cache headers a CDN can honour. A query from a client without a staff session, that asks only for
 * root fields whose answers may be shared (`PUBLIC_QUERIES` in visibility.ts) and succeeds, is public: browsers keep it `max-age` (60 s), shared caches `s-maxage`
 * (5 min) and may serve it `stale-while-revalidate` (60 s) longer while they fetch it again; everything
 * else is `private, no-store`. Public answers name, in `Surrogate-Key`, the campaigns and creators they
 * show (and `public`), so a purge of `creator:<id>` drops every cached answer showing that creator
 * (cdn-purge.ts purges on every takedown). This header decides too what the public response cache keeps
 * (public-response-cache.ts). Responses vary by cookie and by the trusted region header, which change what
 * a reader sees, by Accept, which changes the content type, and by Accept-Encoding (cached answers are
 * sent compressed), and by Origin when CORS answers origins differently.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../common/context.js';
import { recordsReadBy } from '../common/read-records.js';
import { SHARED_PUBLIC_ROOTS } from '../common/visibility.js';
import { campaignKey, creatorKey } from './public-changes.js';

export const PUBLIC_MAX_AGE_SECONDS = 60;
/** How long a CDN may keep a public answer: takedowns are purged at once (cdn-purge.ts), other changes show within this. */
export const SHARED_MAX_AGE_SECONDS = 300;
export const STALE_WHILE_REVALIDATE_SECONDS = 60;
export const PUBLIC_CACHE_CONTROL = `public, max-age=${PUBLIC_MAX_AGE_SECONDS}, s-maxage=${SHARED_MAX_AGE_SECONDS}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`;
/** The surrogate key every public answer carries: purging it empties a CDN of Beacon's public answers. */
export const ALL_PUBLIC_KEY = 'public';

function rootFieldsOf(operation: OperationDefinitionNode): string[] | null {
  const names: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    // Fragments at the root are rare; treat them as not cacheable rather than expanding them.
    if (selection.kind !== Kind.FIELD) return null;
    names.push(selection.name.value);
  }
  return names;
}

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : null;

/**
 * The surrogate keys of an answer: every campaign and creator the request loaded, directly or as the
 * campaign or creator of something it loaded (a spotlight, a video). Read from the request's own entity
 * manager (its identity map and the read-only records read through it, read-records.ts), so a field added
 * later is covered without a list to keep up to date.
 */
export function surrogateKeysOf(contextValue: Context): string[] {
  const keys = new Set<string>([ALL_PUBLIC_KEY]);
  const { em } = contextValue;
  for (const entity of [...em.getUnitOfWork().getIdentityMap(), ...recordsReadBy(em)]) {
    const name = (entity as object).constructor.name;
    const id = idOf(entity);
    if (name === 'Campaign' && id) keys.add(campaignKey(id));
    if (name === 'Creator' && id) keys.add(creatorKey(id));
    const record = entity as { campaign?: unknown; creator?: unknown };
    const campaign = idOf(record.campaign);
    const creator = idOf(record.creator);
    if (campaign) keys.add(campaignKey(campaign));
    if (creator) keys.add(creatorKey(creator));
  }
  return [...keys].sort();
}

/**
 * `varyByOrigin`: whether CORS answers each allowed origin with its own Access-Control-Allow-Origin (an
 * allow-list other than `*`), so a shared cache must keep one answer per Origin. Apollo's headers replace
 * the `Vary: Origin` the CORS middleware set, so it is said here.
 */
export function publicCachePlugin(
  regionHeader: string,
  options: { varyByOrigin: boolean } = { varyByOrigin: false },
): ApolloServerPlugin<Context> {
  const vary = `accept, accept-encoding, cookie, ${regionHeader}${options.varyByOrigin ? ', origin' : ''}`;
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response }) {
          const fields = operation ? rootFieldsOf(operation) : null;
          const cacheable =
            operation?.operation === 'query' &&
            !contextValue.user &&
            fields?.every((f) => SHARED_PUBLIC_ROOTS.has(f)) === true &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors?.length;
          response.http.headers.set('cache-control', cacheable ? PUBLIC_CACHE_CONTROL : 'private, no-store');
          if (cacheable) response.http.headers.set('surrogate-key', surrogateKeysOf(contextValue).join(' '));
          // Accept too: it picks the content type (application/json or application/graphql-response+json).
          response.http.headers.set('vary', vary);
        },
      };
    },
  };
}
