/**
 * The public response cache: the bytes of successful anonymous public queries (the hub, public profiles,
 * videos, organisations, crisis resources), kept with gzip and brotli copies, and answered in front of the
 * whole request pipeline: `frontListener` is the HTTP server's request listener, before Express, so a hit
 * costs no request logging, no header middleware, no routing, no parsing, no validation, no resolver and no
 * SQL. Everything else (and a miss) goes on to Express and Apollo as if the cache were not there.
 *
 * What may be kept is decided by Apollo's answer, not guessed from the request: an answer is stored only
 * when public-cache.plugin.ts marked it `public` (a query, from no staff session, of root fields whose answers
 * may be shared, without errors). A request is looked up only when it carries no session cookie and no
 * Authorization header and passes Apollo's CSRF rule; anything else goes straight to Apollo, so a staff
 * credential is never answered from the cache, and never stores an answer in it.
 *
 * A hit is sent with the headers the full pipeline sent with the answer it keeps (security headers, CORS,
 * Cache-Control, Surrogate-Key, Vary, content type, ETag), less only what is per request: `x-request-id`
 * is the caller's (when plausible) or a new one, as the request logger would give. It is counted in
 * /metrics, not written to the request log (a CDN's hits are not either). A hit counts against the
 * anonymous rate limit like any request (`admit`): a few microseconds, and a client over its limit gets the
 * usual 429 from Apollo rather than free answers.
 *
 * Entries are keyed by the document (its SHA-256, which is also its persisted-query hash, so a GET by hash
 * and a POST of the text share one entry), the operation name, the variables (keys sorted), the reader's
 * region header, the Accept header (which picks the content type) and the Origin header (which picks the
 * CORS headers). GET parameters are read as Apollo reads them (URLSearchParams). They are invalidated by
 * generation: every committed change a reader could see (public-changes.ts) moves the generation on and
 * empties the store, and an answer computed while a change committed is not stored, so nothing read before
 * a change can be kept after it. Entries also expire after the public max-age, which bounds answers that
 * depend on time alone. `BEACON_PUBLIC_CACHE=off` turns the whole cache off.
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import { parse as parseCookies } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { requestIdFor } from '../common/request-id.plugin.js';
import { SESSION_COOKIE } from '../staff/staff.resolver.js';
import { PUBLIC_MAX_AGE_SECONDS } from './public-cache.plugin.js';
import type { PublicChangeChannel } from './public-changes.js';

/**
 * Brotli quality 5: close to the best ratio for JSON of a few kilobytes at a fraction of quality 11's time,
 * which matters because an answer is compressed once, synchronously, right after it is sent (so the next
 * request already finds it).
 */
const BROTLI_QUALITY = 5;

/**
 * Response headers of the full pipeline's answer that are not kept with it: they are per request (the
 * request id, this cache's status), per encoding (length) or the server's own (date, connection).
 */
const PER_REQUEST_HEADERS = new Set([
  'x-request-id',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'date',
  'connection',
  'keep-alive',
]);

/** The header that says how a response was served: `hit` or `miss` (absent when the cache was not asked). */
export const CACHE_STATUS_HEADER = 'beacon-cache';

/** The path GraphQL is served on; the front listener looks only at requests for exactly this path. */
const GRAPHQL_PATH = '/graphql';

interface Entry {
  readonly identity: Buffer;
  readonly gzip: Buffer;
  readonly br: Buffer;
  readonly etag: string;
  /**
   * The full pipeline's response headers, less PER_REQUEST_HEADERS, with the ETag and `beacon-cache: hit`:
   * name, value, name, value... as `writeHead` takes them.
   */
  readonly raw: readonly string[];
}

export interface PublicResponseCacheOptions {
  regionHeader: string;
  /** Bytes of responses (all three encodings) kept at most; least recently used go first. */
  maxBytes?: number;
  logger: Logger;
  /**
   * Counts a request that would be a hit against the client's rate limit; throws when it is over. A refused
   * request goes on to Apollo, which refuses it in the usual form (429, RATE_LIMITED).
   */
  admit?: (req: IncomingMessage) => Promise<void>;
  /** Told of each hit the front listener answers (with its start, from `process.hrtime.bigint()`). */
  onHit?: (start: bigint) => void;
}

/** Where the front listener hands what it does not answer. */
export interface FrontListenerOptions {
  /** The rest of the pipeline (the Express app). */
  readonly next: RequestListener;
  /** The GraphQL route's body limit in bytes (its express.json limit); a longer body goes on unread. */
  readonly bodyLimit: number;
}

/** Counters for /metrics. */
export interface PublicCacheCounters {
  hits: number;
  misses: number;
  stored: number;
  invalidations: number;
}

// Apollo's CSRF rule (@apollo/server's preventCsrf): a request must have a content type a browser cannot
// send without a preflight, or one of these headers. A hit must pass it too, as Apollo would.
const NON_PREFLIGHTED = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

function passesCsrf(headers: IncomingHttpHeaders): boolean {
  const type = headers['content-type'];
  if (type !== undefined && !NON_PREFLIGHTED.has((type.split(';')[0] ?? '').trim().toLowerCase()))
    return true;
  return PREFLIGHT_HEADERS.some((h) => {
    const v = headers[h];
    return typeof v === 'string' && v.length > 0;
  });
}

/** A session cookie or an Authorization header: the request goes to Apollo, and its answer is never kept. */
const hasCredential = (headers: IncomingHttpHeaders): boolean =>
  headers.authorization !== undefined ||
  (headers.cookie !== undefined && parseCookies(headers.cookie)[SESSION_COOKIE] !== undefined);

/** JSON with object keys sorted at every level, so `{a,b}` and `{b,a}` are one key. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface GraphQLParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/**
 * The operation a request asks for, read as Apollo reads it: a POST's JSON body, or a GET's search parameters
 * (the first of each name). Null when it is neither, or a GET's JSON does not parse (Apollo will refuse it).
 */
function paramsOf(method: string | undefined, url: string, body: unknown): GraphQLParams | null {
  if (method === 'POST') {
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as GraphQLParams) : null;
  }
  if (method !== 'GET') return null;
  const at = url.indexOf('?');
  const search = new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
  const json = (v: string | null) => (v === null ? undefined : (JSON.parse(v) as unknown));
  try {
    return {
      query: search.get('query') ?? undefined,
      operationName: search.get('operationName') ?? undefined,
      variables: json(search.get('variables')),
      extensions: json(search.get('extensions')),
    };
  } catch {
    return null;
  }
}

/**
 * Whether the front listener reads a POST body itself: JSON in UTF-8, not compressed, of a stated length
 * within the limit. Any other body goes on unread to Express, whose JSON parser handles (or refuses) it.
 */
function readsBody(headers: IncomingHttpHeaders, limit: number): boolean {
  const [type = '', ...params] = (headers['content-type'] ?? '').toLowerCase().split(';');
  if (type.trim() !== 'application/json') return false;
  if (params.some((p) => !/^\s*charset="?utf-8"?\s*$/.test(p))) return false;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') return false;
  const length = Number(headers['content-length']);
  return (
    headers['transfer-encoding'] === undefined && Number.isInteger(length) && length > 0 && length <= limit
  );
}

/** A body error in the form express.json gives it (body-parser's `type`), for graphqlHttpErrors. */
const bodyError = (message: string, type: string) =>
  Object.assign(new Error(message), { status: 400, statusCode: 400, expose: true, type });

/** A read body as express.json parses it (strict: an object or an array), or its error. */
function parsedBody(raw: Buffer, length: number): unknown {
  if (raw.length !== length)
    return bodyError('request size did not match content length', 'request.size.invalid');
  const text = raw.toString('utf8');
  // JSON's whitespace is space, tab, line feed and carriage return, as body-parser's strict check reads it.
  const first = /^[ \t\n\r]*(.)/.exec(text)?.[1];
  if (first !== '{' && first !== '[') return bodyError('not a JSON object or array', 'entity.parse.failed');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return bodyError((error as Error).message, 'entity.parse.failed');
  }
}

/** Whether the request's path (its URL without the search) is exactly `path`. */
function pathIs(url: string | undefined, path: string): boolean {
  if (!url?.startsWith(path)) return false;
  return url.length === path.length || url.charCodeAt(path.length) === 63; // '?'
}

/** Whether `if-none-match` names `etag` (or is `*`). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t.replace(/^W\//, '') === etag.replace(/^W\//, '');
  });
}

/** The document's identity: the SHA-256 of its text, or the persisted-query hash that stands for it. */
function documentIdOf(params: GraphQLParams): string | null {
  if (typeof params.query === 'string') return sha256(params.query);
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery;
  const hash = persisted?.sha256Hash;
  return typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash) ? hash : null;
}

type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client accepts (q=0 refuses one). */
function encodingFor(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set((name ?? '').trim(), q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

export class PublicResponseCache {
  private readonly store: LRUCache<string, Entry>;
  private generation = 0;
  /** Body errors the front listener met, for the route to report as express.json would have. */
  private readonly bodyErrors = new WeakMap<IncomingMessage, unknown>();
  readonly counters: PublicCacheCounters = { hits: 0, misses: 0, stored: 0, invalidations: 0 };

  constructor(private readonly options: PublicResponseCacheOptions) {
    this.store = new LRUCache<string, Entry>({
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (e) => e.identity.length + e.gzip.length + e.br.length + 512,
      ttl: PUBLIC_MAX_AGE_SECONDS * 1000,
    });
  }

  /** Entries held now. */
  get size(): number {
    return this.store.size;
  }

  /** Drops everything: a change a reader could see has committed. */
  invalidate(): void {
    this.generation++;
    this.store.clear();
    this.counters.invalidations++;
  }

  /** Follows `channel`: every announced change invalidates. Returns a function that stops following. */
  follow(channel: PublicChangeChannel): () => void {
    return channel.listen(() => this.invalidate());
  }

  /** The entry key of a request that may be answered from the cache; null when it may not. */
  private keyOf(headers: IncomingHttpHeaders, params: GraphQLParams | null): string | null {
    if (!params || hasCredential(headers) || !passesCsrf(headers)) return null;
    const documentId = documentIdOf(params);
    if (!documentId) return null;
    const region = headers[this.options.regionHeader];
    return sha256(
      canonical([
        documentId,
        typeof params.operationName === 'string' ? params.operationName : null,
        params.variables ?? null,
        typeof region === 'string' ? region.trim().toUpperCase() : null,
        headers.accept ?? null,
        headers.origin ?? null,
      ]),
    );
  }

  /**
   * The HTTP server's request listener: answers a hit for `/graphql` before anything else runs, and hands
   * every other request, and a miss, to `options.next` (Express), with a POST body already read.
   */
  frontListener(options: FrontListenerOptions): RequestListener {
    const { next } = options;
    return (req, res) => {
      const start = process.hrtime.bigint();
      // A request with a credential goes to Express untouched: the cache never answers nor keeps it.
      if (!pathIs(req.url, GRAPHQL_PATH) || hasCredential(req.headers)) {
        next(req, res);
        return;
      }
      if (req.method === 'GET') {
        this.answerOrPass(req, res, null, start, next);
        return;
      }
      if (req.method !== 'POST') {
        next(req, res);
        return;
      }
      if (!readsBody(req.headers, options.bodyLimit)) {
        next(req, res);
        return;
      }
      const length = Number(req.headers['content-length']);
      const chunks: Buffer[] = [];
      let received = 0;
      req.on('data', (chunk: Buffer) => {
        received += chunk.length;
        chunks.push(chunk);
      });
      req.on('error', () => res.destroy());
      req.on('end', () => {
        const body = parsedBody(Buffer.concat(chunks, received), length);
        if (body instanceof Error) {
          // Reported by the route, where express.json would have reported it (middleware()).
          this.bodyErrors.set(req, body);
          next(req, res);
          return;
        }
        // Express's JSON parser finds the body read and leaves this as it is, as Apollo reads it.
        (req as { body?: unknown }).body = body;
        this.answerOrPass(req, res, body, start, next);
      });
    };
  }

  private answerOrPass(
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
    start: bigint,
    next: RequestListener,
  ): void {
    const key = this.keyOf(req.headers, paramsOf(req.method, req.url ?? '', body));
    const entry = key ? this.store.get(key) : undefined;
    if (!entry) {
      next(req, res);
      return;
    }
    this.admitted(req)
      .then((admitted) => {
        if (!admitted) {
          next(req, res);
          return;
        }
        this.counters.hits++;
        this.send(req, res, entry, requestIdFor(req.headers['x-request-id']));
        this.options.onHit?.(start);
      })
      .catch((error: unknown) => {
        this.options.logger.error({ err: error }, 'public response cache: could not answer a hit');
        res.destroy();
      });
  }

  /** Whether the rate limit admits the request (a refused one goes on to Apollo, which refuses it as usual). */
  private admitted(req: IncomingMessage): Promise<boolean> {
    if (!this.options.admit) return Promise.resolve(true);
    return this.options.admit(req).then(
      () => true,
      () => false,
    );
  }

  /**
   * Express middleware for the GraphQL route, after the JSON body parser and before Apollo: reports a body
   * error the front listener met, answers a hit the front listener did not see (a path Express also routes
   * here, or an entry stored meanwhile), and keeps Apollo's answer to a miss.
   */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const bodyError = this.bodyErrors.get(req);
      if (bodyError !== undefined) {
        this.bodyErrors.delete(req);
        next(bodyError);
        return;
      }
      const key = this.keyOf(req.headers, paramsOf(req.method, req.originalUrl, req.body));
      if (!key) {
        next();
        return;
      }
      const entry = this.store.get(key);
      if (entry) {
        this.admitted(req).then((admitted) => {
          if (!admitted) {
            next();
            return;
          }
          this.counters.hits++;
          this.send(req, res, entry);
        }, next);
        return;
      }
      this.counters.misses++;
      res.setHeader(CACHE_STATUS_HEADER, 'miss');
      this.capture(res, key, this.generation);
      next();
    };
  }

  /**
   * Sends `entry`; `requestId` when the request did not pass the request logger (which gave it one). The
   * headers go in one `writeHead` of a prepared list, which Node writes without a header object.
   */
  private send(req: IncomingMessage, res: ServerResponse, entry: Entry, requestId?: string): void {
    const ids = requestId === undefined ? [] : ['x-request-id', requestId];
    if (matches(req.headers['if-none-match'], entry.etag)) {
      // As Express answers a fresh GET: no body, so no content headers.
      const headers = entry.raw.filter((_, i, all) => all[i - (i % 2)] !== 'content-type');
      res.writeHead(304, [...headers, ...ids]);
      res.end();
      return;
    }
    const encoding = encodingFor(req.headers['accept-encoding']);
    const body = encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : entry.identity;
    const coded = encoding === 'identity' ? [] : ['content-encoding', encoding];
    res.writeHead(200, [...entry.raw, ...ids, ...coded, 'content-length', String(body.length)]);
    res.end(body);
  }

  /** Keeps Apollo's answer for `key` if Apollo marked it public and nothing changed while it ran. */
  private capture(res: Response, key: string, generation: number): void {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      res.send = send;
      const result = send(body);
      const cacheControl = String(res.getHeader('cache-control') ?? '');
      if (
        res.statusCode === 200 &&
        typeof body === 'string' &&
        cacheControl.startsWith('public') &&
        !res.hasHeader('set-cookie')
      ) {
        const headers: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(res.getHeaders())) {
          if (value === undefined || PER_REQUEST_HEADERS.has(name) || name === CACHE_STATUS_HEADER) continue;
          headers[name] = Array.isArray(value) ? value : String(value);
        }
        this.keep(key, generation, Buffer.from(body), headers);
      }
      return result;
    };
  }

  private keep(
    key: string,
    generation: number,
    identity: Buffer,
    headers: Record<string, string | string[]>,
  ): void {
    // A change committed while this answer was computed: it may show the old state.
    if (generation !== this.generation) return;
    // Express's own ETag of the answer when it set one, so a hit and a miss name the same version.
    const etag =
      typeof headers.etag === 'string'
        ? headers.etag
        : `"${createHash('sha1').update(identity).digest('base64url')}"`;
    try {
      const entry: Entry = {
        identity,
        gzip: zlib.gzipSync(identity),
        br: zlib.brotliCompressSync(identity, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
          },
        }),
        etag,
        raw: [
          ...Object.entries({ ...headers, etag }).flatMap(([name, value]) =>
            (Array.isArray(value) ? value : [value]).flatMap((v) => [name, v]),
          ),
          CACHE_STATUS_HEADER,
          'hit',
        ],
      };
      this.store.set(key, entry);
      this.counters.stored++;
    } catch (error) {
      this.options.logger.warn({ err: error }, 'public response cache: could not keep a response');
    }
  }
}
