/**
 * The public response cache's front listener, as a client and an operator meet it: a hit is answered before
 * Express (no request log line), with exactly the headers and bytes the full pipeline sent with the answer
 * it keeps (security headers, CORS, Cache-Control, Surrogate-Key, Vary, ETag), over POST and over GET; a
 * staff credential is never answered from it and never stores an answer in it; and a body the JSON parser
 * refuses is refused as before.
 */
import http from 'node:http';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign, buildCrisisResource } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { CACHE_STATUS_HEADER } from './public-response-cache.js';

const HUB = /* GraphQL */ `
  query FrontHub($campaign: String!) {
    hub(campaign: $campaign) {
      region
      campaign { name }
      crisisResources { nodes { name } }
    }
  }
`;
const PARTNER = 'https://partner.example';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent (compressed when the client accepted it). */
  raw: Buffer;
  /** The body decoded. */
  text: string;
}

/** One request over a fresh connection, with exactly `headers` (fetch would add its own). */
function request(
  base: string,
  options: { method: 'GET' | 'POST'; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}${options.path ?? '/graphql'}`,
      { method: options.method, headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const decoded =
            encoding === 'br'
              ? zlib.brotliDecompressSync(raw)
              : encoding === 'gzip'
                ? zlib.gunzipSync(raw)
                : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text: decoded.toString() });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Headers that differ between any two responses, whoever answers: the date, the connection, the id. */
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'x-request-id', CACHE_STATUS_HEADER]);
/** Headers of an encoding: a compressed hit has its own length and says its encoding. */
const PER_ENCODING = new Set(['content-length', 'content-encoding']);

const comparable = (headers: http.IncomingHttpHeaders, skip: ReadonlySet<string> = PER_ENCODING) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name) && !skip.has(name)));

describe('the public cache in front of the request pipeline', () => {
  let app: TestApp;
  let url: string;
  let slug: string;
  const logged: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged.push(chunk.toString());
        done();
      },
    });
    app = await createTestApp({ BEACON_CORS_ORIGINS: PARTNER }, { logger: pino({ level: 'info' }, sink) });
    url = await app.listen();
    const em = app.orm.em.fork();
    slug = (await buildCampaign(em, { name: 'Front path (test)' })).slug;
    await buildCrisisResource(em, { name: 'Samaritans (front test)', regions: ['GB'] });
  });
  afterAll(() => app?.close());

  const hubBody = () => JSON.stringify({ query: HUB, variables: { campaign: slug } });
  const post = (headers: Record<string, string> = {}) =>
    request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        origin: PARTNER,
        [app.config.regionHeader]: 'GB',
        ...headers,
      },
      body: hubBody(),
    });
  const wasLogged = (requestId: string) => logged.some((line) => line.includes(requestId));

  it('answers a repeated anonymous POST before Express, with the headers and bytes of the full pipeline', async () => {
    const miss = await post({ 'x-request-id': 'front-miss-1' });
    expect(miss.status).toBe(200);
    expect(miss.headers[CACHE_STATUS_HEADER]).toBe('miss');
    expect(JSON.parse(miss.text).data.hub.crisisResources.nodes).toEqual([
      { name: 'Samaritans (front test)' },
    ]);
    // What the full pipeline sends, so that the comparison below compares something.
    expect(miss.headers).toMatchObject({
      'cache-control': expect.stringMatching(/^public, /),
      'surrogate-key': expect.stringContaining('public'),
      vary: `accept, accept-encoding, cookie, ${app.config.regionHeader}, origin`,
      'access-control-allow-origin': PARTNER,
      'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
      'x-content-type-options': 'nosniff',
      etag: expect.any(String),
    });
    await expect.poll(() => wasLogged('front-miss-1')).toBe(true);

    const hit = await post({ 'x-request-id': 'front-hit-1' });
    expect(hit.headers[CACHE_STATUS_HEADER]).toBe('hit');
    expect(hit.headers['x-request-id']).toBe('front-hit-1');
    expect(comparable(hit.headers, new Set())).toEqual(comparable(miss.headers, new Set()));
    expect(hit.raw.equals(miss.raw)).toBe(true);

    const brotli = await post({ 'accept-encoding': 'br', 'x-request-id': 'front-hit-2' });
    expect(brotli.headers[CACHE_STATUS_HEADER]).toBe('hit');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(Number(brotli.headers['content-length'])).toBe(brotli.raw.length);
    expect(comparable(brotli.headers)).toEqual(comparable(miss.headers));
    expect(brotli.text).toBe(miss.text);

    // Hits never reached the request logger (so they never reached Express); the miss did, above.
    expect(wasLogged('front-hit-1') || wasLogged('front-hit-2')).toBe(false);
  });

  it('gives a same-origin reader the headers the pipeline gives it (no CORS), apart from a partner', async () => {
    const first = await request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        [app.config.regionHeader]: 'GB',
      },
      body: hubBody(),
    });
    expect(first.headers['access-control-allow-origin']).toBeUndefined();
    const again = await request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        [app.config.regionHeader]: 'GB',
      },
      body: hubBody(),
    });
    expect(again.headers[CACHE_STATUS_HEADER]).toBe('hit');
    expect(comparable(again.headers, new Set())).toEqual(comparable(first.headers, new Set()));
    expect(again.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a persisted query over GET before Express, with the headers of the full pipeline', async () => {
    const search = new URLSearchParams({ query: HUB, variables: JSON.stringify({ campaign: slug }) });
    const get = (id: string) =>
      request(url, {
        method: 'GET',
        path: `/graphql?${search}`,
        headers: {
          accept: 'application/graphql-response+json',
          'apollo-require-preflight': 'true',
          // A region no POST above asked for: a GET and a POST of one operation share an entry.
          [app.config.regionHeader]: 'US',
          'x-request-id': id,
        },
      });
    const miss = await get('front-get-miss');
    expect(miss.headers[CACHE_STATUS_HEADER]).toBe('miss');
    const hit = await get('front-get-hit');
    expect(hit.headers[CACHE_STATUS_HEADER]).toBe('hit');
    expect(comparable(hit.headers, new Set())).toEqual(comparable(miss.headers, new Set()));
    expect(hit.raw.equals(miss.raw)).toBe(true);
    await expect.poll(() => wasLogged('front-get-miss')).toBe(true);
    expect(wasLogged('front-get-hit')).toBe(false);
  });

  it('never answers a request that carries a credential from the cache, and never keeps its answer', async () => {
    await post();
    expect((await post()).headers[CACHE_STATUS_HEADER]).toBe('hit');

    // A session cookie (even one that names no session) or an Authorization header: Apollo answers.
    const cookie = await post({ cookie: 'beacon_session=not-a-session' });
    expect(cookie.headers[CACHE_STATUS_HEADER]).toBeUndefined();
    const bearer = await post({ authorization: 'Bearer something' });
    expect(bearer.headers[CACHE_STATUS_HEADER]).toBeUndefined();

    // Nor does such a request store what it got: after a change empties the cache, a request with a
    // credential goes first, and the next anonymous request is still a miss.
    await buildCrisisResource(app.orm.em.fork(), { name: 'Shout (front test)', regions: ['GB'] });
    await post({ authorization: 'Bearer something' });
    await post({ cookie: 'beacon_session=not-a-session' });
    const anonymous = await post();
    expect(anonymous.headers[CACHE_STATUS_HEADER]).toBe('miss');
    expect(anonymous.text).toContain('Shout (front test)');
  });

  it('refuses a POST body that is not JSON as the pipeline always has: 400 BAD_REQUEST', async () => {
    const answer = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'front-bad-json' },
      body: '{"query": ',
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toMatchObject({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(answer.headers['x-request-id']).toBe('front-bad-json');
  });
});
