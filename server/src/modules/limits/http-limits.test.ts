/**
 * The limits a client meets over HTTP before Apollo parses anything: the document's size and tokens, and
 * the request rate (per client address for anonymous clients, per account for staff), with counters in
 * the process and in the real Redis. Each refusal is a GraphQL JSON error with a code; RATE_LIMITED
 * answers 429 with Retry-After.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../test/factories.js';
import { redisTestPrefix, TEST_REDIS_URL } from '../../test/redis.js';
import { createTestApp, StaffRole, type TestApp } from '../../test/test-app.js';
import { LimitCode } from './limit-errors.js';

interface Answer {
  status: number;
  retryAfter: string | null;
  contentType: string | null;
  codes: unknown[];
  cookie: string | null;
}

async function post(
  url: string,
  query: string,
  options: { from?: string; cookie?: string; variables?: Record<string, unknown> } = {},
): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(options.from ? { 'x-forwarded-for': options.from } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    contentType: response.headers.get('content-type'),
    codes: (body.errors ?? []).map((e) => e.extensions?.code),
    cookie:
      response.headers
        .getSetCookie()
        .find((c) => c.startsWith('beacon_session='))
        ?.split(';')[0] ?? null,
  };
}

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }';

describe('document limits over HTTP', () => {
  let app: TestApp;
  let url: string;
  let cookie: string;

  beforeAll(async () => {
    app = await createTestApp();
    url = await app.listen();
    const admin = await app.staff(StaffRole.ADMIN);
    const signIn = await post(url, SIGN_IN, {
      variables: { input: { email: admin.email, password: TEST_PASSWORD } },
    });
    cookie = signIn.cookie as string;
  });
  afterAll(() => app?.close());

  it('refuses 1,000 aliases of hub by its size before parsing, and by its tokens for staff', async () => {
    const hubs = `{ ${Array.from({ length: 1_000 }, (_, i) => `h${i}: hub(campaign: "x") { campaign { id } }`).join(' ')} }`;
    const anonymous = await post(url, hubs);
    expect(anonymous).toMatchObject({ status: 413, codes: [LimitCode.DOCUMENT_TOO_LARGE] });
    expect(anonymous.contentType).toMatch(/^application\/graphql-response\+json/);
    const staff = await post(url, hubs, { cookie });
    expect(staff).toMatchObject({ status: 400, codes: [LimitCode.TOKEN_LIMIT_EXCEEDED] });
  });

  it('refuses more than 2,000 tokens from anonymous clients (10,000 for staff)', async () => {
    // 12 tokens around n string values. Over 100 IDs is refused too, but later, as bad input.
    const ids = (n: number) => `{ nodes(ids: [${' "x"'.repeat(n)}]) { id } }`;
    expect(await post(url, ids(1_988))).toMatchObject({ status: 200, codes: ['BAD_USER_INPUT'] });
    expect(await post(url, ids(1_989))).toMatchObject({
      status: 400,
      codes: [LimitCode.TOKEN_LIMIT_EXCEEDED],
    });
    expect(await post(url, ids(1_989), { cookie })).toMatchObject({ codes: ['BAD_USER_INPUT'] });
  });

  it('refuses a document over 20,000 characters from anonymous clients (100,000 for staff)', async () => {
    const padded = (length: number) => {
      const query = '{ __typename }\n#';
      return query + 'x'.repeat(length - query.length);
    };
    expect((await post(url, padded(20_000))).status).toBe(200);
    expect(await post(url, padded(20_001))).toMatchObject({
      status: 413,
      codes: [LimitCode.DOCUMENT_TOO_LARGE],
    });
    expect((await post(url, padded(20_001), { cookie })).status).toBe(200);
    expect((await post(url, padded(100_001), { cookie })).codes).toEqual([LimitCode.DOCUMENT_TOO_LARGE]);
  });
});

describe.each([
  ['in the process', null],
  ['in Redis', TEST_REDIS_URL],
])('request rate limits, counted %s', (_where, redisUrl) => {
  const { prefix, cleanUp } = redisTestPrefix();
  let app: TestApp;
  let url: string;
  let cookie: string;

  beforeAll(async () => {
    app = await createTestApp({
      BEACON_RATE_LIMIT_ANONYMOUS: '5',
      BEACON_RATE_LIMIT_STAFF: '8',
      BEACON_TRUST_PROXY: 'true',
      BEACON_REDIS_KEY_PREFIX: prefix,
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    });
    url = await app.listen();
    const viewer = await app.staff(StaffRole.VIEWER);
    const signIn = await post(url, SIGN_IN, {
      from: '198.51.100.99',
      variables: { input: { email: viewer.email, password: TEST_PASSWORD } },
    });
    cookie = signIn.cookie as string;
  });
  afterAll(async () => {
    await app?.close();
    await cleanUp();
  });

  it('answers an anonymous address over its budget with 429, Retry-After and RATE_LIMITED, and no other address', async () => {
    for (let i = 0; i < 5; i++)
      expect((await post(url, '{ __typename }', { from: '203.0.113.10' })).status).toBe(200);
    const refused = await post(url, '{ __typename }', { from: '203.0.113.10' });
    expect(refused).toMatchObject({ status: 429, codes: [LimitCode.RATE_LIMITED] });
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect((await post(url, '{ __typename }', { from: '203.0.113.11' })).status).toBe(200);
  });

  it('counts a staff member per account, from any address, apart from anonymous traffic', async () => {
    // The budget is the account's, whichever address each request comes from.
    for (let i = 0; i < 8; i++) {
      const answer = await post(url, '{ me { id } }', { cookie, from: `203.0.113.${20 + i}` });
      expect(answer.status, `request ${i + 1}`).toBe(200);
    }
    const refused = await post(url, '{ me { id } }', { cookie, from: '203.0.113.40' });
    expect(refused).toMatchObject({ status: 429, codes: [LimitCode.RATE_LIMITED] });
    expect(refused.retryAfter).not.toBeNull();
    // An anonymous client at that address has its own budget.
    expect((await post(url, '{ __typename }', { from: '203.0.113.40' })).status).toBe(200);
  });
});
