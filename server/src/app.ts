/**
 * The HTTP application: GraphQL at /graphql (Apollo Sandbox as its landing page), health and readiness
 * probes, and the built dashboard at /. Shared by `main.ts` and the HTTP tests.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import express from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import { dashboardRouter } from './dashboard-static.js';
import { DatabaseHealth, databaseOutageReason } from './db/database-faults.js';
import { EXAMPLE_OPERATIONS } from './example-operations.js';
import type { Context, CookieJar } from './modules/common/context.js';
import { databaseUnavailablePlugin } from './modules/common/database-unavailable.plugin.js';
import { RETRY_AFTER_SECONDS, serviceUnavailable, toClientError } from './modules/common/errors.js';
import { legacyJsonStatusPlugin } from './modules/common/legacy-json-status.plugin.js';
import { logInternalErrors, requestIdPlugin, withRequestId } from './modules/common/request-id.plugin.js';
import { publicCachePlugin } from './modules/hub/public-cache.plugin.js';
import { SESSION_COOKIE } from './modules/staff/staff.resolver.js';
import { findSession } from './modules/staff/staff.service.js';

export interface BeaconApp {
  readonly app: express.Express;
  readonly httpServer: http.Server;
  readonly apollo: ApolloServer<Context>;
  /** Whether the database is in an outage; throttles the outage's log lines. */
  readonly databaseHealth: DatabaseHealth;
  /** Builds a context as a request would, for tests that execute operations directly. */
  contextFor(req: { headers: http.IncomingHttpHeaders }, res?: http.ServerResponse): Promise<Context>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

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
  const httpServer = http.createServer(app);
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

  const contextFor = async (
    req: { headers: http.IncomingHttpHeaders; id?: unknown },
    res?: http.ServerResponse,
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
    } satisfies Context;
  };

  // Internal errors are logged, and every error gets the request id, by requestIdPlugin (HTTP) or below
  // (socket); a database outage is counted here and logged once per interval by databaseHealth.
  const formatForClient = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { formatted: shown, outage } = toClientError(formatted, error);
    if (outage) databaseHealth.failure(outage);
    return shown;
  };

  // Live updates for staff (graphql-ws) on the same path; the session cookie authenticates the socket.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { request: http.IncomingMessage }>(
    {
      schema,
      context: async ({ extra }) => contextFor({ headers: extra.request.headers }),
      // The socket masks errors exactly as HTTP does: stable codes kept, internals hidden and logged, and
      // each error carries the id its log lines have.
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors) return undefined;
        const { logger: requestLogger, requestId } = args.contextValue as Context;
        logInternalErrors(requestLogger, result.errors);
        return {
          ...result,
          errors: result.errors.map((error) =>
            withRequestId(formatForClient(error.toJSON(), error), requestId),
          ),
        };
      },
      onError: (_ctx, _id, _payload, errors) => {
        // Refused before any context exists (validation): an id of its own, logged with the refusal.
        const requestId = randomUUID();
        logger.info({ requestId, errors: errors.map((e) => e.message) }, 'subscription refused');
        return errors.map((error) => withRequestId(formatForClient(error.toJSON(), error), requestId));
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
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
              await wsCleanup.dispose();
            },
          };
        },
      },
      // Beacon sets Cache-Control itself (public-cache.plugin.ts), from what was asked and by whom.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      publicCachePlugin(config.regionHeader),
      legacyJsonStatusPlugin<Context>(),
      databaseUnavailablePlugin<Context>(() => databaseHealth.log.refused()),
      requestIdPlugin(),
      ApolloServerPluginLandingPageLocalDefault({
        embed: { initialState: { pollForSchemaUpdates: false } },
        includeCookies: true,
        document: EXAMPLE_OPERATIONS,
        footer: false,
      }),
    ],
    formatError: formatForClient,
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // Health probes are polled constantly; log them only when they fail.
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
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

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // Bounded by BEACON_READYZ_TIMEOUT_MS: a hung database makes this 503 within that time, never a
  // late 200. Failures are logged through the outage log, once per interval.
  app.get('/readyz', async (_req, res) => {
    const result = await databaseHealth.check();
    if (result.ok) {
      res.json({ status: 'ready', database: config.database.kind });
      return;
    }
    if (result.reason === 'unexpected error')
      logger.warn('readiness check failed: unexpected database error');
    res
      .status(503)
      .setHeader('retry-after', String(RETRY_AFTER_SECONDS))
      .json({ status: 'unavailable', database: config.database.kind, reason: result.reason });
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req, res) }),
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

  return { app, httpServer, apollo, databaseHealth, contextFor };
}
