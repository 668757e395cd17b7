/**
 * Live updates for staff over graphql-ws, on the /graphql path of the HTTP server. The socket is held to
 * the same rules as HTTP, and ends with its session:
 *
 * - only browsers on Beacon's own origin (or one BEACON_CORS_ORIGINS allows) may open it, so another
 *   site cannot ride a member's cookie (cross-site WebSocket hijacking);
 * - opening a socket counts against the client address's request budget (4429 when over);
 * - it serves subscriptions only (queries and mutations go over HTTP, where their limits, deadline and
 *   cookies live), each checked against the document and operation limits of who is signed in;
 * - its session is re-checked before every event and on a timer, and at once when any instance signs the
 *   member out, deactivates them or changes their role (see modules/staff/live-sessions.ts; other
 *   instances hear it through Redis when `REDIS_URL` is set): an ended
 *   session closes the socket with 4401, a role that no longer allows a subscription with 4403.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import { parse as parseCookies } from 'cookie';
import {
  createSourceEventStream,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  validate,
} from 'graphql';
import type { Context as SocketContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import type { Context } from './modules/common/context.js';
import { logInternalErrors, withRequestId } from './modules/common/request-id.plugin.js';
import {
  allows,
  budgetFor,
  checkOperation,
  checkSource,
  withoutSuggestion,
} from './modules/limits/query-limits.js';
import { clientIpOf, type RequestGuard } from './modules/limits/request-guard.js';
import {
  checkLiveSession,
  LiveCloseCode,
  permissionsForSubscription,
} from './modules/staff/live-sessions.js';
import { staffAccessChanged } from './modules/staff/staff.events.js';
import { SESSION_COOKIE } from './modules/staff/staff.resolver.js';
import type { Permission } from './modules/staff/staff-role.js';

/** Closes a socket whose address has used its request budget. */
export const TOO_MANY_REQUESTS_CLOSE = 4429;

interface LiveSocket {
  /** The session token the socket opened with, when it was a live session; null: anonymous. */
  token: string | null;
  userId: string | null;
  clientIp: string;
  /** Permissions each active subscription needs, by subscription id. */
  readonly subscriptions: Map<string, readonly Permission[]>;
  timer: NodeJS.Timeout | null;
  close(code: number, reason: string): void;
}

type Extra = { request: http.IncomingMessage; socket: { close(code: number, reason: string): void } };

export interface WsServerOptions {
  readonly httpServer: http.Server;
  readonly schema: GraphQLSchema;
  readonly orm: MikroORM;
  readonly config: Config;
  readonly logger: Logger;
  readonly requestGuard: RequestGuard;
  /** Builds the context of one subscription, as a request would. */
  contextFor(req: { headers: http.IncomingHttpHeaders }, clientIp: string): Promise<Context>;
  /** Masks an error for the client exactly as HTTP does. */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}

/** Same host as the request, or an allow-listed origin. Requests without an Origin are not from a browser. */
function originAllowed(req: http.IncomingMessage, config: Config): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (config.hardening.corsOrigins.includes('*') || config.hardening.corsOrigins.includes(origin))
    return true;
  const forwardedHost = config.trustProxy ? req.headers['x-forwarded-host'] : undefined;
  const host = (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost) ?? req.headers.host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function withCode(error: unknown, code: string): GraphQLError {
  const message = error instanceof Error ? error.message : 'The document could not be read';
  const located = error instanceof GraphQLError ? error : null;
  return new GraphQLError(message, {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    extensions: { ...located?.extensions, code },
  });
}

/** Maps a stream of events to results, each first passing `gate`; `null` from the gate ends the stream. */
function gatedEvents(
  events: AsyncIterable<unknown>,
  gate: () => Promise<boolean>,
  run: (event: unknown) => Promise<ExecutionResult>,
): AsyncGenerator<ExecutionResult, void, void> {
  const iterator = events[Symbol.asyncIterator]();
  const finish = async (): Promise<IteratorResult<ExecutionResult, void>> => {
    await iterator.return?.();
    return { value: undefined, done: true };
  };
  const generator = {
    async next(): Promise<IteratorResult<ExecutionResult, void>> {
      const step = await iterator.next();
      if (step.done) return { value: undefined, done: true };
      if (!(await gate())) return finish();
      return { value: await run(step.value), done: false };
    },
    return: finish,
    async throw(error: unknown): Promise<IteratorResult<ExecutionResult, void>> {
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return generator;
    },
  };
  return generator as unknown as AsyncGenerator<ExecutionResult, void, void>;
}

export function startWsServer(options: WsServerOptions): { dispose(): Promise<void> } {
  const { httpServer, schema, orm, config, logger, requestGuard } = options;
  const sockets = new Set<LiveSocket>();
  const links = new WeakMap<object, { socket: LiveSocket; id: string }>();

  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    verifyClient: ({ req }: { req: http.IncomingMessage }) => originAllowed(req, config),
  });

  /** Checks the socket's session for `required`; closes the socket and answers false when it has ended. */
  const stillAllowed = async (socket: LiveSocket, required: readonly Permission[]): Promise<boolean> => {
    const verdict = await checkLiveSession(orm.em.fork(), socket.token, required);
    if (verdict.ok) return true;
    logger.info({ code: verdict.code }, 'closing a live socket: its session no longer allows it');
    socket.close(verdict.code, verdict.reason);
    return false;
  };
  const recheck = (socket: LiveSocket) =>
    stillAllowed(socket, [...new Set([...socket.subscriptions.values()].flat())]).catch((error: unknown) =>
      logger.warn({ err: error }, 'could not re-check a live session; will try again'),
    );
  const onAccessChanged = (userId: string) => {
    for (const socket of sockets) if (socket.userId === userId) void recheck(socket);
  };
  const stopListening = staffAccessChanged.listen(onAccessChanged);

  const liveOf = (ctx: SocketContext<Record<string, unknown>, Extra>) =>
    (ctx.extra as Extra & { live?: LiveSocket }).live;

  // The socket masks errors exactly as HTTP does: stable codes kept, internals hidden and logged, and each
  // error carries the id its log lines have.
  const format = (
    errors: readonly GraphQLError[],
    socket: LiveSocket | undefined,
    request: { logger: Logger; requestId: string },
  ) => {
    logInternalErrors(request.logger, errors);
    return errors.map((error) => {
      const shown = withRequestId(options.formatError(error.toJSON(), error), request.requestId);
      // No HTTP response here: drop the HTTP hints limit errors carry; hide suggestions as HTTP does.
      const { http: _http, ...extensions } = (shown.extensions ?? {}) as Record<string, unknown>;
      const principal = socket?.userId ? 'staff' : 'anonymous';
      return {
        ...shown,
        message: allows(config.hardening.fieldSuggestions, principal)
          ? shown.message
          : withoutSuggestion(shown.message),
        extensions,
      };
    });
  };

  const cleanup = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      onConnect: async (ctx) => {
        const { request, socket: ws } = ctx.extra;
        const clientIp = clientIpOf(request, config.trustProxy);
        try {
          await requestGuard.admit({ user: null, clientIp }, { http: false });
        } catch {
          ws.close(TOO_MANY_REQUESTS_CLOSE, 'Too many requests');
          return false;
        }
        const token = parseCookies(request.headers.cookie ?? '')[SESSION_COOKIE] ?? null;
        const verdict = await checkLiveSession(orm.em.fork(), token, []);
        const session = verdict.ok ? verdict.session : null;
        const live: LiveSocket = {
          token: session ? token : null,
          userId: session?.user.id ?? null,
          clientIp,
          subscriptions: new Map(),
          timer: null,
          close: (code, reason) => ws.close(code, reason),
        };
        if (session) {
          live.timer = setInterval(() => void recheck(live), config.hardening.sessionRecheckMs);
          live.timer.unref();
        }
        (ctx.extra as Extra & { live?: LiveSocket }).live = live;
        sockets.add(live);
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const live = liveOf(ctx);
        if (!live) return [new GraphQLError('The socket is not ready')];
        const principal = live.userId ? 'staff' : 'anonymous';
        const budget = budgetFor(principal, config.hardening);
        const tooBig = checkSource(payload.query, budget, false);
        if (tooBig) return [tooBig];
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query, { maxTokens: budget.tokens });
        } catch (error) {
          // The codes Apollo gives the same errors over HTTP.
          return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
        }
        const invalid = validate(schema, document);
        if (invalid.length > 0) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [
            new GraphQLError(
              'Only subscriptions are served over the socket; send queries and mutations over HTTP',
              {
                extensions: { code: 'BAD_REQUEST' },
              },
            ),
          ];
        }
        const overLimit = checkOperation({
          schema,
          document,
          operationName: payload.operationName,
          variables: payload.variables,
          principal,
          budget,
          introspection: config.hardening.introspection,
          http: false,
        });
        if (overLimit) return [overLimit];
        const required = operation.selectionSet.selections.flatMap((s) =>
          s.kind === 'Field' ? permissionsForSubscription(s.name.value) : [],
        );
        live.subscriptions.set(id, required);
        const contextValue = await options.contextFor({ headers: ctx.extra.request.headers }, live.clientIp);
        links.set(contextValue, { socket: live, id });
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      // graphql-js's subscribe, with the session checked before each event is executed and delivered.
      subscribe: async (args: ExecutionArgs) => {
        const stream = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in stream)) return stream;
        const link = links.get(args.contextValue as object);
        if (!link) return stream as never;
        const context = args.contextValue as Context & { user: Context['user']; session: Context['session'] };
        return gatedEvents(
          stream,
          async () => {
            const verdict = await checkLiveSession(
              orm.em.fork(),
              link.socket.token,
              link.socket.subscriptions.get(link.id) ?? [],
            );
            if (!verdict.ok) {
              logger.info({ code: verdict.code }, 'closing a live socket: its session no longer allows it');
              link.socket.close(verdict.code, verdict.reason);
              return false;
            }
            // Each event is resolved as the member is now (a changed role shows at once).
            if (verdict.session) {
              context.user = verdict.session.user;
              context.session = verdict.session;
            }
            return true;
          },
          (event) => Promise.resolve(execute({ ...args, rootValue: event })),
        );
      },
      onNext: (ctx, _id, _payload, args, result) => {
        if (!result.errors) return undefined;
        const { logger: requestLogger, requestId } = args.contextValue as Context;
        return {
          ...result,
          errors: format(result.errors, liveOf(ctx), { logger: requestLogger, requestId }),
        };
      },
      onError: (ctx, _id, _payload, errors) => {
        // Refused before any context exists (validation): an id of its own, logged with the refusal.
        const requestId = randomUUID();
        logger.info({ requestId, errors: errors.map((e) => e.message) }, 'subscription refused');
        return format(errors, liveOf(ctx), { logger: logger.child({ requestId }), requestId });
      },
      onComplete: (ctx, id) => {
        liveOf(ctx)?.subscriptions.delete(id);
      },
      onClose: (ctx) => {
        const live = liveOf(ctx);
        if (!live) return;
        if (live.timer) clearInterval(live.timer);
        sockets.delete(live);
      },
    },
    wsServer,
  );

  return {
    async dispose() {
      stopListening();
      for (const socket of sockets) if (socket.timer) clearInterval(socket.timer);
      await cleanup.dispose();
    },
  };
}

export { LiveCloseCode };
