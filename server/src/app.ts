/**
 * The HTTP application: GraphQL at /graphql (Apollo Sandbox as its landing page, Beacon's bundled
 * explorer at /graphql/explorer), health and readiness probes, and the built dashboard at /. Shared by
 * `main.ts` and the HTTP tests.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import express from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import type { Context, CookieJar } from './modules/common/context.js';
import { toClientError } from './modules/common/errors.js';
import { legacyJsonStatusPlugin } from './modules/common/legacy-json-status.plugin.js';
import { explorerRouter } from './modules/explorer/explorer.router.js';
import { EXPLORER_PATH } from './modules/explorer/explorer-pages.js';
import { landingPagePlugin } from './modules/explorer/landing-page.plugin.js';
import { publicCachePlugin } from './modules/hub/public-cache.plugin.js';
import { SESSION_COOKIE } from './modules/staff/staff.resolver.js';
import { findSession } from './modules/staff/staff.service.js';

export interface BeaconApp {
  readonly app: express.Express;
  readonly httpServer: http.Server;
  readonly apollo: ApolloServer<Context>;
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

  const contextFor = async (
    req: { headers: http.IncomingHttpHeaders; id?: unknown },
    res?: http.ServerResponse,
  ): Promise<Context> => {
    const em = orm.em.fork();
    const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    const session = token ? await findSession(em, token) : null;
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

  const formatForClient = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { formatted: shown, internal } = toClientError(formatted, error);
    if (internal) logger.error({ err: error, path: formatted.path }, 'internal error in a GraphQL operation');
    return shown;
  };

  // Live updates for staff (graphql-ws) on the same path; the session cookie authenticates the socket.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { request: http.IncomingMessage }>(
    {
      schema,
      context: async ({ extra }) => contextFor({ headers: extra.request.headers }),
      // The socket masks errors exactly as HTTP does: stable codes kept, internals hidden and logged.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => formatForClient(error.toJSON(), error)) }
          : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatForClient(error.toJSON(), error)),
    },
    wsServer,
  );

  // Sandbox and the bundled explorer open with example operations signed in as the configured admin.
  const explorerOptions = { adminEmail: config.admin.email, sandboxTelemetry: config.sandboxTelemetry };
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
              await wsCleanup.dispose();
            },
          };
        },
      },
      // Beacon sets Cache-Control itself (public-cache.plugin.ts), from what was asked and by whom.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      publicCachePlugin(config.regionHeader),
      legacyJsonStatusPlugin<Context>(),
      landingPagePlugin<Context>(explorerOptions),
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

  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', database: config.database.kind });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed: database unreachable');
      res.status(503).json({ status: 'unavailable', database: config.database.kind });
    }
  });

  app.use(EXPLORER_PATH, explorerRouter(explorerOptions));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req, res) }),
  );

  const index = path.join(config.dashboardDir, 'index.html');
  if (existsSync(index)) {
    app.use(express.static(config.dashboardDir, { index: false, maxAge: '1h' }));
    // Client-side routes of the dashboard all serve its index.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
    });
  } else {
    logger.warn({ dashboardDir: config.dashboardDir }, 'dashboard is not built; `/` will say so');
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('Beacon is running. The dashboard is not built: run `pnpm build`. GraphQL is at /graphql.');
    });
  }

  return { app, httpServer, apollo, contextFor };
}
