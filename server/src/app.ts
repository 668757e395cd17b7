/**
 * The HTTP application: GraphQL at /graphql (Apollo Sandbox as its landing page, Beacon's bundled
 * explorer at /graphql/explorer), health and readiness probes, and the built dashboard at /. Shared by
 * `main.ts` and the HTTP tests.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import express from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.js';
import { dashboardRouter } from './dashboard-static.js';
import { DatabaseHealth, databaseOutageReason } from './db/database-faults.js';
import { apolloLogger } from './logger.js';
import type { Context, CookieJar } from './modules/common/context.js';
import { databaseUnavailablePlugin } from './modules/common/database-unavailable.plugin.js';
import { RETRY_AFTER_SECONDS, serviceUnavailable, toClientError } from './modules/common/errors.js';
import { legacyJsonStatusPlugin } from './modules/common/legacy-json-status.plugin.js';
import { shareLiveEvents } from './modules/common/live-events.js';
import { requestIdFor, requestIdPlugin } from './modules/common/request-id.plugin.js';
import { explorerRouter } from './modules/explorer/explorer.router.js';
import { EXPLORER_PATH } from './modules/explorer/explorer-pages.js';
import { landingPagePlugin } from './modules/explorer/landing-page.plugin.js';
import { CdnPurge } from './modules/hub/cdn-purge.js';
import { publicCachePlugin } from './modules/hub/public-cache.plugin.js';
import {
  InProcessPublicChanges,
  type PublicChangeChannel,
  PublicChangeSubscriber,
  RedisPublicChanges,
} from './modules/hub/public-changes.js';
import { PublicResponseCache } from './modules/hub/public-response-cache.js';
// Hardening: limits, rate limits, live sessions, browser security.
import { DeadlineSubscriber, enforceDeadlines } from './modules/limits/execution-deadline.js';
import { REQUEST_LIMIT_CODES } from './modules/limits/limit-errors.js';
import { FIXED_BUDGETS } from './modules/limits/query-limits.js';
import { queryLimitsPlugin } from './modules/limits/query-limits.plugin.js';
import { RateLimitStore } from './modules/limits/rate-limit-store.js';
import { clientIpOf, RequestGuard } from './modules/limits/request-guard.js';
import { BeaconMetrics } from './modules/metrics/metrics.js';
import {
  answerUnparsableRequests,
  BODY_LIMIT,
  BODY_LIMIT_BYTES,
  graphqlHttpErrors,
  plainHttpErrors,
} from './modules/security/http-errors.js';
import { corsAllowList, securityHeaders } from './modules/security/security-headers.js';
import { SignInGuard } from './modules/staff/sign-in-guard.js';
import { SESSION_COOKIE } from './modules/staff/staff.resolver.js';
import { findSession } from './modules/staff/staff.service.js';
import { startWsServer } from './ws-server.js';

export interface BeaconApp {
  readonly app: express.Express;
  readonly httpServer: http.Server;
  readonly apollo: ApolloServer<Context>;
  /** Whether the database is in an outage; throttles the outage's log lines. */
  readonly databaseHealth: DatabaseHealth;
  /** Builds a context as a request would, for tests that execute operations directly. */
  contextFor(
    req: { headers: http.IncomingHttpHeaders },
    res?: http.ServerResponse,
    clientIp?: string,
  ): Promise<Context>;
  /** Shared rate-limit counters (Redis or this process); closed when Apollo drains. */
  readonly rateLimits: RateLimitStore;
  /** Where committed changes a public reader could see are announced (public-changes.ts). */
  readonly publicChanges: PublicChangeChannel;
  /** The in-memory cache of public answers; null when `BEACON_PUBLIC_CACHE=off`. */
  readonly publicCache: PublicResponseCache | null;
  /** Tells the CDN about takedowns; null without `BEACON_CDN_PURGE_URL`. */
  readonly cdnPurge: CdnPurge | null;
  /** Prometheus metrics served at /metrics (main.ts hands the scheduler its observer). */
  readonly metrics: BeaconMetrics;
}

/** Compares a presented secret in constant time (hashed first, so lengths do not leak either). */
const sameSecret = (given: string, expected: string) =>
  timingSafeEqual(
    createHash('sha256').update(given).digest(),
    createHash('sha256').update(expected).digest(),
  );

function cookieJar(res: http.ServerResponse | undefined, secure: boolean): CookieJar {
  const append = (value: string) => {
    if (!res) return;
    const existing = res.getHeader('set-cookie');
    const list = Array.isArray(existing) ? existing : existing ? [String(existing)] : [];
    res.setHeader('set-cookie', [...list, value]);
  };
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    set: (name, value, { maxAgeMs }) =>
      append(serializeCookie(name, value, { ...base, maxAge: Math.floor(maxAgeMs / 1000) })),
    clear: (name) => append(serializeCookie(name, '', { ...base, maxAge: 0 })),
  };
}

export async function createApp(options: {
  config: Config;
  orm: MikroORM;
  schema: GraphQLSchema;
  logger: Logger;
}): Promise<BeaconApp> {
  const { config, orm, schema, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', true);
  const databaseHealth = new DatabaseHealth(orm, logger, config.readinessTimeoutMs);

  /** The signed-in session; while the database is unavailable, the whole request is a 503. */
  const sessionOf = async (em: EntityManager, token: string | undefined) => {
    if (!token) return null;
    try {
      return await findSession(em, token);
    } catch (error) {
      const outage = databaseOutageReason(error);
      if (!outage) throw error;
      databaseHealth.failure(outage);
      databaseHealth.log.refused();
      throw serviceUnavailable();
    }
  };

  // ---- Hardening: rate-limit counters, sign-in guard, execution deadlines (modules/limits, staff).
  const rateLimits = new RateLimitStore({
    redisUrl: config.hardening.redisUrl,
    keyPrefix: config.hardening.keyPrefix,
    logger,
  });
  await rateLimits.connect();
  const requestGuard = new RequestGuard(rateLimits, config.hardening);
  const signInGuard = new SignInGuard(rateLimits);
  enforceDeadlines(schema);
  orm.em.getEventManager().registerSubscriber(new DeadlineSubscriber());
  // ---- end hardening setup

  const metrics = new BeaconMetrics(orm);

  // ---- Public cache: every committed change a reader could see is announced, after commit and before
  // the write's response; the response cache empties itself on each (modules/hub).
  // With REDIS_URL every instance hears every change (and empties its cache); else this process only.
  const sharedChanges = config.hardening.redisUrl
    ? new RedisPublicChanges(
        config.hardening.redisUrl,
        `${config.hardening.keyPrefix}:public-changes`,
        logger,
      )
    : null;
  await sharedChanges?.connect();
  const publicChanges: PublicChangeChannel = sharedChanges ?? new InProcessPublicChanges();
  orm.em.getEventManager().registerSubscriber(new PublicChangeSubscriber(publicChanges));
  const publicCache = config.publicCache.enabled
    ? new PublicResponseCache({
        regionHeader: config.regionHeader,
        maxBytes: config.publicCache.maxBytes,
        logger,
        // A hit counts against the anonymous rate limit like any other request (public-response-cache.ts).
        admit: (req) => requestGuard.admit({ user: null, clientIp: clientIpOf(req, config.trustProxy) }),
        onHit: (start) => metrics.cacheHitServed(start),
      })
    : null;
  publicCache?.follow(publicChanges);
  if (publicCache && sharedChanges) {
    // An instance that cannot hear the others' changes must not serve from memory (RedisPublicChanges).
    if (!sharedChanges.hearsEveryInstance) publicCache.suspend();
    sharedChanges.onHealth((hears) => (hears ? publicCache.resume() : publicCache.suspend()));
  }
  const { cdnPurgeUrl, cdnPurgeToken } = config.publicCache;
  const cdnPurge = cdnPurgeUrl ? new CdnPurge({ url: cdnPurgeUrl, token: cdnPurgeToken, logger }) : null;
  cdnPurge?.follow(publicChanges);
  // ---- end public cache setup

  // A cached public answer is sent before the request reaches Express; everything else goes on to it.
  const httpServer = http.createServer(
    publicCache ? publicCache.frontListener({ next: app, bodyLimit: BODY_LIMIT_BYTES }) : app,
  );
  answerUnparsableRequests(httpServer);

  // Live updates (subscriptions, session re-checks) reach every instance through Redis when it is set.
  const sharedLive = config.hardening.redisUrl
    ? shareLiveEvents({ url: config.hardening.redisUrl, keyPrefix: config.hardening.keyPrefix, logger })
    : null;

  const contextFor = async (
    req: { headers: http.IncomingHttpHeaders; id?: unknown },
    res?: http.ServerResponse,
    clientIp = 'unknown',
  ): Promise<Context> => {
    const em = orm.em.fork();
    const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    const session = await sessionOf(em, token);
    const region = req.headers[config.regionHeader];
    const requestId = typeof req.id === 'string' ? req.id : randomUUID();
    return {
      em,
      config,
      logger: logger.child({ requestId }),
      requestId,
      user: session?.user ?? null,
      session,
      regionHint: typeof region === 'string' && region.trim() ? region.trim().toUpperCase() : null,
      cookies: cookieJar(res, config.cookieSecure),
      loaders: new Map(),
      clientIp,
      signInGuard,
    } satisfies Context;
  };

  // Internal errors are logged, and every error gets the request id, by requestIdPlugin (HTTP) or below
  // (socket); a database outage is counted here and logged once per interval by databaseHealth.
  const formatForClient = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { formatted: shown, outage } = toClientError(formatted, error);
    if (outage) databaseHealth.failure(outage);
    return shown;
  };

  // Live updates for staff (graphql-ws) on the same path; the session cookie authenticates the socket,
  // and the socket ends with its session (ws-server.ts).
  const ws = startWsServer({
    httpServer,
    schema,
    orm,
    config,
    logger,
    requestGuard,
    contextFor: (req, clientIp) => contextFor(req, undefined, clientIp),
    formatError: formatForClient,
  });

  // Sandbox and the bundled explorer open with example operations signed in as the configured admin.
  const { corsOrigins } = config.hardening;
  const explorerOptions = { adminEmail: config.admin.email, sandboxTelemetry: config.sandboxTelemetry };
  const apollo = new ApolloServer<Context>({
    schema,
    // Introspection is decided per request, by who asks (queryLimitsPlugin, BEACON_INTROSPECTION).
    introspection: true,
    includeStacktraceInErrorResponses: false,
    logger: apolloLogger(logger),
    // A backstop for operations that do not come over HTTP (whose limits apply before parsing).
    parseOptions: {
      maxTokens: FIXED_BUDGETS.staff.tokens,
      maxSourceLength: FIXED_BUDGETS.staff.documentChars,
    },
    // main.ts owns shutdown (scheduler, Apollo, database, in that order); Apollo's own signal handlers
    // would race it and re-raise the signal into ours, and the process would never exit.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              databaseHealth.stop();
              await ws.dispose();
              await rateLimits.close();
              await sharedChanges?.close();
              await sharedLive?.close();
            },
          };
        },
      },
      // Beacon sets Cache-Control itself (public-cache.plugin.ts), from what was asked and by whom, and
      // uses no @cacheControl hints: Apollo's own cache-control plugin, installed unless disabled, would
      // wrap every field of every response to compute a policy nothing reads.
      ApolloServerPluginCacheControlDisabled(),
      publicCachePlugin(config.regionHeader, {
        varyByOrigin: corsOrigins.length > 0 && !corsOrigins.includes('*'),
      }),
      queryLimitsPlugin(config.hardening),
      legacyJsonStatusPlugin<Context>(REQUEST_LIMIT_CODES),
      databaseUnavailablePlugin<Context>(() => databaseHealth.log.refused()),
      requestIdPlugin(),
      metrics.plugin(),
      landingPagePlugin<Context>(explorerOptions),
    ],
    formatError: formatForClient,
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = requestIdFor(req.headers['x-request-id']);
        res.setHeader('x-request-id', id);
        return id;
      },
      // Health probes are polled constantly; log them only when they fail.
      autoLogging: {
        ignore: (req) => req.url === '/healthz' || req.url === '/livez' || req.url === '/readyz',
      },
      // During a database outage every request fails alike: the outage log summarises them once per
      // interval (database-faults.ts) instead of one line per refused request.
      customLogLevel: (_req, res) => (res.statusCode === 503 && databaseHealth.down ? 'silent' : 'info'),
      // Only what operators need: no query string (GET variables may carry a reader's region), no
      // headers, no address, no user agent; nothing that identifies a reader.
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, path: String(req.url ?? '').split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    }),
  );

  // ---- Hardening: security headers on every response; the CORS allow-list on /graphql (its body errors
  // and limits are on the /graphql route below).
  app.use(securityHeaders({ httpsOnly: config.cookieSecure, corsOrigins: config.hardening.corsOrigins }));
  app.use('/graphql', corsAllowList(config.hardening.corsOrigins));
  // ---- end hardening headers

  // Liveness (both names: `/livez` is what Kubernetes-style probes expect): the process answers.
  app.get(['/healthz', '/livez'], (_req, res) => {
    res.json({ status: 'ok' });
  });

  // Bounded by BEACON_READYZ_TIMEOUT_MS: a hung database makes this 503 within that time, never a
  // late 200. Failures are logged through the outage log, once per interval.
  app.get('/readyz', async (_req, res) => {
    const result = await databaseHealth.check();
    // Redis is reported, never a reason to be unready: without it an instance works on its own (rate
    // limits in the process, no cached public answers, live updates from this instance only).
    const redis = sharedChanges ? { redis: sharedChanges.hearsEveryInstance ? 'ok' : 'unreachable' } : {};
    if (result.ok) {
      res.json({ status: 'ready', database: config.database.kind, ...redis });
      return;
    }
    if (result.reason === 'unexpected error')
      logger.warn('readiness check failed: unexpected database error');
    res
      .status(503)
      .setHeader('retry-after', String(RETRY_AFTER_SECONDS))
      .json({ status: 'unavailable', database: config.database.kind, reason: result.reason });
  });

  // Prometheus metrics; with BEACON_METRICS_TOKEN set, only for `Authorization: Bearer <token>`.
  app.get('/metrics', (req, res, next) => {
    const token = config.metricsToken;
    if (token && !sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)) {
      res.status(401).setHeader('www-authenticate', 'Bearer').type('text/plain').send('Unauthorised');
      return;
    }
    metrics.handler()(req, res).catch(next);
  });

  app.use(EXPLORER_PATH, explorerRouter(explorerOptions));
  app.use(
    '/graphql',
    metrics.httpObserver(),
    express.json({ limit: BODY_LIMIT }),
    // Keeps anonymous public answers for the front listener (and answers the few hits it did not see).
    ...(publicCache ? [publicCache.middleware()] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context = await contextFor(req, res, clientIpOf(req, config.trustProxy));
        metrics.observeContext(req, context);
        // Rate limit, document size and tokens: before Apollo parses anything (modules/limits).
        await requestGuard.checkHttpRequest(context, req);
        return context;
      },
    }),
    graphqlHttpErrors(logger),
  );

  const index = path.join(config.dashboardDir, 'index.html');
  if (existsSync(index)) {
    // Immutable hashed assets, a revalidated shell, precompressed or compressed responses, 404 for a
    // missing file, no source maps in production; every other route of the app gets its index.
    app.use(dashboardRouter({ dir: config.dashboardDir, serveSourceMaps: config.env !== 'production' }));
  } else {
    logger.warn({ dashboardDir: config.dashboardDir }, 'dashboard is not built; `/` will say so');
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('Beacon is running. The dashboard is not built: run `pnpm build`. GraphQL is at /graphql.');
    });
  }

  // ---- Hardening: must stay the last handlers. Unknown paths and errors outside /graphql get a status and
  // a line of text, never Express's HTML page (which shows a stack trace in development).
  app.use((_req, res) => {
    res.status(404).type('text/plain; charset=utf-8').send('Not found');
  });
  app.use(plainHttpErrors(logger));

  return {
    app,
    httpServer,
    apollo,
    databaseHealth,
    contextFor,
    rateLimits,
    publicChanges,
    publicCache,
    cdnPurge,
    metrics,
  };
}
