/**
 * The public response cache: the bytes of successful anonymous public queries (the hub, public profiles,
 * videos, organisations, crisis resources), kept with gzip and brotli copies, and served by an Express
 * middleware in front of Apollo, so a cached hub costs no parsing, no validation, no resolver and no SQL.
 *
 * What may be kept is decided by Apollo's answer, not guessed from the request: an answer is stored only
 * when public-cache.plugin.ts marked it `public` (a query, from no staff session, of public root fields
 * only, without errors). A request is looked up only when it carries no session cookie and passes Apollo's
 * CSRF rule; anything else goes straight to Apollo.
 *
 * Entries are keyed by the document (its SHA-256, which is also its persisted-query hash, so a GET by hash
 * and a POST of the text share one entry), the operation name, the variables (keys sorted), the reader's
 * region header and the Accept header (which picks the content type). They are invalidated by generation:
 * every committed change a reader could see (public-changes.ts) moves the generation on and empties the
 * store, and an answer computed while a change committed is not stored, so nothing read before a change can
 * be kept after it. Entries also expire after the public max-age, which bounds answers that depend on time
 * alone. `BEACON_PUBLIC_CACHE=off` turns the whole cache off.
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import zlib from 'node:zlib';
import { parse as parseCookies } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { SESSION_COOKIE } from '../staff/staff.resolver.js';
import { PUBLIC_MAX_AGE_SECONDS } from './public-cache.plugin.js';
import type { PublicChangeChannel } from './public-changes.js';

/**
 * Brotli quality 5: close to the best ratio for JSON of a few kilobytes at a fraction of quality 11's time,
 * which matters because an answer is compressed once, synchronously, right after it is sent (so the next
 * request already finds it).
 */
const BROTLI_QUALITY = 5;

/** Response headers kept with an entry and sent again on a hit. */
const KEPT_HEADERS = ['content-type', 'cache-control', 'vary', 'surrogate-key'] as const;

/**
 * The header that says how a response was served: `hit` or `miss`, or `bypass` while the cache is suspended
 * (Redis lost: see RedisPublicChanges); absent when the cache was not asked.
 */
export const CACHE_STATUS_HEADER = 'beacon-cache';

interface Entry {
  readonly identity: Buffer;
  readonly gzip: Buffer;
  readonly br: Buffer;
  readonly etag: string;
  readonly headers: Readonly<Record<string, string>>;
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
  admit?: (req: Request) => Promise<void>;
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

function paramsOf(req: Request): GraphQLParams | null {
  if (req.method === 'POST') {
    const body: unknown = req.body;
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as GraphQLParams) : null;
  }
  if (req.method !== 'GET') return null;
  const q = req.query as Record<string, unknown>;
  const json = (v: unknown) => {
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw new Error('not a string');
    return JSON.parse(v) as unknown;
  };
  try {
    return {
      query: q.query,
      operationName: q.operationName,
      variables: json(q.variables),
      extensions: json(q.extensions),
    };
  } catch {
    return null;
  }
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
  private suspended = false;
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

  /**
   * Stops serving and keeping answers, and drops what it holds: changes made on other instances can no
   * longer be heard (Redis lost), so nothing held may be trusted. Requests go to Apollo meanwhile.
   */
  suspend(): void {
    if (this.suspended) return;
    this.suspended = true;
    this.invalidate();
  }

  /** Serves and keeps answers again, starting empty (changes may have been missed while suspended). */
  resume(): void {
    if (!this.suspended) return;
    this.suspended = false;
    this.invalidate();
  }

  /** Follows `channel`: every announced change invalidates. Returns a function that stops following. */
  follow(channel: PublicChangeChannel): () => void {
    return channel.listen(() => this.invalidate());
  }

  private keyOf(req: Request): string | null {
    const headers = req.headers;
    if (parseCookies(headers.cookie ?? '')[SESSION_COOKIE]) return null;
    if (!passesCsrf(headers)) return null;
    const params = paramsOf(req);
    if (!params) return null;
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
      ]),
    );
  }

  /** Express middleware for the GraphQL route, after the JSON body parser and before Apollo. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const key = this.keyOf(req);
      if (!key) {
        next();
        return;
      }
      if (this.suspended) {
        res.setHeader(CACHE_STATUS_HEADER, 'bypass');
        next();
        return;
      }
      const entry = this.store.get(key);
      if (entry) {
        const admit = this.options.admit?.(req) ?? Promise.resolve();
        admit.then(
          () => {
            this.counters.hits++;
            this.send(req, res, entry);
          },
          () => next(),
        );
        return;
      }
      this.counters.misses++;
      res.setHeader(CACHE_STATUS_HEADER, 'miss');
      this.capture(res, key, this.generation);
      next();
    };
  }

  private send(req: Request, res: Response, entry: Entry): void {
    for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value);
    res.setHeader(CACHE_STATUS_HEADER, 'hit');
    res.setHeader('etag', entry.etag);
    if (req.headers['if-none-match'] === entry.etag) {
      res.status(304).end();
      return;
    }
    const encoding = encodingFor(req.headers['accept-encoding']);
    const body = encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : entry.identity;
    if (encoding !== 'identity') res.setHeader('content-encoding', encoding);
    res.setHeader('content-length', String(body.length));
    res.status(200).end(body);
  }

  /** Keeps Apollo's answer for `key` if Apollo marked it public and nothing changed while it ran. */
  private capture(res: Response, key: string, generation: number): void {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      res.send = send;
      const result = send(body);
      const cacheControl = String(res.getHeader('cache-control') ?? '');
      if (res.statusCode === 200 && typeof body === 'string' && cacheControl.startsWith('public')) {
        const headers: Record<string, string> = {};
        for (const name of KEPT_HEADERS) {
          const value = res.getHeader(name);
          if (value !== undefined) headers[name] = String(value);
        }
        this.keep(key, generation, Buffer.from(body), headers);
      }
      return result;
    };
  }

  private keep(key: string, generation: number, identity: Buffer, headers: Record<string, string>): void {
    // A change committed while this answer was computed: it may show the old state.
    if (generation !== this.generation) return;
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
        etag: `"${createHash('sha1').update(identity).digest('base64url')}"`,
        headers,
      };
      this.store.set(key, entry);
      this.counters.stored++;
    } catch (error) {
      this.options.logger.warn({ err: error }, 'public response cache: could not keep a response');
    }
  }
}
